// SARIF 2.1.0 (docs/ci.md): one run, the check catalogue as tool.driver.rules, one result per
// finding. Columns count Unicode code points (run.columnKind "unicodeCodePoints"), regions are
// 1-based with an exclusive end column, URIs are the paths as given (relative stays relative).
// Nothing depends on the time, the machine or the working directory, so output is reproducible.
#include <cctype>
#include <map>

#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

// A path as a URI reference: relative paths stay relative ("./" dropped), absolute ones become
// file:// URIs; bytes outside RFC 3986 unreserved characters and '/' are percent-encoded.
std::string PathToUri(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  std::string out = path.starts_with("/") ? "file://" : "";
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string_view Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "warning";
}

// "date.range-degenerate" -> "DateRangeDegenerate" (SARIF reportingDescriptor.name).
std::string RuleName(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// SARIF messages are sentences (the validator asks for a final period).
std::string Sentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
  return text;
}

Json Region(const RunResult& run, const DocSpan& where) {
  Place p = Locate(run, where);
  return {{"startLine", p.start.line},
          {"startColumn", p.start.column},
          {"endLine", p.end.line},
          {"endColumn", p.end.column}};
}

Json PhysicalLocation(const RunResult& run, const DocSpan& where) {
  return {{"artifactLocation", {{"uri", PathToUri(run.docs[where.doc]->path())}}},
          {"region", Region(run, where)}};
}

Json Rule(const check::CheckInfo& info, const std::string& docs_url) {
  std::string doc = info.DocPath();
  std::string url = CheckDocUrl(docs_url, info.id);
  std::string group = info.id.substr(0, info.id.find('.'));
  Json rule;
  rule["id"] = info.id;
  rule["name"] = RuleName(info.id);
  rule["shortDescription"] = {{"text", Sentence(info.summary)}};
  rule["fullDescription"] = {{"text", Sentence(info.description.empty() ? info.summary : info.description)}};
  if (!url.empty()) rule["helpUri"] = url;  // only with --docs-url: no address that may not exist
  rule["help"] = {{"text", Sentence(info.summary) + " See " + doc + " for examples and how to silence it."},
                  {"markdown", "**" + Sentence(info.summary) + "**\n\n" +
                                   Sentence(info.description.empty() ? info.summary : info.description) +
                                   "\n\nSee " + (url.empty() ? "`" + doc + "`" : "[" + doc + "](" + url + ")") +
                                   " for examples and how to silence it."}};
  rule["defaultConfiguration"] = {{"level", Level(info.severity)}};
  if (!info.enabled_by_default) rule["defaultConfiguration"]["enabled"] = false;  // on via .claimcheck.yaml
  rule["properties"] = {{"precision", info.precision}, {"tags", Json::array({group})}};
  return rule;
}

std::string_view BaselineStateName(BaselineState s) {
  return s == BaselineState::kUnchanged ? "unchanged" : "new";
}

Json Result(const RunResult& run, const Finding& f, const std::string& fingerprint,
            const std::map<std::string, size_t>& rule_index) {
  Json r;
  r["ruleId"] = f.check;
  if (auto it = rule_index.find(f.check); it != rule_index.end()) r["ruleIndex"] = it->second;
  r["level"] = Level(f.severity);
  r["message"] = {{"text", Sentence(f.message)}};
  r["locations"] = Json::array({{{"physicalLocation", PhysicalLocation(run, f.where)}}});
  if (!f.related.empty()) {
    Json related = Json::array();
    int id = 1;
    for (const auto& rel : f.related) {
      related.push_back({{"id", id++},
                         {"physicalLocation", PhysicalLocation(run, rel.where)},
                         {"message", {{"text", Sentence(rel.message)}}}});
    }
    r["relatedLocations"] = std::move(related);
  }
  r["partialFingerprints"] = {{"primaryLocationLineHash", fingerprint}};
  if (f.fix) {
    Json change = {
        {"artifactLocation", {{"uri", PathToUri(run.docs[f.fix->where.doc]->path())}}},
        {"replacements",
         Json::array({{{"deletedRegion", Region(run, f.fix->where)}, {"insertedContent", {{"text", f.fix->text}}}}})}};
    r["fixes"] = Json::array({{{"description", {{"text", "Replace with \"" + f.fix->text + "\"."}}},
                               {"artifactChanges", Json::array({change})}}});
  }
  if (!f.rule.empty()) r["properties"] = {{"rule", f.rule}};  // the YAML rule that fired ("pack/id")
  return r;
}

class SarifReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const override {
    Json rules = Json::array();
    std::map<std::string, size_t> rule_index;
    for (const auto& info : run.checks) {
      rule_index.emplace(info.id, rules.size());
      rules.push_back(Rule(info, options.docs_url));
    }
    std::vector<std::string> fingerprints = FingerprintsOf(run);
    Json results = Json::array();
    for (size_t i = 0; i < run.findings.size(); ++i) {
      Json r = Result(run, run.findings[i], fingerprints[i], rule_index);
      if (i < run.baseline_states.size()) r["baselineState"] = BaselineStateName(run.baseline_states[i]);
      results.push_back(std::move(r));
    }
    // Dismissed findings stay in the log, marked: code-scanning UIs show them as dismissed.
    for (const auto& s : run.suppressed) {
      Json r = Result(run, s.finding, s.fingerprint, rule_index);
      r["suppressions"] = Json::array({{{"kind", s.in_source ? "inSource" : "external"},
                                        {"status", "accepted"},
                                        {"justification", s.justification}}});
      if (s.baseline) r["baselineState"] = BaselineStateName(*s.baseline);
      results.push_back(std::move(r));
    }
    // Baseline entries no longer found: fixed, so the rule passes there.
    for (const auto& a : run.absent) {
      Json r;
      r["ruleId"] = a.check;
      if (auto it = rule_index.find(a.check); it != rule_index.end()) r["ruleIndex"] = it->second;
      r["kind"] = "pass";
      r["level"] = "none";
      r["message"] = {{"text", "No longer found (in the baseline" +
                                   (a.message.empty() ? std::string() : ": " + a.message) + ")."}};
      // The file it was in, without a region: the finding is gone, so there is no line to point at.
      r["analysisTarget"] = {{"uri", PathToUri(a.path)}};
      r["partialFingerprints"] = {{"primaryLocationLineHash", a.fingerprint}};
      r["baselineState"] = "absent";
      results.push_back(std::move(r));
    }
    Json driver = {{"name", kToolName}, {"version", kToolVersion}, {"semanticVersion", kToolVersion}};
    if (!options.docs_url.empty()) driver["informationUri"] = options.docs_url;
    driver["rules"] = std::move(rules);
    Json run_json = {{"tool", {{"driver", std::move(driver)}}},
                     {"columnKind", "unicodeCodePoints"},
                     {"results", std::move(results)}};
    Json root = {{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run_json)})}};
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> NewSarifReporter() { return std::make_unique<SarifReporter>(); }

}  // namespace claimcheck::report
