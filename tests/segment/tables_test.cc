#include "segment/tables.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"

namespace claimcheck::segment {
namespace {

// The table finder as claimcheck builds it, with the built-in pack's table words.
TableFinder MakeFinder() {
  auto loaded = rules::LoadRules(true, {});
  REQUIRE(loaded.errors.empty());
  const auto* words = loaded.rules.Lexicon("segment.table_words");
  REQUIRE(words);
  return TableFinder(*words);
}

TEST_CASE("Table lines are told from prose lines", "[segment][tables]") {
  using L = TableFinder::Line;
  const TableFinder finder = MakeFinder();
  const struct {
    const char* line;
    L kind;
  } cases[] = {
      {"    Apr  315.00/317.00", L::kRow},
      {"    Sep      0", L::kRow},
      {"    May/Jul  1-1/4  under  1-1/2  under", L::kColumnRow},
      {" SUNFLOWERSEED        nil        nil     19,100", L::kColumnRow},
      {"    Apr/May 385.00 May/Jun 390.00 Jun/Jul 395.00", L::kRow},
      {"    Shr 1.20 dlrs vs 1.10 dlrs", L::kRow},
      {"    OFFICIAL VOLUME", L::kHeader},
      {"    cts per lb", L::kHeader},
      {"         Natl   Loan           Release   Call", L::kHeader},
      // Prose, even with numbers or a double space.
      {"    Shr profit profit 2.63 dlrs vs profit five cts", L::kProse},
      {"rose 12.5 pct to 315.00 dlrs from 298.5 in 1986, the", L::kProse},
      {"    His comments were seen as possibly indicating what the  the", L::kProse},
      {"January 19, 1984.  X-1986 rates. Y-dlrs per CWT (100 lbs).", L::kProse},
      {"total 2,600,000  tonnes, it said.", L::kProse},
      {"", L::kProse},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    CHECK(finder.Classify(c.line) == c.kind);
  }
}

TEST_CASE("A table is a run of two rows, or one row of several columns, between prose", "[segment][tables]") {
  const TableFinder finder = MakeFinder();
  const std::string text =
      "LONDON, March 4 - Prices were as follows.\n"  // 0..42
      "    Apr  315.00/317.00\n"
      "    May  318.00/320.00\n"
      "The market was quiet.\n"
      "Sales rose 1.20 dlrs vs 1.10 dlrs.\n"  // a lone single-spaced row is not a table
      "\n"
      " WHEAT      nil      nil     19,100\n";
  const auto tables = finder.Find(text);
  REQUIRE(tables.size() == 2);
  CHECK(text.substr(tables[0].begin, tables[0].size()) == "    Apr  315.00/317.00\n    May  318.00/320.00");
  CHECK(text.substr(tables[1].begin, tables[1].size()) == " WHEAT      nil      nil     19,100");
}

}  // namespace
}  // namespace claimcheck::segment
