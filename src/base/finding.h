// What a check reports. Spans are byte ranges into the ORIGINAL bytes of a document, which is
// named by its index in the run's document list (see report::Run).
#ifndef CLAIMCHECK_BASE_FINDING_H_
#define CLAIMCHECK_BASE_FINDING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity s);  // "info", "warning", "error"
std::optional<Severity> ParseSeverity(std::string_view name);

// A place in one document of the run.
struct DocSpan {
  int doc = 0;  // index into the run's documents
  Span span;    // original bytes
  auto operator<=>(const DocSpan&) const = default;
};

struct RelatedLocation {
  DocSpan where;
  std::string message;
};

// A replacement that is certain ("Khovar wrote" for "Khovarwrote"): replace `where` by `text`.
struct Fix {
  DocSpan where;
  std::string text;
};

struct Finding {
  std::string check;  // e.g. "typo.joined-words"
  Severity severity = Severity::kWarning;
  std::string message;
  DocSpan where;
  std::vector<RelatedLocation> related;
  std::optional<Fix> fix;
  std::string rule;  // the rule that produced it ("pack/rule-id"), empty for code-only checks
};

// The order every reporter uses: by document path, then offset, then check id, then message.
// `paths` maps a doc index to its path.
void SortFindings(std::vector<Finding>* findings, const std::vector<std::string>& paths);

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_FINDING_H_
