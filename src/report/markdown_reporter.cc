// The editor's report as Markdown (`claimcheck report --format markdown`), for pasting into a
// ticket, a pull request or a chat: the conflicts, every finding and the timeline of who said
// what, as in the HTML page, without the marked-up story and the graph picture.
// Text from the input is escaped for CommonMark and GitHub tables: Markdown punctuation gets a
// backslash, `<`, `>` and `&` become entities (no raw HTML gets through), line breaks a space.
#include <map>

#include "report/reporter.h"

namespace claimcheck::report {
namespace {

std::string Md(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n': case '\r': out += ' '; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '~':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

// The line holding `span`, as a quotation with the span in bold.
std::string Excerpt(const SourceText& src, Span span) {
  const auto e = ExcerptOf(src, span);
  if (!e) return "> *(the text of this story is not available)*";  // an --against archive
  return "> " + Md(e->before) + "**" + Md(e->marked) + "**" + Md(e->after);
}

class MarkdownReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const override {
    const size_t checked = CheckedDocs(run);
    std::map<Severity, size_t> counts;
    for (const auto& f : run.findings) ++counts[f.severity];
    out << "# claimcheck report: "
        << (checked == 1 ? Md(run.docs[0]->path()) : std::to_string(checked) + " stories") << "\n\n";
    out << checked << (checked == 1 ? " story" : " stories") << " checked \u00b7 " << counts[Severity::kError]
        << " errors, " << counts[Severity::kWarning] << " warnings, " << counts[Severity::kInfo] << " info \u00b7 "
        << run.claims.size() << " claims \u00b7 " << kToolName << " " << kToolVersion << "\n\n";

    out << "## Conflicts\n\n";
    size_t conflicts = 0;
    for (const auto& f : run.findings) {
      if (f.check.rfind("conflict.", 0) != 0) continue;
      ++conflicts;
      out << "### " << Md(f.check) << " (" << SeverityName(f.severity) << ") at " << Md(WhereText(run, f.where))
          << "\n\n" << Md(f.message) << "\n\n";
      for (const auto& r : f.related) {
        out << "The other claim, " << Md(WhereText(run, r.where)) << ":\n\n" << Excerpt(*run.docs[r.where.doc], r.where.span)
            << "\n\n";
      }
      out << "This claim, " << Md(WhereText(run, f.where)) << ":\n\n" << Excerpt(*run.docs[f.where.doc], f.where.span)
          << "\n\n";
    }
    if (conflicts == 0) out << "No claims contradict each other.\n\n";

    out << "## Findings\n\n";
    if (run.findings.empty()) {
      out << "No findings.\n\n";
    } else {
      out << "| severity | where | check | message | fix |\n| --- | --- | --- | --- | --- |\n";
      for (const auto& f : run.findings) {
        out << "| " << SeverityName(f.severity) << " | " << Md(WhereText(run, f.where)) << " | ";
        const std::string url = CheckDocUrl(options.docs_url, f.check);
        if (url.empty()) out << Md(f.check);
        else out << "[" << Md(f.check) << "](" << url << ")";
        out << " | " << Md(f.message);
        for (const auto& r : f.related) out << "<br>" << Md(WhereText(run, r.where)) << ": " << Md(r.message);
        out << " | " << (f.fix ? "\"" + Md(f.fix->text) + "\"" : "") << " |\n";
      }
      out << "\n";
    }

    out << "## Who said what, when\n\n";
    if (run.claims.empty()) {
      out << "No claims found.\n";
      return;
    }
    out << "| said | who, through whom | claim | about | how | where |\n| --- | --- | --- | --- | --- | --- |\n";
    for (const ReportClaim* c : Timeline(run)) {
      out << "| " << Md(c->made) << " | " << Md(SourceChainText(*c)) << " | " << Md(c->subject) << ": "
          << Md(c->attribute) << " = " << (c->negative ? "**not** " : "") << Md(c->value) << " | " << Md(c->about)
          << " | " << Md(c->modality) << " | " << Md(WhereText(run, c->where)) << " |\n";
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> NewMarkdownReporter() { return std::make_unique<MarkdownReporter>(); }

}  // namespace claimcheck::report
