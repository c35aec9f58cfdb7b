// reviewdog's diagnostic format (RDFormat), one JSON object per line (rdjsonl). Lines and columns
// are 1-based, columns count UTF-8 BYTES from the start of the line, and the end is exclusive.
// Fixes become suggestions; the other side of a conflict becomes related_locations.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

Json Position(const SourceText& src, uint32_t offset) {
  int line = src.LineOf(offset);
  // LineStart is past a byte-order mark on line 1; an offset inside one is column 1.
  return {{"line", line}, {"column", std::max(offset, src.LineStart(line)) - src.LineStart(line) + 1}};
}

Json Range(const RunResult& run, const DocSpan& where) {
  const SourceText& src = *run.docs[where.doc];
  return {{"start", Position(src, where.span.begin)}, {"end", Position(src, where.span.end)}};
}

Json Location(const RunResult& run, const DocSpan& where) {
  return {{"path", run.docs[where.doc]->path()}, {"range", Range(run, where)}};
}

std::string_view Severity(claimcheck::Severity s) {
  switch (s) {
    case claimcheck::Severity::kError: return "ERROR";
    case claimcheck::Severity::kWarning: return "WARNING";
    case claimcheck::Severity::kInfo: return "INFO";
  }
  return "UNKNOWN_SEVERITY";
}

class RdjsonlReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const override {
    for (const auto& f : run.findings) {
      Json d;
      d["message"] = f.message;
      d["location"] = Location(run, f.where);
      d["severity"] = Severity(f.severity);
      // Links only to where --docs-url says the docs are: never an address that may not exist.
      d["source"] = {{"name", kToolName}};
      if (!options.docs_url.empty()) d["source"]["url"] = options.docs_url;
      d["code"] = {{"value", f.check}};
      if (std::string url = CheckDocUrl(options.docs_url, f.check); !url.empty()) d["code"]["url"] = url;
      if (f.fix && f.fix->where.doc == f.where.doc) {
        d["suggestions"] = Json::array({{{"range", Range(run, f.fix->where)}, {"text", f.fix->text}}});
      }
      if (!f.related.empty()) {
        Json related = Json::array();
        for (const auto& r : f.related) {
          related.push_back({{"message", r.message}, {"location", Location(run, r.where)}});
        }
        d["related_locations"] = std::move(related);
      }
      out << d.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> NewRdjsonlReporter() { return std::make_unique<RdjsonlReporter>(); }

}  // namespace claimcheck::report
