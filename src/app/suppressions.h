// Suppression directives written in the input (collected by ingest as Document::directives):
//   claimcheck-ignore-next-line: ID[, ID]   findings that start on the next non-blank line
//   claimcheck-ignore-line: ID[, ID]        findings that start on the directive's own line(s)
//   claimcheck-ignore: ID[, ID]             the same (the short form DESIGN.md uses)
//   claimcheck-disable: ID[, ID]            findings from here to the matching
//   claimcheck-enable: ID[, ID]             enable (or the end of the document)
// Ingest finds them in plain-text lines, in HTML comments (any input, also over several lines)
// and in Markdown's "[//]: # (claimcheck-...)" lines, outside code.
// An ID is a check id, a group glob ("date.*") or "all". Unknown directives, unknown ids and an
// enable without its disable are errors with the directive's location. Not thread-safe.
#ifndef CLAIMCHECK_APP_SUPPRESSIONS_H_
#define CLAIMCHECK_APP_SUPPRESSIONS_H_

#include <string>
#include <vector>

#include "base/finding.h"
#include "base/status.h"
#include "ingest/document.h"

namespace claimcheck::app {


class Suppressions {
 public:
  // Parses the directives of document `doc_index`; problems are appended to `errors`.
  void Add(const ingest::Document& doc, int doc_index, const std::vector<std::string>& check_ids,
           std::vector<Status>* errors);

  // True (and the matching entries are marked used) when a directive covers `f`.
  bool Suppress(const Finding& f);

  struct Entry {
    int doc = 0;
    Span directive;  // the directive's bytes
    Span region;     // findings starting in [begin, end) are covered
    std::string pattern;
    bool used = false;
  };
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
  std::vector<std::vector<size_t>> by_doc_;  // doc index -> its entries
};

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_SUPPRESSIONS_H_
