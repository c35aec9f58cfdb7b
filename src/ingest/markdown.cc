// A small Markdown scanner: it does not render Markdown, it only finds the bytes that are not
// prose so the text stage can blank them (keeping every offset where it was), and the places
// where a paragraph ends without a blank line (table cells).
#include <algorithm>
#include <cctype>
#include <optional>

#include "ingest/document.h"

namespace claimcheck::ingest {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  MarkdownScan Run() {
    size_t pos = FrontMatter();
    bool in_fence = false;
    std::string_view fence;
    bool in_code = false;    // inside an indented code block
    bool paragraph = false;  // the previous line is paragraph text, which the next line continues
    bool in_table = false;
    while (pos < text_.size()) {
      size_t eol = EndOfLine(pos);
      std::string_view line = text_.substr(pos, eol - pos);
      size_t indent = std::min(line.find_first_not_of(" \t"), line.size());  // in bytes
      std::string_view stripped = line.substr(indent);
      size_t columns = Columns(line.substr(0, indent));
      bool blank = stripped.empty() || stripped == "\r";
      if (in_fence) {
        Hide(pos, eol);
        if (columns <= container_ + 3 && stripped.starts_with(fence)) in_fence = false;
        pos = eol + 1;
        continue;
      }
      if (in_table && (blank || !HasPipe(stripped))) {
        in_table = false;
        if (!blank) out_.breaks.push_back(static_cast<uint32_t>(pos));
      }
      if (blank) {  // blank lines hold no prose; they end paragraphs but not code blocks
        paragraph = false;
        pos = eol + 1;
        continue;
      }
      // After a blank line, a line indented less than the list item (or footnote) it follows
      // ends that item.
      if (!paragraph && !in_code && columns < container_) container_ = 0;
      // CommonMark indented code: four columns past the container, not continuing a paragraph
      // (so it needs a blank line or a heading before it); it runs over blank lines until a less
      // indented line.
      if (in_code && columns < container_ + 4) in_code = false;
      if (in_code || (!paragraph && !in_table && columns >= container_ + 4)) {
        in_code = true;
        Hide(pos, eol);
        pos = eol + 1;
        continue;
      }
      paragraph = false;
      if (columns <= container_ + 3 && (stripped.starts_with("```") || stripped.starts_with("~~~"))) {
        fence = stripped.substr(0, 3);
        in_fence = true;
        Hide(pos, eol);
      } else if (in_table) {
        TableRow(pos, eol, indent);
        paragraph = true;
      } else if (HasPipe(stripped) && eol < text_.size() && IsDelimiterRow(Line(eol + 1)) &&
                 Cells(stripped) == Cells(Line(eol + 1))) {
        // A GFM table: the header row, the delimiter row (all syntax), then one row a line. Each
        // row and each cell is a paragraph of its own, so words in different cells are never
        // read as one phrase.
        in_table = true;
        TableRow(pos, eol, indent);
        size_t delimiter_eol = EndOfLine(eol + 1);
        Hide(eol + 1, delimiter_eol);
        eol = delimiter_eol;
        paragraph = true;
      } else if (IsRule(stripped) || IsLinkDefinition(stripped)) {
        Hide(pos, eol);
        // "[//]: # (claimcheck-disable: ID)": Markdown's comment idiom, a link definition that
        // renders as nothing, carries a directive like an HTML comment does.
        if (auto title = LinkReferenceComment(stripped); title && title->starts_with("claimcheck-")) {
          size_t end = eol;
          while (end > pos && text_[end - 1] == '\r') --end;
          out_.directives.push_back({{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}, std::string(*title)});
        }
      } else if (size_t label = FootnoteLabel(stripped); label > 0) {
        // "[^1]: text": the label is syntax, the footnote is prose; its further paragraphs are
        // indented four columns.
        Hide(pos + indent, pos + indent + label);
        container_ = columns + 4;
        paragraph = true;
        pos = Inline(pos, pos + indent + label, eol);
        continue;
      } else {
        paragraph = !IsHeading(stripped);
        pos = ProseLine(pos, eol, indent);
        continue;
      }
      pos = eol + 1;
    }
    // Spans found out of order (an e-mail address's local part) may overlap: sort and merge.
    std::sort(out_.hidden.begin(), out_.hidden.end());
    std::vector<Span> merged;
    for (const Span& h : out_.hidden) {
      if (!merged.empty() && h.begin < merged.back().end) {
        merged.back().end = std::max(merged.back().end, h.end);
      } else {
        merged.push_back(h);
      }
    }
    out_.hidden = std::move(merged);
    std::sort(out_.breaks.begin(), out_.breaks.end());
    out_.breaks.erase(std::unique(out_.breaks.begin(), out_.breaks.end()), out_.breaks.end());
    return std::move(out_);
  }

