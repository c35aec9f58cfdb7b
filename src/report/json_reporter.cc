// The JSON format, version 1 (docs/formats/json.md). Keys are written in a fixed order.
#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

Json Position(const RunResult& run, const DocSpan& where) {
  Place p = Locate(run, where);
  Json j;
  j["path"] = p.path;
  j["line"] = p.start.line;
  j["column"] = p.start.column;
  j["end_line"] = p.end.line;
  j["end_column"] = p.end.column;
  j["start"] = where.span.begin;
  j["end"] = where.span.end;
  return j;
}

class JsonReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions&, std::ostream& out) const override {
    Json root;
    root["version"] = 1;
    root["tool"] = {{"name", kToolName}, {"version", kToolVersion}};
    Json findings = Json::array();
    size_t counts[3] = {0, 0, 0};
    for (const auto& f : run.findings) {
      ++counts[static_cast<int>(f.severity)];
      Json j;
      j["check"] = f.check;
      j["severity"] = SeverityName(f.severity);
      j["message"] = f.message;
      j.update(Position(run, f.where));
      Json related = Json::array();
      for (const auto& r : f.related) {
        Json rj = Position(run, r.where);
        rj["message"] = r.message;
        related.push_back(std::move(rj));
      }
      j["related"] = std::move(related);
      if (f.fix) {
        j["fix"] = {{"start", f.fix->where.span.begin}, {"end", f.fix->where.span.end}, {"text", f.fix->text}};
      } else {
        j["fix"] = nullptr;
      }
      j["rule"] = f.rule.empty() ? Json(nullptr) : Json(f.rule);
      findings.push_back(std::move(j));
    }
    root["findings"] = std::move(findings);
    root["summary"] = {{"files", CheckedDocs(run)},
                       {"findings", run.findings.size()},
                       {"error", counts[2]},
                       {"warning", counts[1]},
                       {"info", counts[0]}};
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> NewJsonReporter() { return std::make_unique<JsonReporter>(); }

}  // namespace claimcheck::report
