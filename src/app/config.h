// `.claimcheck.yaml`: which checks run, at what severity, extra rule packs, excluded paths and
// the default document date. Loaded strictly: unknown keys, duplicate keys, unknown check ids and
// bad values are errors at path:line:col with a "did you mean". Immutable once loaded; safe to
// share between threads.
#ifndef CLAIMCHECK_APP_CONFIG_H_
#define CLAIMCHECK_APP_CONFIG_H_

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "base/status.h"
#include "check/check.h"

namespace claimcheck::app {

inline constexpr const char* kConfigFileName = ".claimcheck.yaml";

// A check id, a group glob ("date.*", '*' matches any run of characters) or "all".
bool MatchCheckPattern(std::string_view pattern, std::string_view id);

// The "did you mean" for a pattern that names no check: "date" (a group written without ".*")
// suggests 'date.*'; otherwise the closest check id or group ("dat.*" -> 'date.*').
std::string DidYouMeanCheck(std::string_view pattern, const std::vector<std::string>& check_ids);

struct Config {
  struct Entry {  // a configured value and where it was written
    std::string value;
    Location where;
  };
  struct SeverityEntry {
    std::string pattern;
    Severity severity;
    Location where;
  };

  std::string path;  // the file, "" for the built-in defaults
  std::string dir;   // its directory (relative paths in it are relative to this)
  std::vector<Entry> enable;
  std::vector<Entry> disable;
  std::vector<SeverityEntry> severity;
  std::vector<Entry> rules;    // rule-pack paths, already joined to `dir`
  std::vector<Entry> exclude;  // globs over paths relative to `dir`
  std::optional<Entry> date;   // YYYY-MM-DD
  std::optional<size_t> max_findings;  // max-findings: per file, 0 = no limit
  std::optional<size_t> max_paragraph_bytes;  // max-paragraph-bytes: analysed per paragraph, 0 = no limit

  // A check's effective state in documents governed by this config. Among the patterns that match
  // the id, the most specific wins: an exact id beats a glob, a longer glob beats a shorter one,
  // and "all" comes last; at equal specificity `disable` beats `enable`.
  struct Effective {
    bool enabled = true;
    const Entry* enabled_by = nullptr;  // nullptr: the check's default
    std::optional<Severity> severity;   // an override, or none
    const SeverityEntry* severity_by = nullptr;
  };
  Effective For(const check::CheckInfo& check) const;

  // True when `doc_path` matches an `exclude` glob (against its path relative to `dir`, or any of
  // its parent directories).
  bool Excludes(const std::string& doc_path) const { return ExcludedBy(doc_path) != nullptr; }
  // The `exclude` entry that excludes `doc_path`, or nullptr.
  const Entry* ExcludedBy(const std::string& doc_path) const;
};

// Parses a config file's contents. `check_ids` are the known checks. Problems are appended to
// `errors` (the returned config must then not be used).
Config ParseConfig(const std::string& path, std::string_view yaml, const std::vector<std::string>& check_ids,
                   std::vector<Status>* errors);

// The nearest .claimcheck.yaml in the directory holding `path` (or `path` itself when it is a
// directory) or any directory above it; "" when there is none.
std::string FindConfigFile(const std::string& path);

// The configurations of a run, each file loaded once: the nearest .claimcheck.yaml above each
// input, one --config file for every input, or the built-in defaults (--no-config). The one way
// every command that reads documents finds their configuration. Not thread-safe.
class ConfigSet {
 public:
  ConfigSet(std::string explicit_path, bool none) : explicit_(std::move(explicit_path)), none_(none) {}

  // The config governing `doc_path`; nullptr after printing errors (path:line:col) on `err`.
  const Config* For(const std::string& doc_path, std::ostream& err);

  // Every config file loaded, in path order.
  std::vector<const Config*> Loaded() const;

 private:
  std::string explicit_;
  bool none_;
  Config defaults_;
  std::map<std::string, std::unique_ptr<Config>> loaded_;
  std::map<std::string, std::string> found_in_;  // a document directory -> its config file ("" for none)
};

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_CONFIG_H_
