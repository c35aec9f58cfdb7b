// Plain-text tables and price lists in wire copy: agate, grain tables, commodity price lists,
// earnings rows. Prose checks skip them (their cells are not sentences: "Apr  315.00/317.00" holds
// no date, "nil  nil" no repeated word).
//
// One pass over the lines. A line is a row when it holds number cells with little prose:
//  - cells separated by runs of two or more spaces (not the two spaces some typists put after a
//    full stop), a short label first, at least one cell of numbers or placeholders (nil, unch,
//    even, under, ---) and at most one lower-case word that is not a table word; or
//  - single-spaced, at least two numbers making up a third of its tokens, and at most one
//    lower-case word that is not a table word ("Apr/May 385.00 May/Jun 390.00",
//    "Shr 1.20 dlrs vs 1.10 dlrs").
// A line is a header when its cells are short words, it is all capitals ("OFFICIAL VOLUME"), or it
// holds only table words and numbers ("cts per lb"). A table is a run of rows and headers between
// blank lines or prose, holding two rows or one row of two or more column-separated values.
#ifndef CLAIMCHECK_SEGMENT_TABLES_H_
#define CLAIMCHECK_SEGMENT_TABLES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck::segment {

class TableFinder {
 public:
  // `table_words`: lower-case words that belong in tables and headers (units, placeholders,
  // column words: "dlrs", "nil", "vs", "per"). Matching ignores case.
  explicit TableFinder(const std::vector<std::string>& table_words);
  TableFinder() = default;

  // The tables in `text`, each from the start of its first line to the end of its last, in text
  // order and disjoint.
  std::vector<Span> Find(std::string_view text) const;

  // kColumnRow: a row with two or more value cells between cell gaps, which makes a table on its
  // own; a kRow needs another row beside it.
  enum class Line { kProse, kHeader, kRow, kColumnRow };
  // What one line (without its line break) looks like.
  Line Classify(std::string_view line) const;

 private:
  bool TableWord(std::string_view token) const;
  std::vector<std::string> words_;  // sorted, lower case
  // Bit n of first_[c] is set when a table word of n bytes starts with byte c (lower case): most
  // tokens of prose are turned down by this before any lower-casing or search.
  std::array<uint32_t, 256> first_{};
};

}  // namespace claimcheck::segment

#endif  // CLAIMCHECK_SEGMENT_TABLES_H_
