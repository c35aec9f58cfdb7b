#include "report/reporter.h"

namespace claimcheck::report {

std::unique_ptr<Reporter> NewTextReporter();
std::unique_ptr<Reporter> NewJsonReporter();

const std::vector<ReporterInfo>& Reporters() {
  static const std::vector<ReporterInfo> kReporters = {
      {"text", "compiler-style diagnostics with the source line and the span underlined", NewTextReporter},
      {"json", "every finding with byte offsets and positions (schema: docs/formats/json.md)", NewJsonReporter},
  };
  return kReporters;
}

const ReporterInfo* FindReporter(const std::string& name) {
  for (const auto& r : Reporters()) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

std::vector<std::string> ReporterNames() {
  std::vector<std::string> names;
  for (const auto& r : Reporters()) names.push_back(r.name);
  return names;
}

Place Locate(const RunResult& run, const DocSpan& where) {
  const SourceText& src = *run.docs[where.doc];
  return {src.path(), src.Position(where.span.begin), src.Position(where.span.end)};
}

}  // namespace claimcheck::report
