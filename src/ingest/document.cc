#include "ingest/document.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <yaml-cpp/yaml.h>

#include "base/calendar.h"
#include "base/utf8.h"

namespace claimcheck::ingest {
namespace {

// Extensions compare without case: "STORY.MD" is Markdown.
bool EndsWith(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) return false;
  }
  return true;
}

Status ErrorAt(const SourceText& src, uint32_t offset, std::string message) {
  LineCol pos = src.Position(offset);
  return Status::Error(std::move(message), {src.path(), pos.line, pos.column});
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "YYYY-MM-DD" in shape only; whether that day exists is IsIsoCalendarDate's question.
bool IsIsoDateShape(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// The front matter between its fences must be YAML: a publishing system would choke on it too,
// so a typo there is an error at the place yaml-cpp names, not a block silently skipped.
Status CheckFrontMatterYaml(const SourceText& src, Span front_matter) {
  std::string_view fm = src.Slice(front_matter);
  size_t open_end = fm.find('\n');
  size_t close_begin = fm.rfind('\n');
  if (open_end == std::string_view::npos || close_begin <= open_end) return {};
  const uint32_t body_begin = front_matter.begin + static_cast<uint32_t>(open_end + 1);
  std::string_view body = fm.substr(open_end + 1, close_begin - open_end);
  try {
    YAML::Load(std::string(body));
  } catch (const YAML::Exception& e) {
    uint32_t at = body_begin;
    if (!e.mark.is_null()) {
      // yaml-cpp counts lines and byte columns from 0 within the text it was given.
      size_t line_begin = 0;
      for (int line = 0; line < e.mark.line && line_begin < body.size(); ++line) {
        size_t eol = body.find('\n', line_begin);
        line_begin = eol == std::string_view::npos ? body.size() : eol + 1;
      }
      size_t line_end = std::min(body.find('\n', line_begin), body.size());
      at = body_begin + static_cast<uint32_t>(std::min(line_begin + std::max(e.mark.column, 0), line_end));
    }
    return ErrorAt(src, at, "front matter is not valid YAML: " + e.msg);
  }
  return {};
}

// Plain text: an HTML comment whose body starts with "claimcheck-" (copy from a CMS is often
// HTML; it may span lines), or a line of its own that starts with "claimcheck-", is a directive,
// not prose.
void ScanPlainDirectives(std::string_view text, Document* doc) {
  std::vector<Span> comments;
  for (size_t open = text.find("<!--"); open != std::string_view::npos; open = text.find("<!--", open)) {
    const size_t close = text.find("-->", open + 4);
    const size_t end = close == std::string_view::npos ? text.size() : close + 3;
    std::string_view body = text.substr(open + 4, (close == std::string_view::npos ? text.size() : close) - open - 4);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
    while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
    if (body.starts_with("claimcheck-")) {
      Span span{static_cast<uint32_t>(open), static_cast<uint32_t>(end)};
      comments.push_back(span);
      doc->hidden.push_back(span);
      doc->directives.push_back({span, std::string(body)});
    }
    open = end;
  }
  size_t pos = 0;
  size_t next_comment = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = Trim(text.substr(pos, eol - pos));
    // Comments are in order: skip those that end before this line (linear over the file).
    while (next_comment < comments.size() && comments[next_comment].end <= pos) ++next_comment;
    const bool in_comment = next_comment < comments.size() && comments[next_comment].begin <= pos;
    if (line.starts_with("claimcheck-") && !in_comment) {
      Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(eol)};
      doc->hidden.push_back(span);
      doc->directives.push_back({span, std::string(line)});
    }
    pos = eol + 1;
  }
  std::sort(doc->directives.begin(), doc->directives.end(),
            [](const Directive& a, const Directive& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

Format FormatForPath(const std::string& path) {
  return EndsWith(path, ".md") || EndsWith(path, ".markdown") ? Format::kMarkdown : Format::kText;
}

Result<Document> LoadDocument(std::string path, std::string bytes) {
  Format format = FormatForPath(path);
  Document doc{SourceText(std::move(path), std::move(bytes)), format, {}, {}, {}, {}, {}, {}, {}};
  const SourceText& src = doc.source;
  std::string_view text = src.bytes();

  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF'))) {
    return Status::Error("looks like UTF-16 or UTF-32 (byte-order mark); convert it to UTF-8",
                         {src.path(), 1, 1});
  }
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    auto offset = static_cast<uint32_t>(static_cast<const char*>(nul) - text.data());
    return ErrorAt(src, offset, "binary file: NUL byte; claimcheck reads UTF-8 text");
  }
  if (size_t bad = utf8::FindInvalid(text); bad != utf8::kValid) {
    return ErrorAt(src, static_cast<uint32_t>(bad), utf8::DescribeInvalid(text, bad));
  }
  if (text.starts_with("\xEF\xBB\xBF")) doc.hidden.push_back({0, 3});

  if (format == Format::kMarkdown) {
    MarkdownScan scan = ScanMarkdown(text);
    if (scan.front_matter) {
      if (Status yaml = CheckFrontMatterYaml(src, *scan.front_matter); !yaml.ok()) return yaml;
      // Only `date:` is read from front matter; the rest belongs to the publishing system.
      std::string_view fm = text.substr(scan.front_matter->begin, scan.front_matter->size());
      size_t pos = 0;
      while (pos < fm.size()) {
        size_t eol = fm.find('\n', pos);
        if (eol == std::string_view::npos) eol = fm.size();
        std::string_view line = fm.substr(pos, eol - pos);
        if (line.starts_with("date:")) {
          std::string_view value = Trim(line.substr(5));
          if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) {
            value = value.substr(1, value.size() - 2);
          }
          uint32_t at = scan.front_matter->begin + static_cast<uint32_t>(pos);
          // Errors point at the value itself (inside any quotes).
          auto value_at = at + static_cast<uint32_t>(value.data() - line.data());
          std::string_view day = value.substr(0, 10);
          bool tail_ok = value.size() == 10 || (value.size() > 10 && (value[10] == 'T' || value[10] == ' '));
          if (!IsIsoDateShape(day) || !tail_ok) {
            return ErrorAt(src, value_at, "front matter date must be YYYY-MM-DD, got '" +
                                              std::string(value) + "'");
          }
          if (!IsIsoCalendarDate(day)) {
            return ErrorAt(src, value_at, "front matter date " + std::string(day) + " is not a calendar date");
          }
          doc.date = std::string(day);
          doc.date_span = {at, at + static_cast<uint32_t>(line.size())};
        }
        pos = eol + 1;
      }
    }
    doc.hidden.insert(doc.hidden.end(), scan.hidden.begin(), scan.hidden.end());
    doc.breaks = std::move(scan.breaks);
    doc.directives = std::move(scan.directives);
  } else {
    ScanPlainDirectives(text, &doc);
  }
  // Sorted and disjoint: a directive line may hold a directive comment, front matter may hold
  // what looks like markup.
  std::sort(doc.hidden.begin(), doc.hidden.end());
  std::vector<Span> merged;
  for (const Span& h : doc.hidden) {
    if (!merged.empty() && h.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, h.end);
    } else {
      merged.push_back(h);
    }
  }
  doc.hidden = std::move(merged);
  return doc;
}

}  // namespace claimcheck::ingest
