// A small Markdown scanner: it does not render Markdown, it only finds the bytes that are not
// prose so the text stage can blank them (keeping every offset where it was).
#include <algorithm>
#include <cctype>

#include "ingest/document.h"

namespace claimcheck::ingest {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  MarkdownScan Run() {
    size_t pos = FrontMatter();
    bool in_fence = false;
    std::string_view fence;
    while (pos < text_.size()) {
      size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = text_.substr(pos, eol - pos);
      std::string_view stripped = line.substr(std::min(line.find_first_not_of(' '), line.size()));
      size_t indent = line.size() - stripped.size();
      if (in_fence) {
        Hide(pos, eol);
        if (indent <= 3 && stripped.starts_with(fence)) in_fence = false;
      } else if (indent <= 3 && (stripped.starts_with("```") || stripped.starts_with("~~~"))) {
        fence = stripped.substr(0, 3);
        in_fence = true;
        Hide(pos, eol);
      } else if (IsRule(stripped) || IsLinkDefinition(stripped)) {
        Hide(pos, eol);
      } else {
        pos = Line(pos, eol, indent);
        continue;
      }
      pos = eol + 1;
    }
    std::sort(out_.hidden.begin(), out_.hidden.end());
    return std::move(out_);
  }

 private:
  void Hide(size_t begin, size_t end) {
    if (begin < end) out_.hidden.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }

  size_t FrontMatter() {
    if (!text_.starts_with("---\n") && !text_.starts_with("---\r\n")) return 0;
    size_t pos = text_.find('\n') + 1;
    while (pos < text_.size()) {
      size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = text_.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---" || line == "...") {
        Hide(0, eol);
        out_.front_matter = Span{0, static_cast<uint32_t>(eol)};
        return eol + 1;
      }
      pos = eol + 1;
    }
    return 0;  // no closing fence: not front matter
  }

  static bool IsRule(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    if (s.size() < 3) return false;
    char c = s[0];
    if (c != '-' && c != '*' && c != '_') return false;
    return std::all_of(s.begin(), s.end(), [c](char x) { return x == c || x == ' '; });
  }

  static bool IsLinkDefinition(std::string_view s) {
    if (!s.starts_with("[")) return false;
    size_t close = s.find("]:");
    return close != std::string_view::npos && s.find(' ') > close;
  }

  // Scans one prose line from pos; returns where scanning continues (an HTML comment may run over
  // several lines).
  size_t Line(size_t pos, size_t eol, size_t indent) {
    size_t i = pos + indent;
    // Block markers at the start of the line: headings, quotes, list bullets, numbers.
    while (i < eol && text_[i] == '>') {
      Hide(i, i + 1);
      ++i;
      while (i < eol && text_[i] == ' ') ++i;
    }
    if (i < eol && text_[i] == '#') {
      size_t j = i;
      while (j < eol && text_[j] == '#') ++j;
      if (j == eol || text_[j] == ' ') Hide(i, j);
    } else if (i + 1 < eol && (text_[i] == '-' || text_[i] == '*' || text_[i] == '+') &&
               text_[i + 1] == ' ') {
      Hide(i, i + 1);
    } else {
      size_t j = i;
      while (j < eol && std::isdigit(static_cast<unsigned char>(text_[j]))) ++j;
      if (j > i && j + 1 < eol && (text_[j] == '.' || text_[j] == ')') && text_[j + 1] == ' ') {
        Hide(i, j + 1);
      }
    }
    while (i < eol) {
      char c = text_[i];
      if (c == '<' && text_.substr(i, 4) == "<!--") {
        size_t close = text_.find("-->", i + 4);
        size_t end = close == std::string_view::npos ? text_.size() : close + 3;
        Comment(i, end);
        Hide(i, end);
        if (end > eol) {
          size_t next = text_.find('\n', end);
          return next == std::string_view::npos ? text_.size() : next + 1;
        }
        i = end;
      } else if (c == '<' && i + 1 < eol &&
                 (std::isalpha(static_cast<unsigned char>(text_[i + 1])) || text_[i + 1] == '/')) {
        size_t close = text_.find('>', i);
        if (close != std::string_view::npos && close < eol) {
          Hide(i, close + 1);
          i = close + 1;
        } else {
          ++i;
        }
      } else if (c == '`') {
        size_t run = i;
        while (run < eol && text_[run] == '`') ++run;
        std::string_view ticks = text_.substr(i, run - i);
        size_t close = text_.find(ticks, run);
        if (close != std::string_view::npos && close < eol) {
          Hide(i, close + ticks.size());
          i = close + ticks.size();
        } else {
          Hide(i, run);
          i = run;
        }
      } else if (c == '!' && i + 1 < eol && text_[i + 1] == '[') {
        size_t close = LinkEnd(i + 1, eol);
        Hide(i, close);
        i = std::max(close, i + 1);
      } else if (c == '[') {
        size_t label_end = text_.find(']', i);
        if (label_end != std::string_view::npos && label_end < eol && label_end + 1 < eol &&
            (text_[label_end + 1] == '(' || text_[label_end + 1] == '[')) {
          Hide(i, i + 1);
          size_t close = LinkEnd(i, eol);
          Hide(label_end, close);
          i = label_end + 1 < close ? close : label_end + 1;
        } else {
          ++i;
        }
      } else if (c == '*' || c == '|' || c == '\\') {
        Hide(i, i + 1);
        ++i;
      } else if (c == '_') {
        bool word_before = i > pos && std::isalnum(static_cast<unsigned char>(text_[i - 1]));
        bool word_after = i + 1 < eol && std::isalnum(static_cast<unsigned char>(text_[i + 1]));
        if (!(word_before && word_after)) Hide(i, i + 1);
        ++i;
      } else {
        ++i;
      }
    }
    return eol + 1;
  }

  // From '[' at `open`: the end of "[label](target)" or "[label][ref]", or just past ']'.
  size_t LinkEnd(size_t open, size_t eol) {
    size_t label_end = text_.find(']', open);
    if (label_end == std::string_view::npos || label_end >= eol) return open + 1;
    if (label_end + 1 < eol && (text_[label_end + 1] == '(' || text_[label_end + 1] == '[')) {
      char closer = text_[label_end + 1] == '(' ? ')' : ']';
      size_t close = text_.find(closer, label_end + 2);
      if (close != std::string_view::npos && close < eol) return close + 1;
    }
    return label_end + 1;
  }

  void Comment(size_t begin, size_t end) {
    std::string_view body = text_.substr(begin + 4, end - begin - 4);
    if (body.ends_with("-->")) body.remove_suffix(3);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
    if (body.starts_with("claimcheck-")) {
      out_.directives.push_back(
          {{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, std::string(body)});
    }
  }

  std::string_view text_;
  MarkdownScan out_;
};

}  // namespace

MarkdownScan ScanMarkdown(std::string_view text) { return Scanner(text).Run(); }

}  // namespace claimcheck::ingest
