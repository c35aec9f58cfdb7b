// Compiler-style diagnostics:
//   path:line:col: severity: message [check-id]
//      13 | ...text around the span...
//         |    ^~~~~~~~
//         = fix: "Khovar wrote"
//   path:line:col: note: first occurrence
// Long lines are clipped to a window around the span. Columns count code points.
#include <algorithm>

#include "base/utf8.h"
#include "report/reporter.h"

namespace claimcheck::report {
namespace {

constexpr size_t kContext = 40;  // code points shown on each side of a span

const char* Color(Severity s) {
  switch (s) {
    case Severity::kError: return "\033[1;31m";
    case Severity::kWarning: return "\033[1;35m";
    case Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

// Steps `n` code points back (n < 0) or forward from byte `pos` within [lo, hi].
size_t Step(std::string_view text, size_t pos, long n, size_t lo, size_t hi) {
  for (; n < 0 && pos > lo; ++n) {
    do --pos;
    while (pos > lo && !utf8::IsLead(static_cast<unsigned char>(text[pos])));
  }
  for (; n > 0 && pos < hi; --n) {
    do ++pos;
    while (pos < hi && !utf8::IsLead(static_cast<unsigned char>(text[pos])));
  }
  return pos;
}

// The source line of the span's start, clipped to kContext code points around the span, and a
// caret line under the span. Only bytes near the span are read, so enormous lines stay cheap.
void WriteExcerpt(const SourceText& src, Span span, std::ostream& out) {
  const std::string_view bytes = src.bytes();
  const int line_no = src.LineOf(span.begin);
  const size_t line_begin = src.LineStart(line_no);
  const std::string_view line_text = src.LineText(line_no);
  const size_t line_end = line_begin + line_text.size();
  // line_begin is past a byte-order mark, which is never echoed.
  const size_t first = std::clamp<size_t>(span.begin, line_begin, line_end);
  const size_t last = std::min<size_t>(std::max<size_t>(span.end, first), line_end);
  const size_t from = Step(bytes, first, -static_cast<long>(kContext), line_begin, line_end);
  const size_t to = Step(bytes, last, static_cast<long>(kContext), line_begin, line_end);
  std::string gutter = std::to_string(line_no);
  std::string pad(gutter.size(), ' ');
  out << " " << gutter << " | " << (from > line_begin ? "..." : "") << bytes.substr(from, to - from)
      << (to < line_end ? "..." : "") << "\n";
  out << " " << pad << " | " << (from > line_begin ? "   " : "");
  for (size_t i = from; i < first; i = Step(bytes, i, 1, line_begin, line_end)) out << (bytes[i] == '\t' ? '\t' : ' ');
  size_t width = utf8::CodePoints(bytes.substr(first, last - first));
  out << '^' << std::string(width > 1 ? width - 1 : 0, '~') << "\n";
}

class TextReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const override {
    const char* bold = options.color ? "\033[1m" : "";
    const char* reset = options.color ? "\033[0m" : "";
    size_t counts[3] = {0, 0, 0};
    for (const auto& f : run.findings) {
      ++counts[static_cast<int>(f.severity)];
      Place p = Locate(run, f.where);
      out << bold << p.path << ":" << p.start.line << ":" << p.start.column << ":" << reset << " "
          << (options.color ? Color(f.severity) : "") << SeverityName(f.severity) << ":" << reset << " " << bold
          << f.message << reset << " [" << f.check << "]\n";
      WriteExcerpt(*run.docs[f.where.doc], f.where.span, out);
      if (f.fix) out << " " << std::string(std::to_string(p.start.line).size(), ' ') << " = fix: \"" << f.fix->text << "\"\n";
      for (const auto& r : f.related) {
        Place q = Locate(run, r.where);
        out << bold << q.path << ":" << q.start.line << ":" << q.start.column << ":" << reset << " note: " << r.message
            << "\n";
        WriteExcerpt(*run.docs[r.where.doc], r.where.span, out);
      }
    }
    size_t total = run.findings.size();
    size_t files = run.docs.size() - run.archive_docs;
    std::string checked = std::to_string(files) + (files == 1 ? " file" : " files") + " checked";
    // Findings hidden by --min-severity that still fail the run: "3 warnings and 1 info".
    std::string hidden;
    for (int s = 2; s >= 0; --s) {
      const size_t n = run.hidden_failing[static_cast<size_t>(s)];
      if (n == 0) continue;
      const char* names[3][2] = {{"info", "info"}, {"warning", "warnings"}, {"error", "errors"}};
      hidden += (hidden.empty() ? "" : " and ") + std::to_string(n) + " " + names[s][n == 1 ? 0 : 1];
    }
    if (!hidden.empty()) {
      const size_t n = run.hidden_failing[0] + run.hidden_failing[1] + run.hidden_failing[2];
      hidden += " hidden by " + run.hidden_by + (n == 1 ? " fails" : " fail") + " the run";
    }
    if (total == 0) {
      out << (hidden.empty() ? "no findings" : "no findings shown; " + hidden) << " (" << checked << ")\n";
      return;
    }
    out << total << (total == 1 ? " finding" : " findings") << ": " << counts[2] << " error"
        << (counts[2] == 1 ? "" : "s") << ", " << counts[1] << " warning" << (counts[1] == 1 ? "" : "s") << ", "
        << counts[0] << " info" << (hidden.empty() ? "" : "; " + hidden) << " (" << checked << ")\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> NewTextReporter() { return std::make_unique<TextReporter>(); }

}  // namespace claimcheck::report
