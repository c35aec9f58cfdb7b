#include "ingest/document.h"

#include <catch2/catch.hpp>

#include "ingest/reader.h"

namespace claimcheck::ingest {
namespace {

std::string Hidden(const Document& d) {
  std::string out;
  for (const auto& s : d.hidden) out += "[" + std::string(d.source.Slice(s)) + "]";
  return out;
}

TEST_CASE("Markdown: front matter date, markup hidden, directives collected", "[ingest]") {
  const std::string md =
      "---\ntitle: x\ndate: 2015-09-13\n---\n# Heading\n\nSome **bold** text with a [link](http://x.org) and `code`.\n"
      "<!-- claimcheck-ignore-next-line: typo.repeated-word -->\nthe the\n```\ncode block\n```\n";
  auto d = LoadDocument("story.md", md);
  REQUIRE(d.ok());
  CHECK(d.value().format == Format::kMarkdown);
  REQUIRE(d.value().date);
  CHECK(*d.value().date == "2015-09-13");
  CHECK(Hidden(d.value()) ==
        "[---\ntitle: x\ndate: 2015-09-13\n---][#][**][**][[][](http://x.org)][`code`]"
        "[<!-- claimcheck-ignore-next-line: typo.repeated-word -->][```][code block][```]");
  REQUIRE(d.value().directives.size() == 1);
  CHECK(d.value().directives[0].text == "claimcheck-ignore-next-line: typo.repeated-word");
}

TEST_CASE("Plain text: a directive is a line of its own", "[ingest]") {
  auto d = LoadDocument("story.txt", "First.\n  claimcheck-disable: date.*\nSecond claimcheck-x is prose.\n");
  REQUIRE(d.ok());
  REQUIRE(d.value().directives.size() == 1);
  CHECK(d.value().directives[0].text == "claimcheck-disable: date.*");
  CHECK(Hidden(d.value()) == "[  claimcheck-disable: date.*]");
}

// Found by fuzz_ingest (fuzz/corpus/ingest keeps the input): a directive line that also holds a
// directive comment gave two overlapping hidden spans, which the text stage assumes never happens.
TEST_CASE("Fuzz regression: a directive line holding a directive comment hides one span", "[ingest][fuzz]") {
  auto d = LoadDocument("in.txt", "claimcheck-<!--claimcheck-");
  REQUIRE(d.ok());
  CHECK(Hidden(d.value()) == "[claimcheck-<!--claimcheck-]");
  CHECK(d.value().directives.size() == 2);
  auto md = LoadDocument("in.md", "---\ntitle: x\n---\n<!-- claimcheck-x -->\nclaimcheck-<!--claimcheck-\n");
  REQUIRE(md.ok());
  for (size_t i = 1; i < md.value().hidden.size(); ++i) CHECK(md.value().hidden[i - 1].end <= md.value().hidden[i].begin);
}

TEST_CASE("Input errors name the file, line, column and byte", "[ingest]") {
  struct Case {
    std::string bytes;
    std::string message;
    int line, column;
  };
  const Case cases[] = {
      {"ok\nab\xFF", "invalid UTF-8: byte 0xFF never occurs in UTF-8", 2, 3},
      {"\xED\xA0\x80", "invalid UTF-8: byte 0xED starts an encoded UTF-16 surrogate (U+D800), which UTF-8 does not allow", 1, 1},
      {"\xF4\x90\x80\x80", "invalid UTF-8: bytes 0xF4 0x90 0x80 0x80 encode U+110000", 1, 1},  // above U+10FFFF
      {"ok\n\xE2\x80", "truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes, but the file ends after 1", 2, 1},
      {"x \xE2\x80y", "truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes, but has only 1, then byte 0x79", 1, 3},
      {"\xE2\x80\x9C\xC0\xAF", "invalid UTF-8: overlong encoding: bytes 0xC0 0xAF encode U+002F", 1, 2},
      {"\xEF\xBB\xBF" "ab\xFF", "invalid UTF-8: byte 0xFF", 1, 3},  // a byte-order mark is not a column
      {std::string("a\0b", 3), "binary file: NUL byte", 1, 2},
  };
  for (const auto& c : cases) {
    auto d = LoadDocument("in.txt", c.bytes);
    REQUIRE_FALSE(d.ok());
    CHECK(d.status().message().find(c.message) != std::string::npos);
    CHECK(d.status().where().line == c.line);
    CHECK(d.status().where().column == c.column);
  }
}

TEST_CASE("Front matter errors: not YAML, not YYYY-MM-DD, not a calendar date", "[ingest]") {
  struct Case {
    std::string md;
    std::string message;  // "" = loads
    int line, column;
  };
  const Case cases[] = {
      {"---\ndate: 2015-02-30\n---\nText.\n", "front matter date 2015-02-30 is not a calendar date", 2, 7},
      {"---\ndate: 2015-13-45\n---\n", "front matter date 2015-13-45 is not a calendar date", 2, 7},
      {"---\ntitle: x\ndate: \"2015-02-29\"\n---\n", "front matter date 2015-02-29 is not a calendar date", 3, 8},
      {"---\ndate: next week\n---\n", "front matter date must be YYYY-MM-DD, got 'next week'", 2, 7},
      // Fuzz regression (fuzz_ingest): a value shorter than a date read past its end.
      {"---\ndate: \"1\n---\n#", "front matter date must be YYYY-MM-DD, got ''", 2, 8},
      {"---\ndate: 2015\n---\n", "front matter date must be YYYY-MM-DD, got '2015'", 2, 7},
      {"---\ntitle: [unclosed\n---\nText.\n", "front matter is not valid YAML: ", 3, 1},
      {"---\ntitle: a\n  b: c\n---\n", "front matter is not valid YAML: ", 3, 4},
      {"\xEF\xBB\xBF---\ndate: 2015-02-30\n---\n", "front matter date 2015-02-30 is not a calendar date", 2, 7},
      {"---\ndate: 2016-02-29\ntags: [a, b]\n---\nText.\n", "", 0, 0},
      {"---\n---\nText.\n", "", 0, 0},
  };
  for (const auto& c : cases) {
    INFO(c.md);
    auto d = LoadDocument("fm.md", c.md);
    if (c.message.empty()) {
      CHECK(d.ok());
      continue;
    }
    REQUIRE_FALSE(d.ok());
    CHECK_THAT(d.status().message(), Catch::StartsWith(c.message));
    CHECK(d.status().where().line == c.line);
    CHECK(d.status().where().column == c.column);
  }
}

TEST_CASE("File extensions compare without case", "[ingest]") {
  CHECK(IsDocumentName("STORY.TXT"));
  CHECK(IsDocumentName("notes/Draft.Md"));
  CHECK_FALSE(IsDocumentName("CMakeLists.cmake"));
  CHECK(FormatForPath("STORY.MD") == Format::kMarkdown);
  CHECK(FormatForPath("story.Markdown") == Format::kMarkdown);
  CHECK(FormatForPath("STORY.TXT") == Format::kText);
}

TEST_CASE("MemoryReader expands directories to their documents, sorted", "[ingest]") {
  MemoryReader r;
  r.Add("d/b.txt", "b");
  r.Add("d/a.md", "a");
  r.Add("d/skip.png", "x");
  auto e = r.Expand({"d"});
  REQUIRE(e.ok());
  CHECK(e.value() == std::vector<std::string>{"d/a.md", "d/b.txt"});
  CHECK_FALSE(r.Expand({"nope"}).ok());
  CHECK(r.Read("d/b.txt").value() == "b");
}

}  // namespace
}  // namespace claimcheck::ingest
