// Errors as values. Stages return Status or Result<T>; only app/ prints or exits.
#ifndef CLAIMCHECK_BASE_STATUS_H_
#define CLAIMCHECK_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace claimcheck {

// Where an error is: a file and, when known, a 1-based line and column (code points).
struct Location {
  std::string path;
  int line = 0;    // 0: unknown
  int column = 0;  // 0: unknown

  std::string ToString() const;  // "path:line:col", "path:line" or "path"
};

// A failure with a human-readable message, an optional location and an optional excerpt (the
// offending source line), printed by app/ as "path:line:col: error: message".
class Status {
 public:
  Status() = default;  // OK
  static Status Error(std::string message, Location where = {}, std::string excerpt = {}) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    s.where_ = std::move(where);
    s.excerpt_ = std::move(excerpt);
    return s;
  }
  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }
  const std::string& excerpt() const { return excerpt_; }
  // "path:line:col: message" (or just the message without a location), then the excerpt line.
  std::string ToString() const;

 private:
  bool ok_ = true;
  std::string message_;
  Location where_;
  std::string excerpt_;
};

// Either a value or a failed Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status error) : value_(std::move(error)) {}       // NOLINT: implicit by design
  bool ok() const { return std::holds_alternative<T>(value_); }
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(value_);
  }

 private:
  std::variant<T, Status> value_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_STATUS_H_
