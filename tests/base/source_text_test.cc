#include "base/source_text.h"

#include <catch2/catch.hpp>

namespace claimcheck {
namespace {

TEST_CASE("SourceText maps byte offsets to 1-based line and code-point column", "[base]") {
  // "é" is two bytes, "“" three, "𝄞" four (two UTF-16 units).
  SourceText src("a.txt", "ab\n\xC3\xA9x\n\xE2\x80\x9C" "q\n\xF0\x9D\x84\x9Ez");
  struct Case {
    uint32_t offset;
    int line, column, utf16;
  };
  const Case cases[] = {
      {0, 1, 1, 1}, {1, 1, 2, 2}, {2, 1, 3, 3},  // the '\n' itself is on line 1
      {3, 2, 1, 1}, {5, 2, 2, 2},                // after the two-byte é
      {7, 3, 1, 1}, {10, 3, 2, 2},               // after the curly quote
      {12, 4, 1, 1}, {16, 4, 2, 3},              // after the astral character
  };
  for (const auto& c : cases) {
    INFO("offset " << c.offset);
    LineCol p = src.Position(c.offset);
    CHECK(p.line == c.line);
    CHECK(p.column == c.column);
    CHECK(p.utf16_column == c.utf16);
  }
  CHECK(src.LineText(2) == "\xC3\xA9x");
  CHECK(src.LineCount() == 4);
}

TEST_CASE("SourceText strips CR from line text and clamps offsets past the end", "[base]") {
  SourceText src("a.txt", "one\r\ntwo");
  CHECK(src.LineText(1) == "one");
  CHECK(src.Position(100).line == 2);
  CHECK(src.Position(100).column == 4);
}

}  // namespace
}  // namespace claimcheck
