// Markdown through md4c (CommonMark with GFM tables, strikethrough, task lists and autolinks). It
// does not render anything: md4c reports every piece of text with a pointer into the source, and
// the bytes it reports as paragraph text are prose; every other byte (code, HTML, URLs, markup,
// link definitions, table delimiter rows) is hidden, so the text stage blanks it and every offset
// stays where it was. Table rows and cells end paragraphs. Front matter, footnotes (which md4c
// does not know) and the "[//]: # (claimcheck-...)" comment idiom are found here around it.
#include <md4c.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "ingest/document.h"

namespace claimcheck::ingest {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view x) {
  while (!x.empty() && IsBlank(x.front())) x.remove_prefix(1);
  while (!x.empty() && IsBlank(x.back())) x.remove_suffix(1);
  return x;
}

// The title of "[//]: # (TITLE)" (or "TITLE" / 'TITLE'; label "//" or "comment"), or nullopt.
std::optional<std::string_view> LinkReferenceComment(std::string_view line) {
  line = Trim(line);
  std::string_view rest;
  for (std::string_view label : {"[//]:", "[comment]:"}) {
    if (line.starts_with(label)) rest = Trim(line.substr(label.size()));
  }
  if (!rest.starts_with('#')) return std::nullopt;
  rest = Trim(rest.substr(1));
  if (rest.size() < 2) return std::nullopt;
  const char open = rest.front(), close = rest.back();
  if (!((open == '(' && close == ')') || (open == '"' && close == '"') || (open == '\'' && close == '\''))) {
    return std::nullopt;
  }
  return Trim(rest.substr(1, rest.size() - 2));
}

