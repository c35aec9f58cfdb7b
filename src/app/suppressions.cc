#include "app/suppressions.h"

#include <algorithm>
#include <map>

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

}  // namespace

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
