#include "report/reporter.h"

#include <algorithm>

#include "report/fingerprint.h"

namespace claimcheck::report {

std::unique_ptr<Reporter> NewTextReporter();
std::unique_ptr<Reporter> NewJsonReporter();
std::unique_ptr<Reporter> NewSarifReporter();
std::unique_ptr<Reporter> NewGithubReporter();
std::unique_ptr<Reporter> NewRdjsonlReporter();
std::unique_ptr<Reporter> NewHtmlReporter();
std::unique_ptr<Reporter> NewMarkdownReporter();

const std::vector<ReporterInfo>& Reporters() {
  static const std::vector<ReporterInfo> kReporters = {
      {"text", "compiler-style diagnostics with the source line and the span underlined", NewTextReporter},
      {"json", "every finding with byte offsets and positions (schema: docs/formats/json.md)", NewJsonReporter},
      {"sarif", "SARIF 2.1.0 for code scanning (columns in code points; docs/ci.md)", NewSarifReporter},
      {"github", "GitHub Actions workflow commands (::warning file=...::) for annotations", NewGithubReporter},
      {"rdjsonl", "reviewdog diagnostics, one JSON object per line (columns in UTF-8 bytes)", NewRdjsonlReporter},
      {"html", "the editor's report: one self-contained page (docs/report.md)", NewHtmlReporter, true},
      {"markdown", "the editor's report as Markdown, for a ticket or a chat (docs/report.md)", NewMarkdownReporter, true},
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

std::vector<std::string> FingerprintsOf(const RunResult& run) {
  if (run.fingerprints.size() == run.findings.size()) return run.fingerprints;
  return Fingerprints(run.findings, run.docs);
}

std::string WhereText(const RunResult& run, const DocSpan& where) {
  Place p = Locate(run, where);
  return p.path + ":" + std::to_string(p.start.line) + ":" + std::to_string(p.start.column);
}

std::string SourceChainText(const ReportClaim& claim) {
  if (claim.sources.empty()) return "the story";
  std::string out;
  for (const auto& s : claim.sources) out += (out.empty() ? "" : " \u2192 ") + s;
  return out;
}

std::string StatementText(const ReportClaim& claim) {
  return claim.subject + ": " + (claim.negative ? "not " : "") + claim.value;
}

std::vector<const ReportClaim*> Timeline(const RunResult& run) {
  std::vector<const ReportClaim*> order;
  for (const auto& c : run.claims) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(), [](const ReportClaim* a, const ReportClaim* b) {
    if (a->made_day.has_value() != b->made_day.has_value()) return a->made_day.has_value();
    return a->made_day != b->made_day ? a->made_day < b->made_day : a->where < b->where;
  });
  return order;
}

std::optional<LineExcerpt> ExcerptOf(const SourceText& src, Span span) {
  if (span.begin >= src.size()) return std::nullopt;
  const int line = src.LineOf(span.begin);
  const uint32_t begin = src.LineStart(line);
  const std::string_view text = src.LineText(line);
  const uint32_t lo = std::max(span.begin, begin) - begin;
  const uint32_t hi =
      std::min<uint32_t>(std::max(span.end, span.begin), begin + static_cast<uint32_t>(text.size())) - begin;
  return LineExcerpt{text.substr(0, lo), text.substr(lo, hi - lo), text.substr(hi)};
}

size_t CheckedDocs(const RunResult& run) { return run.docs.size() - std::min(run.archive_docs, run.docs.size()); }

std::string CheckDocUrl(const std::string& docs_url, const std::string& check_id) {
  return docs_url.empty() ? "" : docs_url + "/checks/" + check_id + ".md";
}

}  // namespace claimcheck::report
