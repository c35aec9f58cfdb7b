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

// The code point offsets of each code point in `line`.
std::vector<size_t> CodePointStarts(std::string_view line) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < line.size(); ++i) {
    if (utf8::IsLead(static_cast<unsigned char>(line[i]))) starts.push_back(i);
  }
  return starts;
}

void WriteExcerpt(const SourceText& src, Span span, std::ostream& out) {
  LineCol start = src.Position(span.begin);
  std::string_view line = src.LineText(start.line);
  std::vector<size_t> cps = CodePointStarts(line);
  size_t first = static_cast<size_t>(start.column - 1);
  LineCol end = src.Position(span.end);
  size_t last = end.line == start.line ? static_cast<size_t>(end.column - 1) : cps.size();
  last = std::max(last, first + 1);
  size_t from = first > kContext ? first - kContext : 0;
  size_t to = std::min(cps.size(), last + kContext);
  auto byte_at = [&](size_t cp) { return cp < cps.size() ? cps[cp] : line.size(); };
  std::string gutter = std::to_string(start.line);
  std::string pad(gutter.size(), ' ');
  std::string shown = std::string(from > 0 ? "..." : "") +
                      std::string(line.substr(byte_at(from), byte_at(to) - byte_at(from))) +
                      (to < cps.size() ? "..." : "");
  out << " " << gutter << " | " << shown << "\n";
  out << " " << pad << " | " << std::string(from > 0 ? 3 : 0, ' ');
  for (size_t cp = from; cp < first; ++cp) out << (line[byte_at(cp)] == '\t' ? '\t' : ' ');
  size_t width = std::min(last, cps.size() + 1) - first;
  out << '^' << std::string(width > 0 ? width - 1 : 0, '~') << "\n";
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
    size_t files = run.docs.size();
    std::string checked = std::to_string(files) + (files == 1 ? " file" : " files") + " checked";
    if (total == 0) {
      out << "no findings (" << checked << ")\n";
      return;
    }
    out << total << (total == 1 ? " finding" : " findings") << ": " << counts[2] << " error"
        << (counts[2] == 1 ? "" : "s") << ", " << counts[1] << " warning" << (counts[1] == 1 ? "" : "s") << ", "
        << counts[0] << " info (" << checked << ")\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> NewTextReporter() { return std::make_unique<TextReporter>(); }

}  // namespace claimcheck::report