 private:
  void Hide(size_t begin, size_t end) {
    if (begin < end) out_.hidden.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }

  size_t EndOfLine(size_t pos) const {
    size_t eol = text_.find('\n', pos);
    return eol == std::string_view::npos ? text_.size() : eol;
  }

  std::string_view Line(size_t pos) const { return text_.substr(pos, EndOfLine(pos) - pos); }

  // Front matter: "---" on the first line (after a byte-order mark, if any) up to a line "---"
  // or "...".
  size_t FrontMatter() {
    const size_t start = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::string_view first = Line(start);
    if (first != "---" && first != "---\r") return start;
    size_t pos = EndOfLine(start) + 1;
    while (pos < text_.size()) {
      size_t eol = EndOfLine(pos);
      std::string_view line = text_.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---" || line == "...") {
        Hide(start, eol);
        out_.front_matter = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(eol)};
        return eol + 1;
      }
      pos = eol + 1;
    }
    return start;  // no closing fence: not front matter
  }

  // Width of leading white space, with tab stops every four columns.
  static size_t Columns(std::string_view white) {
    size_t col = 0;
    for (char c : white) col = c == '\t' ? (col / 4 + 1) * 4 : col + 1;
    return col;
  }

  static bool IsRule(std::string_view s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    if (s.size() < 3) return false;
    char c = s[0];
    if (c != '-' && c != '*' && c != '_') return false;
    return std::all_of(s.begin(), s.end(), [c](char x) { return x == c || x == ' '; });
  }

  // The title of "[//]: # (TITLE)" (or "TITLE" / 'TITLE'; label "//" or "comment"), or nullopt.
  static std::optional<std::string_view> LinkReferenceComment(std::string_view line) {
    auto trim = [](std::string_view x) {
      while (!x.empty() && (x.front() == ' ' || x.front() == '\t')) x.remove_prefix(1);
      while (!x.empty() && (x.back() == ' ' || x.back() == '\t' || x.back() == '\r')) x.remove_suffix(1);
      return x;
    };
    line = trim(line);
    std::string_view rest;
    for (std::string_view label : {"[//]:", "[comment]:"}) {
      if (line.starts_with(label)) rest = trim(line.substr(label.size()));
    }
    if (!rest.starts_with('#')) return std::nullopt;
    rest = trim(rest.substr(1));
    if (rest.size() < 2) return std::nullopt;
    const char open = rest.front(), close = rest.back();
    if (!((open == '(' && close == ')') || (open == '"' && close == '"') || (open == '\'' && close == '\''))) {
      return std::nullopt;
    }
    return trim(rest.substr(1, rest.size() - 2));
  }

  static bool IsLinkDefinition(std::string_view s) {
    if (!s.starts_with("[") || s.starts_with("[^")) return false;
    size_t close = s.find("]:");
    return close != std::string_view::npos && s.find(' ') > close;
  }

  // Length of a footnote definition's label "[^id]:" at the start of s, or 0.
  static size_t FootnoteLabel(std::string_view s) {
    if (!s.starts_with("[^")) return 0;
    size_t close = s.find("]:");
    if (close == std::string_view::npos || close == 2) return 0;
    if (s.substr(0, close).find_first_of(" \t") != std::string_view::npos) return 0;
    return close + 2;
  }

  static bool IsHeading(std::string_view s) {
    size_t j = s.find_first_not_of('#');
    if (j == std::string_view::npos) j = s.size();
    return j > 0 && j <= 6 && (j == s.size() || s[j] == ' ' || s[j] == '\t' || s[j] == '\r');
  }

  // A '|' that is not escaped with a backslash.
  static bool HasPipe(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\\') {
        ++i;
      } else if (s[i] == '|') {
        return true;
      }
    }
    return false;
  }

  static std::string_view TrimRow(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  }

  // Cells of a table row: one more than its unescaped pipes, not counting a leading or trailing
  // pipe.
  static size_t Cells(std::string_view row) {
    row = TrimRow(row);
    size_t pipes = 0;
    bool last_escaped = false;
    for (size_t i = 0; i < row.size(); ++i) {
      last_escaped = false;
      if (row[i] == '\\') {
        ++i;
        last_escaped = true;
      } else if (row[i] == '|') {
        ++pipes;
      }
    }
    if (row.starts_with("|") && pipes > 0) --pipes;
    if (row.size() > 1 && row.ends_with("|") && !last_escaped && pipes > 0) --pipes;
    return pipes + 1;
  }

  // "| --- | :-: |", "---|---": cells of dashes with optional alignment colons, and a pipe.
  static bool IsDelimiterRow(std::string_view row) {
    row = TrimRow(row);
    if (row.find('|') == std::string_view::npos) return false;
    if (row.starts_with("|")) row.remove_prefix(1);
    if (row.ends_with("|")) row.remove_suffix(1);
    size_t start = 0;
    while (true) {
      size_t bar = row.find('|', start);
      std::string_view cell =
          TrimRow(row.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
      if (cell.starts_with(":")) cell.remove_prefix(1);
      if (cell.ends_with(":")) cell.remove_suffix(1);
      if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return false;
      if (bar == std::string_view::npos) return true;
      start = bar + 1;
    }
  }

  // A table row starts a paragraph, and each of its pipes (hidden by Inline) ends a cell.
  void TableRow(size_t pos, size_t eol, size_t indent) {
    out_.breaks.push_back(static_cast<uint32_t>(pos));
    table_row_ = true;
    Inline(pos, pos + indent, eol);
    table_row_ = false;
  }

  // Scans one prose line from pos: block markers at its start, then its inline markup. Returns
  // where scanning continues (an HTML comment may run over several lines).
  size_t ProseLine(size_t pos, size_t eol, size_t indent) {
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
      ListItem(pos, i + 1, eol);
    } else {
      size_t j = i;
      while (j < eol && std::isdigit(static_cast<unsigned char>(text_[j]))) ++j;
      if (j > i && j + 1 < eol && (text_[j] == '.' || text_[j] == ')') && text_[j + 1] == ' ') {
        Hide(i, j + 1);
        ListItem(pos, j + 1, eol);
      }
    }
    return Inline(pos, i, eol);
  }

  // A list item's further paragraphs are indented to its text (one to four spaces past the
  // marker); deeper is code.
  void ListItem(size_t line_begin, size_t marker_end, size_t eol) {
    size_t spaces = 0;
    while (marker_end + spaces < eol && text_[marker_end + spaces] == ' ') ++spaces;
    if (spaces > 4) spaces = 1;
    container_ = marker_end - line_begin + spaces;
  }

  // Inline markup in text_[i, eol) of the line starting at line_begin.
  size_t Inline(size_t line_begin, size_t i, size_t eol) {
    while (i < eol) {
      char c = text_[i];
      if (c == '<' && text_.substr(i, 4) == "<!--") {
        size_t close = text_.find("-->", i + 4);
        size_t end = close == std::string_view::npos ? text_.size() : close + 3;
        Comment(i, end);
        Hide(i, end);
        if (end > eol) return EndOfLine(end) + 1;
        i = end;
      } else if (c == '<' && i + 1 < eol && (std::isalpha(static_cast<unsigned char>(text_[i + 1])) || text_[i + 1] == '/')) {
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
      } else if (c == '[' && i + 1 < eol && text_[i + 1] == '^') {
        // A footnote reference "[^1]" is syntax.
        size_t close = text_.find(']', i);
        if (close != std::string_view::npos && close < eol && close > i + 2 &&
            text_.substr(i, close - i).find_first_of(" \t") == std::string_view::npos) {
          Hide(i, close + 1);
          i = close + 1;
        } else {
          ++i;
        }
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
      } else if (c == '|') {
        Hide(i, i + 1);
        if (table_row_) out_.breaks.push_back(static_cast<uint32_t>(i));
        ++i;
      } else if (c == '\\') {
        Hide(i, i + 1);
        // An escaped pipe is a character of its cell, not a cell boundary.
        i += i + 1 < eol && text_[i + 1] == '|' ? 2 : 1;
      } else if (c == '*') {
        Hide(i, i + 1);
        ++i;
      } else if (c == '_') {
        bool word_before = i > line_begin && IsAlnum(text_[i - 1]);
        bool word_after = i + 1 < eol && IsAlnum(text_[i + 1]);
        if (!(word_before && word_after)) Hide(i, i + 1);
        ++i;
      } else if (size_t url_end = UrlEnd(line_begin, i, eol); url_end > i) {
        Hide(i, url_end);
        i = url_end;
      } else if (c == '@') {
        i = Email(line_begin, i, eol);
      } else {
        ++i;
      }
    }
    return eol + 1;
  }

  // A bare URL (GFM's extended autolinks) starting at i: "http://", "https://", "ftp://" or
  // "www." at the start of a word, up to white space or '<', less trailing punctuation and an
  // unbalanced closing parenthesis. Returns its end, or i when there is none.
  size_t UrlEnd(size_t line_begin, size_t i, size_t eol) const {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text_[i])));
    if (c != 'h' && c != 'w' && c != 'f') return i;
    if (i > line_begin) {
      char before = text_[i - 1];
      if (IsAlnum(before) || static_cast<unsigned char>(before) >= 0x80 ||
          std::string_view(".-/@:").find(before) != std::string_view::npos) {
        return i;
      }
    }
    auto starts = [&](std::string_view prefix) {
      if (eol - i <= prefix.size()) return false;
      for (size_t k = 0; k < prefix.size(); ++k) {
        if (std::tolower(static_cast<unsigned char>(text_[i + k])) != prefix[k]) return false;
      }
      return true;
    };
    size_t body;
    if (starts("https://")) {
      body = i + 8;
    } else if (starts("http://") || starts("www.")) {
      body = i + (c == 'w' ? 4 : 7);
    } else if (starts("ftp://")) {
      body = i + 6;
    } else {
      return i;
    }
    if (!IsAlnum(text_[body])) return i;
    size_t end = body;
    while (end < eol && !std::isspace(static_cast<unsigned char>(text_[end])) && text_[end] != '<' &&
           text_[end] != '|') {
      ++end;
    }
    std::string_view url = text_.substr(i, end - i);
    auto unbalanced = std::count(url.begin(), url.end(), ')') - std::count(url.begin(), url.end(), '(');
    while (end > body) {
      char last = text_[end - 1];
      if (std::string_view("?!.,:;*_~'\"").find(last) != std::string_view::npos) {
        --end;
      } else if (last == ')' && unbalanced > 0) {
        --unbalanced;
        --end;
      } else {
        break;
      }
    }
    return end;
  }

  // An e-mail address around the '@' at `at`: hidden when it has a local part and a domain with
  // a dot. Returns where scanning continues.
  size_t Email(size_t line_begin, size_t at, size_t eol) {
    auto local_char = [](char x) { return IsAlnum(x) || x == '.' || x == '_' || x == '-' || x == '+'; };
    size_t begin = at;
    while (begin > line_begin && local_char(text_[begin - 1])) --begin;
    size_t end = at + 1;
    while (end < eol && (IsAlnum(text_[end]) || text_[end] == '.' || text_[end] == '-' || text_[end] == '_')) ++end;
    while (end > at + 1 && !IsAlnum(text_[end - 1])) --end;  // "write to a@b.org."
    std::string_view domain = text_.substr(at + 1, end - at - 1);
    if (begin == at || domain.find('.') == std::string_view::npos || !IsAlnum(domain.front())) return at + 1;
    Hide(begin, end);
    return end;
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
  size_t container_ = 0;    // columns of the list item or footnote the text belongs to (0: none)
  bool table_row_ = false;  // Inline is scanning a table row: its pipes end cells
};

}  // namespace

MarkdownScan ScanMarkdown(std::string_view text) { return Scanner(text).Run(); }

}  // namespace claimcheck::ingest
