#include "base/source_text.h"

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

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

TEST_CASE("SourceText: a byte-order mark is not a column and not part of line 1", "[base]") {
  SourceText src("bom.txt", "\xEF\xBB\xBFthe the\nx");
  struct Case {
    uint32_t offset;
    int line, column;
  };
  const Case cases[] = {{0, 1, 1}, {2, 1, 1}, {3, 1, 1}, {7, 1, 5}, {10, 1, 8}, {11, 2, 1}};
  for (const auto& c : cases) {
    INFO("offset " << c.offset);
    CHECK(src.Position(c.offset).line == c.line);
    CHECK(src.Position(c.offset).column == c.column);
    CHECK(src.Position(c.offset).utf16_column == c.column);
  }
  CHECK(src.LineText(1) == "the the");
  CHECK(src.LineStart(1) == 3);
  CHECK(src.LineStart(2) == 11);
  CHECK(src.bom_size() == 3);
  CHECK(SourceText("a.txt", "x\xEF\xBB\xBF").Position(1).column == 2);  // only at the start
}

TEST_CASE("A byte-order mark is not a column and is not echoed - offsets keep it", "[base]") {
  const std::string path = (fs::temp_directory_path() / ("claimcheck-bom-" + std::to_string(::getpid()) + ".txt")).string();
  std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBFthe the talks\n";
  auto text = testing::RunCli({"check", "--color", "never", path});
  CHECK(text.out.find(".txt:1:1: warning: repeated word \"the\"") != std::string::npos);
  CHECK(text.out.find(" 1 | the the talks\n") != std::string::npos);
  CHECK(text.out.find("\xEF\xBB\xBF") == std::string::npos);
  auto json = testing::RunCli({"check", "--format", "json", path});
  CHECK(json.out.find("\"column\": 1") != std::string::npos);
  CHECK(json.out.find("\"start\": 3") != std::string::npos);
  CHECK(json.out.find("\"end\": 10") != std::string::npos);
  auto rd = testing::RunCli({"check", "--format", "rdjsonl", path});
  CHECK(rd.out.find("\"start\":{\"line\":1,\"column\":1}") != std::string::npos);
  fs::remove(path);
}

}  // namespace
}  // namespace claimcheck
