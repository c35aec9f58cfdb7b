// The editor's report: one self-contained HTML page (no scripts, no external resources) with
//  1. each conflict side by side, earlier claim against later, with both excerpts marked;
//  2. every finding, linked to its place in the story;
//  3. a timeline of who said what, when (the claims, in the order they were made);
//  4. the claim graph as a picture (sources on the left, statements on the right, conflicting
//     statements in red), drawn as inline SVG with a fixed layout so the page is deterministic;
//  5. each story's text with the findings marked.
// Everything that comes from the input is escaped (Escape), attributes included.
#include <algorithm>
#include <map>
#include <set>

#include "base/utf8.h"
#include "report/reporter.h"

namespace claimcheck::report {
namespace {

std::string Escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// At most `n` code points of `s`, with an ellipsis when cut.
std::string Clip(std::string_view s, size_t n) {
  size_t pos = 0, count = 0;
  while (pos < s.size() && count < n) {
    utf8::Decode(s, &pos);
    ++count;
  }
  return pos < s.size() ? std::string(s.substr(0, pos)) + "\u2026" : std::string(s);
}

const char* SeverityClass(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

constexpr const char* kStyle = R"(
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
.meta{color:#555}nav a{margin-right:1rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.05rem .35rem;border-radius:.2rem;color:#fff}
.sev.error{background:#b3261e}.sev.warning{background:#9a5b00}.sev.info{background:#2a6fb0}
.conflict{border:1px solid #ddd;border-radius:.4rem;padding:.6rem 1rem;margin:1rem 0}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side{background:#fafafa;border-left:4px solid #999;padding:.4rem .8rem}
.side.later{border-left-color:#b3261e}
.side h4{margin:.2rem 0;font-size:.8rem;text-transform:uppercase;color:#555}
blockquote{margin:.3rem 0;font-family:Georgia,serif}
mark{background:#fff1a8;padding:0 .1rem}mark.error{background:#f8c9c4}mark.warning{background:#ffe0a3}mark.info{background:#d4e6fa}
mark.related{background:#e6e6e6;outline:1px dashed #888}
pre.story{white-space:pre-wrap;font:16px/1.6 Georgia,serif;background:#fcfcfc;border:1px solid #eee;padding:1rem}
.fix{font-family:monospace;background:#e9f6e9;padding:0 .2rem}
.neg{color:#b3261e}
svg text{font:12px system-ui,sans-serif}
)";

// Where each finding sits: primary spans carry the finding's severity and an anchor; related
// spans are marked grey. Segments between span boundaries get every active mark's classes.
struct Mark {
  Span span;
  std::string cls;
  std::string title;
  std::string anchor;  // "f3" at the primary span of finding 3, else ""
};

void WriteMarkedText(std::string_view text, std::vector<Mark> marks, std::ostream& out) {
  const auto size = static_cast<uint32_t>(text.size());
  for (auto& m : marks) m.span = {std::min(m.span.begin, size), std::min(std::max(m.span.end, m.span.begin), size)};
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.span.begin < y.span.begin; });
  std::set<uint32_t> cuts = {0, size};
  for (const auto& m : marks) cuts.insert({m.span.begin, m.span.end});
  // One sweep: marks open at their begin and close at their end, so a story with many findings
  // stays linear in its length plus its findings.
  std::set<std::string> anchored;
  std::vector<const Mark*> active;
  size_t next = 0;
  for (auto it = cuts.begin(); it != cuts.end(); ++it) {
    const uint32_t a = *it;
    std::erase_if(active, [&](const Mark* m) { return m->span.end <= a; });
    for (; next < marks.size() && marks[next].span.begin <= a; ++next) {
      const Mark& m = marks[next];
      if (!m.anchor.empty() && anchored.insert(m.anchor).second) out << "<span id=\"" << m.anchor << "\"></span>";
      if (m.span.end > a) active.push_back(&m);
    }
    if (std::next(it) == cuts.end()) break;
    const uint32_t b = *std::next(it);
    std::string piece = Escape(text.substr(a, b - a));
    if (active.empty()) {
      out << piece;
      continue;
    }
    std::set<std::string> classes;
    std::string title;
    for (const Mark* m : active) {
      classes.insert(m->cls);
      if (!title.empty()) title += "\n";
      title += m->title;
    }
    std::string cls;
    for (const auto& c : classes) cls += (cls.empty() ? "" : " ") + c;
    out << "<mark class=\"" << cls << "\" title=\"" << Escape(title) << "\">" << piece << "</mark>";
  }
}

// The line holding `span`, with the span (clipped to the line) marked; a note when the story's
// text is not at hand.
void WriteExcerpt(const SourceText& src, Span span, const std::string& cls, std::ostream& out) {
  const auto e = ExcerptOf(src, span);
  if (!e) {
    out << "<blockquote><i>(the text of this story is not available)</i></blockquote>";
    return;
  }
  out << "<blockquote>" << Escape(e->before) << "<mark class=\"" << cls << "\">" << Escape(e->marked) << "</mark>"
      << Escape(e->after) << "</blockquote>";
}

class HtmlReporter : public Reporter {
 public:
  void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const override {
    const size_t checked = CheckedDocs(run);
    std::map<Severity, size_t> counts;
    for (const auto& f : run.findings) ++counts[f.severity];
    std::string title = checked == 1 ? run.docs[0]->path() : std::to_string(checked) + " stories";

    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>claimcheck report: " << Escape(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
    out << "<header>\n<h1>claimcheck report: " << Escape(title) << "</h1>\n<p class=\"meta\">" << checked
        << (checked == 1 ? " story" : " stories") << " checked \u00b7 " << counts[Severity::kError] << " errors, "
        << counts[Severity::kWarning] << " warnings, " << counts[Severity::kInfo] << " info \u00b7 " << run.claims.size()
        << " claims \u00b7 " << kToolName << " " << kToolVersion << "</p>\n";
    out << "<nav><a href=\"#conflicts\">Conflicts</a><a href=\"#findings\">Findings</a><a href=\"#timeline\">Who said "
           "what, when</a><a href=\"#graph\">Claim graph</a><a href=\"#stories\">The story</a></nav>\n</header>\n";
    WriteConflicts(run, out);
    WriteFindings(run, options.docs_url, out);
    WriteTimeline(run, out);
    WriteGraph(run, out);
    WriteStories(run, checked, out);
    out << "</body>\n</html>\n";
  }

 private:
  static bool IsConflict(const Finding& f) { return f.check.rfind("conflict.", 0) == 0; }

  static void WriteConflicts(const RunResult& run, std::ostream& out) {
    out << "<section id=\"conflicts\">\n<h2>Conflicts</h2>\n";
    size_t n = 0;
    for (size_t i = 0; i < run.findings.size(); ++i) {
      const Finding& f = run.findings[i];
      if (!IsConflict(f)) continue;
      ++n;
      out << "<div class=\"conflict\">\n<p><span class=\"sev " << SeverityClass(f.severity) << "\">"
          << SeverityName(f.severity) << "</span> <a href=\"#f" << i << "\">" << Escape(f.check) << "</a> "
          << Escape(f.message) << "</p>\n<div class=\"sides\">\n";
      for (const auto& r : f.related) {
        out << "<div class=\"side\"><h4>The other claim \u00b7 " << Escape(WhereText(run, r.where)) << "</h4>";
        WriteExcerpt(*run.docs[r.where.doc], r.where.span, "related", out);
        out << "<p>" << Escape(r.message) << "</p></div>\n";
      }
      out << "<div class=\"side later\"><h4>This claim \u00b7 " << Escape(WhereText(run, f.where)) << "</h4>";
      WriteExcerpt(*run.docs[f.where.doc], f.where.span, SeverityClass(f.severity), out);
      out << "</div>\n</div>\n</div>\n";
    }
    if (n == 0) out << "<p>No claims contradict each other.</p>\n";
    out << "</section>\n";
  }

  static void WriteFindings(const RunResult& run, const std::string& docs_url, std::ostream& out) {
    out << "<section id=\"findings\">\n<h2>Findings</h2>\n";
    if (run.findings.empty()) {
      out << "<p>No findings.</p>\n</section>\n";
      return;
    }
    out << "<table>\n<tr><th>Severity</th><th>Where</th><th>Check</th><th>Message</th><th>Fix</th></tr>\n";
    for (size_t i = 0; i < run.findings.size(); ++i) {
      const Finding& f = run.findings[i];
      out << "<tr><td><span class=\"sev " << SeverityClass(f.severity) << "\">" << SeverityName(f.severity)
          << "</span></td><td><a href=\"#f" << i << "\">" << Escape(WhereText(run, f.where)) << "</a></td><td>";
      const std::string url = CheckDocUrl(docs_url, f.check);
      if (url.empty()) out << Escape(f.check);
      else out << "<a href=\"" << Escape(url) << "\">" << Escape(f.check) << "</a>";
      out << "</td><td>" << Escape(f.message);
      for (const auto& r : f.related) out << "<br><small>" << Escape(WhereText(run, r.where)) << ": " << Escape(r.message) << "</small>";
      out << "</td><td>";
      if (f.fix) out << "<span class=\"fix\">" << Escape(f.fix->text) << "</span>";
      out << "</td></tr>\n";
    }
    out << "</table>\n</section>\n";
  }

  static void WriteTimeline(const RunResult& run, std::ostream& out) {
    out << "<section id=\"timeline\">\n<h2>Who said what, when</h2>\n";
    if (run.claims.empty()) {
      out << "<p>No claims found.</p>\n</section>\n";
      return;
    }
    out << "<table>\n<tr><th>Said</th><th>Who, through whom</th><th>Claim</th><th>About</th><th>How</th><th>Where</th></tr>\n";
    for (const ReportClaim* c : Timeline(run)) {
      out << "<tr><td>" << Escape(c->made) << "</td><td>" << Escape(SourceChainText(*c)) << "</td><td>" << Escape(c->subject)
          << ": " << Escape(c->attribute) << " = " << (c->negative ? "<span class=\"neg\">not</span> " : "")
          << Escape(c->value) << "</td><td>" << Escape(c->about) << "</td><td>" << Escape(c->modality) << "</td><td>"
          << Escape(WhereText(run, c->where)) << "</td></tr>\n";
    }
    out << "</table>\n</section>\n";
  }

  // Sources (left) linked to the statements they made (right), in order of first appearance;
  // the claims on either side of a conflict finding, and their statements, are red.
  static void WriteGraph(const RunResult& run, std::ostream& out) {
    out << "<section id=\"graph\">\n<h2>Claim graph</h2>\n";
    if (run.claims.empty()) {
      out << "<p>No claims to draw.</p>\n</section>\n";
      return;
    }
    std::vector<std::string> sources, statements;
    std::map<std::string, size_t> source_at, statement_at;
    std::map<std::pair<size_t, size_t>, bool> edges;  // (source, statement) -> a side of a conflict
    std::set<size_t> conflicting;
    for (const auto& c : run.claims) {
      const std::string s = SourceChainText(c), t = StatementText(c);
      if (source_at.emplace(s, sources.size()).second) sources.push_back(s);
      if (statement_at.emplace(t, statements.size()).second) statements.push_back(t);
      bool side = false;
      for (const auto& f : run.findings) {
        if (!IsConflict(f)) continue;
        side = side || (f.where.doc == c.where.doc && f.where.span.Overlaps(c.where.span));
        for (const auto& r : f.related) side = side || (r.where.doc == c.where.doc && r.where.span.Overlaps(c.where.span));
      }
      bool& red = edges[{source_at[s], statement_at[t]}];
      red = red || side;
      if (side) conflicting.insert(statement_at[t]);
    }
    constexpr int kRow = 34, kTop = 24, kLeftX = 10, kRightX = 470, kBox = 300, kHeight = 24;
    const int rows = static_cast<int>(std::max(sources.size(), statements.size()));
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"780\" height=\"" << kTop * 2 + rows * kRow
        << "\" role=\"img\" aria-label=\"Sources and the statements they made\">\n";
    for (const auto& [edge, red] : edges) {
      const auto [s, t] = edge;
      out << "<line x1=\"" << kLeftX + kBox << "\" y1=\"" << kTop + static_cast<int>(s) * kRow + kHeight / 2 << "\" x2=\""
          << kRightX << "\" y2=\"" << kTop + static_cast<int>(t) * kRow + kHeight / 2 << "\" stroke=\""
          << (red ? "#b3261e\" stroke-width=\"2" : "#888") << "\"/>\n";
    }
    auto box = [&](int x, size_t row, const std::string& label, bool red) {
      const int y = kTop + static_cast<int>(row) * kRow;
      out << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"" << kBox << "\" height=\"" << kHeight
          << "\" rx=\"4\" fill=\"" << (red ? "#fbe3e0" : "#f1f4f8") << "\" stroke=\"" << (red ? "#b3261e" : "#8aa")
          << "\"/><text x=\"" << x + 6 << "\" y=\"" << y + 16 << "\">" << Escape(Clip(label, 46)) << "<title>"
          << Escape(label) << "</title></text>\n";
    };
    for (size_t i = 0; i < sources.size(); ++i) box(kLeftX, i, sources[i], false);
    for (size_t i = 0; i < statements.size(); ++i) box(kRightX, i, statements[i], conflicting.count(i) > 0);
    out << "</svg>\n</section>\n";
  }

  static void WriteStories(const RunResult& run, size_t checked, std::ostream& out) {
    out << "<section id=\"stories\">\n<h2>The story</h2>\n";
    std::vector<std::vector<Mark>> marks_of(checked);  // by document, in one pass over the findings
    for (size_t i = 0; i < run.findings.size(); ++i) {
      const Finding& f = run.findings[i];
      if (static_cast<size_t>(f.where.doc) < checked) {
        marks_of[f.where.doc].push_back(
            {f.where.span, SeverityClass(f.severity), f.message + " [" + f.check + "]", "f" + std::to_string(i)});
      }
      for (const auto& r : f.related) {
        if (static_cast<size_t>(r.where.doc) < checked) marks_of[r.where.doc].push_back({r.where.span, "related", r.message, ""});
      }
    }
    for (size_t d = 0; d < checked; ++d) {
      std::vector<Mark>& marks = marks_of[d];
      out << "<h3>" << Escape(run.docs[d]->path()) << "</h3>\n<pre class=\"story\">";
      WriteMarkedText(run.docs[d]->bytes(), std::move(marks), out);
      out << "</pre>\n";
    }
    out << "</section>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> NewHtmlReporter() { return std::make_unique<HtmlReporter>(); }

}  // namespace claimcheck::report