// Length of a footnote label "[^id]" at the start of s (id without white space or brackets), or 0.
size_t FootnoteLabel(std::string_view s) {
  if (!s.starts_with("[^")) return 0;
  for (size_t i = 2; i < s.size(); ++i) {
    char c = s[i];
    if (c == ']') return i > 2 ? i + 1 : 0;
    if (c == '[' || c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
  }
  return 0;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  MarkdownScan Run() {
    const size_t start = FrontMatter();
    FindFootnoteDefinitions(start);
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
      return static_cast<Scanner*>(self)->EnterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<Scanner*>(self)->LeaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
      return static_cast<Scanner*>(self)->EnterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<Scanner*>(self)->LeaveSpan(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE size, void* self) {
      return static_cast<Scanner*>(self)->Text(type, p, size);
    };
    if (start < text_.size()) {
      md_parse(text_.data() + start, static_cast<MD_SIZE>(text_.size() - start), &parser, this);
    }
    Footnotes(start);
    LinkReferenceComments(start);
    HideTheRest(start);
    std::sort(out_.breaks.begin(), out_.breaks.end());
    out_.breaks.erase(std::unique(out_.breaks.begin(), out_.breaks.end()), out_.breaks.end());
    std::sort(out_.directives.begin(), out_.directives.end(),
              [](const Directive& a, const Directive& b) { return a.span.begin < b.span.begin; });
    return std::move(out_);
  }

 private:
  // --- md4c callbacks --------------------------------------------------------------------------

  int EnterBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        break_pending_ = true;  // each cell (so each row) starts a paragraph
        break;
      case MD_BLOCK_CODE:
        in_code_block_ = true;
        code_block_first_ = true;
        indented_code_ = static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->fence_char == 0;
        code_is_prose_ = false;
        break;
      default:
        break;
    }
    return 0;
  }

  int LeaveBlock(MD_BLOCKTYPE type) {
    if (type == MD_BLOCK_TABLE) break_pending_ = true;  // the text after a table starts a paragraph
    if (type == MD_BLOCK_CODE) in_code_block_ = false;
    return 0;
  }

  int EnterSpan(MD_SPANTYPE type, void* detail) {
    if (type == MD_SPAN_IMG) ++image_depth_;  // an image's alt text is not prose
    if (type == MD_SPAN_A) {
      const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
      link_href_.assign(a->href.text, a->href.size);
      link_first_ = visible_.size();
    }
    return 0;
  }

  int LeaveSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG && image_depth_ > 0) --image_depth_;
    if (type == MD_SPAN_A && link_first_ <= visible_.size()) {
      // An autolink (<http://x>, a bare URL, www.x.org, an e-mail address): its text is the
      // address itself, which is not prose.
      std::string shown;
      for (size_t i = link_first_; i < visible_.size() && shown.size() <= link_href_.size(); ++i) {
        shown += text_.substr(visible_[i].begin, visible_[i].size());
      }
      if (!shown.empty() && (link_href_ == shown || link_href_ == "http://" + shown || link_href_ == "mailto:" + shown)) {
        visible_.resize(link_first_);
      }
    }
    return 0;
  }

  int Text(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE size) {
    // Line breaks and NUL replacements are md4c's own strings, not source bytes.
    const auto base = reinterpret_cast<uintptr_t>(text_.data());
    const auto at = reinterpret_cast<uintptr_t>(p);
    if (at < base || at > base + text_.size() || size > base + text_.size() - at) return 0;
    const auto begin = static_cast<uint32_t>(at - base);
    const auto end = static_cast<uint32_t>(begin + size);
    if (break_pending_) {
      out_.breaks.push_back(begin);
      break_pending_ = false;
    }
    if (size > 0) Cover(begin, end);
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_ENTITY:
        if (image_depth_ == 0) Visible(begin, end);
        break;
      case MD_TEXT_CODE:
        if (in_code_block_ && code_block_first_) {
          code_block_first_ = false;
          code_is_prose_ = indented_code_ && ContinuesFootnote(begin);
        }
        if (in_code_block_ && code_is_prose_) Visible(begin, end);
        break;
      case MD_TEXT_HTML:
        Comments(begin, end);
        break;
      default:  // line breaks, LaTeX, NUL replacements
        break;
    }
    return 0;
  }

  // --- what md4c does not know -----------------------------------------------------------------

  void Visible(uint32_t begin, uint32_t end) {
    if (begin < end) visible_.push_back({begin, end});
  }

  // Bytes md4c reported in any way (prose, code, HTML): merged, in source order.
  void Cover(uint32_t begin, uint32_t end) {
    if (!covered_.empty() && begin <= covered_.back().end && begin >= covered_.back().begin) {
      covered_.back().end = std::max(covered_.back().end, end);
    } else {
      covered_.push_back({begin, end});
    }
  }

  bool Covered(size_t begin, size_t end) const {
    auto it = std::upper_bound(covered_.begin(), covered_.end(), static_cast<uint32_t>(begin),
                               [](uint32_t pos, const Span& s) { return pos < s.end; });
    return it != covered_.end() && it->begin < end;
  }

  size_t EndOfLine(size_t pos) const {
    size_t eol = text_.find('\n', pos);
    return eol == std::string_view::npos ? text_.size() : eol;
  }

  size_t StartOfLine(size_t pos) const {
    size_t nl = pos == 0 ? std::string_view::npos : text_.rfind('\n', pos - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
  }

  // Front matter: "---" on the first line (after a byte-order mark, if any) up to a line "---"
  // or "...". Returns where the Markdown starts.
  size_t FrontMatter() {
    const size_t start = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    std::string_view first = text_.substr(start, EndOfLine(start) - start);
    if (first != "---" && first != "---\r") return start;
    size_t pos = EndOfLine(start) + 1;
    while (pos < text_.size()) {
      size_t eol = EndOfLine(pos);
      std::string_view line = text_.substr(pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line == "---" || line == "...") {
        out_.front_matter = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(eol)};
        return eol + 1;
      }
      pos = eol + 1;
    }
    return start;  // no closing fence: not front matter
  }

  // Lines that start (after at most three spaces) with a footnote definition "[^id]:".
  void FindFootnoteDefinitions(size_t pos) {
    while (pos < text_.size()) {
      size_t eol = EndOfLine(pos);
      size_t i = pos;
      while (i < eol && i - pos < 3 && text_[i] == ' ') ++i;
      size_t label = FootnoteLabel(text_.substr(i, eol - i));
      if (label > 0 && i + label < eol && text_[i + label] == ':') {
        footnote_lines_.push_back(static_cast<uint32_t>(pos));
      }
      pos = eol + 1;
    }
  }

  // An indented code block right after a footnote definition (blank lines between) is the
  // footnote's further paragraphs, indented four columns: prose.
  bool ContinuesFootnote(size_t code_begin) {
    size_t line = StartOfLine(code_begin);
    while (line > 0) {
      size_t prev = StartOfLine(line - 1);
      if (!Trim(text_.substr(prev, line - 1 - prev)).empty()) {
        bool yes = std::binary_search(footnote_lines_.begin(), footnote_lines_.end(), static_cast<uint32_t>(prev)) ||
                   (footnote_code_end_ > 0 && footnote_code_end_ >= prev && footnote_code_end_ <= line);
        if (yes) footnote_code_end_ = EndOfLine(code_begin);
        return yes;
      }
      line = prev;
    }
    return false;
  }

  // Footnotes (GFM, which md4c does not parse): a reference "[^1]" and the label "[^1]:" of a
  // definition are syntax, the definition's text is prose. md4c reads "[^1]: Note." as a link
  // reference definition (reported as nothing), and "[^1]: The note." as a paragraph.
  void Footnotes(size_t start) {
    for (uint32_t line : footnote_lines_) {
      if (line < start) continue;
      size_t eol = EndOfLine(line);
      if (Covered(line, eol)) continue;  // a paragraph (labels hidden below), code or HTML
      size_t i = text_.find("[^", line);
      size_t text_begin = i + FootnoteLabel(text_.substr(i)) + 1;
      Visible(static_cast<uint32_t>(text_begin), static_cast<uint32_t>(eol));
    }
    // Merge adjacent prose (md4c reports "[", "^1" and "]" separately), then cut footnote labels
    // out of it.
    std::sort(visible_.begin(), visible_.end());
    std::vector<Span> merged;
    for (const Span& v : visible_) {
      if (!merged.empty() && v.begin <= merged.back().end) {
        merged.back().end = std::max(merged.back().end, v.end);
      } else {
        merged.push_back(v);
      }
    }
    visible_.clear();
    for (Span v : merged) {
      size_t from = v.begin;
      while (true) {
        size_t i = text_.substr(0, v.end).find("[^", from);
        if (i == std::string_view::npos) break;
        size_t label = FootnoteLabel(text_.substr(i, v.end - i));
        if (label == 0) {
          from = i + 2;
          continue;
        }
        size_t cut = i + label;
        if (cut < v.end && text_[cut] == ':' && Trim(text_.substr(StartOfLine(i), i - StartOfLine(i))).empty()) ++cut;
        if (i > v.begin) visible_.push_back({v.begin, static_cast<uint32_t>(i)});
        v.begin = static_cast<uint32_t>(cut);
        from = cut;
      }
      if (v.begin < v.end) visible_.push_back(v);
    }
  }

  // "<!-- claimcheck-... -->" in HTML md4c found (an HTML block or inline HTML).
  void Comments(size_t begin, size_t end) {
    size_t from = std::max(begin, comment_end_);
    while (from < end) {
      size_t open = text_.substr(0, end).find("<!--", from);
      if (open == std::string_view::npos) return;
      size_t close = text_.find("-->", open + 4);
      size_t stop = close == std::string_view::npos ? text_.size() : close + 3;
      std::string_view body = Trim(text_.substr(open + 4, (close == std::string_view::npos ? text_.size() : close) - open - 4));
      while (!body.empty() && (body.front() == '\n' || body.front() == ' ')) body.remove_prefix(1);
      while (!body.empty() && (body.back() == '\n' || IsBlank(body.back()))) body.remove_suffix(1);
      if (body.starts_with("claimcheck-")) {
        out_.directives.push_back({{static_cast<uint32_t>(open), static_cast<uint32_t>(stop)}, std::string(body)});
      }
      comment_end_ = stop;
      from = stop;
    }
  }

  // "[//]: # (claimcheck-disable: ID)": Markdown's comment idiom, a link reference definition
  // that renders as nothing (so md4c reports nothing on its line), carries a directive.
  void LinkReferenceComments(size_t pos) {
    while (pos < text_.size()) {
      size_t eol = EndOfLine(pos);
      std::string_view line = text_.substr(pos, eol - pos);
      size_t indent = std::min(line.find_first_not_of(' '), line.size());
      if (indent <= 3 && line.substr(indent).starts_with("[") && !Covered(pos, eol)) {
        if (auto title = LinkReferenceComment(line); title && title->starts_with("claimcheck-")) {
          size_t end = eol;
          while (end > pos && text_[end - 1] == '\r') --end;
          out_.directives.push_back({{static_cast<uint32_t>(pos + indent), static_cast<uint32_t>(end)}, std::string(*title)});
        }
      }
      pos = eol + 1;
    }
  }

  // Every byte that is not prose is hidden, except white space (line breaks keep paragraphs
  // apart; blanks need no hiding): the gaps between prose, cut at line ends and trimmed.
  void HideTheRest(size_t start) {
    if (out_.front_matter) out_.hidden.push_back(*out_.front_matter);
    size_t pos = start;
    auto gap = [&](size_t end) {
      while (pos < end) {
        size_t eol = std::min(EndOfLine(pos), end);
        std::string_view piece = text_.substr(pos, eol - pos);
        size_t lead = std::min(piece.find_first_not_of(" \t\r"), piece.size());
        size_t tail = piece.size();
        while (tail > lead && IsBlank(piece[tail - 1])) --tail;
        if (tail > lead) out_.hidden.push_back({static_cast<uint32_t>(pos + lead), static_cast<uint32_t>(pos + tail)});
        pos = eol < end ? eol + 1 : eol;
      }
    };
    for (const Span& v : visible_) {
      gap(v.begin);
      pos = std::max<size_t>(pos, v.end);
    }
    gap(text_.size());
  }

  std::string_view text_;
  MarkdownScan out_;
  std::vector<Span> visible_;  // prose, in source order (merged by Footnotes)
  std::vector<Span> covered_;  // everything md4c reported
  std::vector<uint32_t> footnote_lines_;
  bool break_pending_ = false;
  int image_depth_ = 0;
  std::string link_href_;
  size_t link_first_ = 0;
  bool in_code_block_ = false;
  bool code_block_first_ = false;
  bool indented_code_ = false;
  bool code_is_prose_ = false;
  size_t footnote_code_end_ = 0;
  size_t comment_end_ = 0;
};

}  // namespace

MarkdownScan ScanMarkdown(std::string_view text) { return Scanner(text).Run(); }

}  // namespace claimcheck::ingest
