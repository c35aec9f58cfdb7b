#include "app/suppressions.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "app/config.h"
#include "base/edit_distance.h"

namespace claimcheck::app {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

const std::vector<std::string> kDirectives = {"claimcheck-ignore-next-line", "claimcheck-ignore-line",
                                              "claimcheck-ignore", "claimcheck-disable", "claimcheck-enable"};

// Adds directive `d`, replacing directives ingest found inside it (a "claimcheck-" line inside a
// multi-line comment), and hides its bytes.
void AddDirective(ingest::Document* doc, ingest::Directive d) {
  auto& ds = doc->directives;
  ds.erase(std::remove_if(ds.begin(), ds.end(),
                          [&](const ingest::Directive& o) { return o.span.begin >= d.span.begin && o.span.end <= d.span.end; }),
           ds.end());
  doc->hidden.push_back(d.span);
  ds.push_back(std::move(d));
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

}  // namespace

void AddCommentDirectives(ingest::Document* doc) {
  const std::string_view text = doc->source.bytes();
  bool added = false;
  if (doc->format == ingest::Format::kText) {
    for (size_t pos = text.find("<!--"); pos != std::string_view::npos; pos = text.find("<!--", pos)) {
      size_t close = text.find("-->", pos + 4);
      size_t end = close == std::string_view::npos ? text.size() : close + 3;
      std::string_view body = text.substr(pos + 4, (close == std::string_view::npos ? text.size() : close) - pos - 4);
      while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
      while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
      if (body.starts_with("claimcheck-")) {
        AddDirective(doc, {{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}, std::string(body)});
        added = true;
      }
      pos = end;
    }
  } else {
    std::string fence;  // the open code fence ("```", "~~~~"), or ""
    for (size_t pos = 0; pos < text.size();) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      std::string_view line = text.substr(pos, eol - pos);
      const size_t indent = std::min(line.find_first_not_of(' '), line.size());
      std::string_view marker = Trim(line);
      if (indent <= 3 && (marker.starts_with("```") || marker.starts_with("~~~"))) {
        size_t run = marker.find_first_not_of(marker[0]);
        std::string_view ticks = marker.substr(0, run);
        if (fence.empty()) {
          fence = std::string(ticks);
        } else if (ticks.size() >= fence.size() && ticks[0] == fence[0] && run == std::string_view::npos) {
          fence.clear();
        }
      }
      auto title = indent <= 3 && fence.empty() ? LinkReferenceComment(line) : std::nullopt;
      if (title && title->starts_with("claimcheck-")) {
        size_t end = pos + line.size();
        while (end > pos && (text[end - 1] == '\r')) --end;
        AddDirective(doc, {{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}, std::string(*title)});
        added = true;
      }
      pos = eol + 1;
    }
  }
  if (!added) return;
  std::sort(doc->directives.begin(), doc->directives.end(),
            [](const ingest::Directive& a, const ingest::Directive& b) { return a.span.begin < b.span.begin; });
  // Hidden ranges stay sorted and disjoint: overlapping ones merge.
  std::sort(doc->hidden.begin(), doc->hidden.end(),
            [](const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; });
  std::vector<Span> merged;
  for (const Span& h : doc->hidden) {
    if (!merged.empty() && h.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, h.end);
    } else {
      merged.push_back(h);
    }
  }
  doc->hidden = std::move(merged);
}

void Suppressions::Add(const ingest::Document& doc, int doc_index, const std::vector<std::string>& check_ids,
                       std::vector<Status>* errors) {
  const SourceText& src = doc.source;
  auto error = [&](const ingest::Directive& d, std::string message) {
    LineCol pos = src.Position(d.span.begin);
    errors->push_back(Status::Error(std::move(message), {src.path(), pos.line, pos.column},
                                    std::string(Trim(src.LineText(pos.line)))));
  };
  auto end_of_line = [&](int line) {
    return line < src.LineCount() ? src.LineStart(line + 1) : static_cast<uint32_t>(src.size());
  };
  std::map<std::string, size_t> open;  // disabled pattern -> its entry
  for (const auto& d : doc.directives) {
    std::string_view text = Trim(d.text);
    size_t colon = text.find(':');
    std::string name(Trim(text.substr(0, colon)));
    if (std::find(kDirectives.begin(), kDirectives.end(), name) == kDirectives.end()) {
      error(d, "unknown directive '" + name + "'" + DidYouMean(name, kDirectives));
      continue;
    }
    std::vector<std::string> ids;
    if (colon != std::string_view::npos) {
      std::string_view rest = text.substr(colon + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string id(Trim(rest.substr(0, comma)));
        if (!id.empty()) ids.push_back(id);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      }
    }
    if (ids.empty()) {
      error(d, name + ": expected ': ID[, ID]' (a check id, a group such as 'date.*', or 'all')");
      continue;
    }
    bool ok = true;
    for (const auto& id : ids) {
      bool known = std::any_of(check_ids.begin(), check_ids.end(),
                               [&](const std::string& c) { return MatchCheckPattern(id, c); });
      if (!known) {
        error(d, name + ": unknown check '" + id + "'" + DidYouMeanCheck(id, check_ids));
        ok = false;
      }
    }
    if (!ok) continue;

    int first = src.LineOf(d.span.begin);
    int last = src.LineOf(d.span.end > d.span.begin ? d.span.end - 1 : d.span.begin);
    if (name == "claimcheck-enable") {
      for (const auto& id : ids) {
        bool closed = false;
        for (auto it = open.begin(); it != open.end();) {
          if (id == "all" || it->first == id) {
            entries_[it->second].region.end = d.span.begin;
            it = open.erase(it);
            closed = true;
          } else {
            ++it;
          }
        }
        if (!closed) error(d, "claimcheck-enable: '" + id + "' was not disabled above");
      }
      continue;
    }
    Span region;
    if (name == "claimcheck-disable") {
      region = {d.span.end, static_cast<uint32_t>(src.size())};
    } else if (name == "claimcheck-ignore-line" || name == "claimcheck-ignore") {
      region = {src.LineStart(first), end_of_line(last)};
    } else {  // ignore-next-line: the next line that is not blank
      int line = last + 1;
      while (line <= src.LineCount() && Trim(src.LineText(line)).empty()) ++line;
      if (line > src.LineCount()) {
        region = {static_cast<uint32_t>(src.size()), static_cast<uint32_t>(src.size())};
      } else {
        region = {src.LineStart(line), end_of_line(line)};
      }
    }
    for (const auto& id : ids) {
      if (name == "claimcheck-disable") {
        if (open.count(id)) {
          error(d, "claimcheck-disable: '" + id + "' is already disabled");
          continue;
        }
        open[id] = entries_.size();
      }
      if (by_doc_.size() <= static_cast<size_t>(doc_index)) by_doc_.resize(static_cast<size_t>(doc_index) + 1);
      by_doc_[static_cast<size_t>(doc_index)].push_back(entries_.size());
      entries_.push_back({doc_index, d.span, region, id, false});
    }
  }
}

bool Suppressions::Suppress(const Finding& f) {
  bool hit = false;
  if (static_cast<size_t>(f.where.doc) >= by_doc_.size()) return false;
  for (size_t i : by_doc_[static_cast<size_t>(f.where.doc)]) {
    Entry& e = entries_[i];
    if (!MatchCheckPattern(e.pattern, f.check)) continue;
    if (f.where.span.begin >= e.region.begin && f.where.span.begin < e.region.end) {
      e.used = true;
      hit = true;
    }
  }
  return hit;
}

}  // namespace claimcheck::app
