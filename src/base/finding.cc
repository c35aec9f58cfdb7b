#include "base/finding.h"

#include <algorithm>
#include <tuple>

#include "base/status.h"

namespace claimcheck {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "warning";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

void SortFindings(std::vector<Finding>* findings, const std::vector<std::string>& paths) {
  auto key = [&](const Finding& f) {
    return std::tie(paths[f.where.doc], f.where.span.begin, f.check, f.where.span.end, f.message);
  };
  std::stable_sort(findings->begin(), findings->end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

std::string Location::ToString() const {
  std::string out = path;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
    if (column > 0) {
      out += ':';
      out += std::to_string(column);
    }
  }
  return out;
}

std::string Status::ToString() const {
  std::string out;
  if (!where_.path.empty()) out = where_.ToString() + ": ";
  out += message_;
  if (!excerpt_.empty()) out += "\n  " + excerpt_;
  return out;
}

}  // namespace claimcheck
