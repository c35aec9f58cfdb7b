// Markdown syntax is not prose: what the scanner hides, where it cuts paragraphs, and what the
// checks then see end to end.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "ingest/document.h"
#include "tests/support/golden.h"

namespace claimcheck::ingest {
namespace {

namespace fs = std::filesystem;

std::string Hidden(std::string_view text, const std::vector<Span>& hidden) {
  std::string out;
  for (const auto& s : hidden) out += "[" + std::string(text.substr(s.begin, s.size())) + "]";
  return out;
}

TEST_CASE("Markdown: code, tables, URLs, e-mail and footnote labels are hidden", "[ingest]") {
  struct Case {
    std::string name, md, hidden;
  };
  const Case cases[] = {
      {"indented code after a blank line", "Text.\n\n    the the code\n    more\n\n    again\nAfter.\n",
       "[    the the code][    more][    again]"},
      {"a tab indents code", "Intro.\n\n\tcode here\n", "[\tcode here]"},
      {"code after a heading", "# Title\n    code\n", "[#][    code]"},
      {"an indented line continues a paragraph", "Text runs\n    on here.\n", ""},
      {"a list item's paragraph is not code", "- item\n\n    more of the item\n", "[-]"},
      {"deeper in a list item is code", "- item\n\n      code\n", "[-][      code]"},
      {"a less indented line after a list ends it", "- item\n\ntext\n\n    code\n", "[-][    code]"},
      {"table: pipes and delimiter row", "| a the | the b |\n| --- | :-: |\n| c | d |\n",
       "[|][|][|][| --- | :-: |][|][|][|]"},
      {"table without outer pipes", "a | b\n---|---\nc | d\n", "[|][---|---][|]"},
      {"table: an escaped pipe is cell text", "| a \\| b | c |\n|---|---|\n", "[|][\\][|][|][|---|---|]"},
      {"no delimiter row: not a table", "a | b\nc | d\n", "[|][|]"},
      {"bare URLs", "See https://example.com/a_b?x=1. Or www.example.org, then HTTP://X.ORG/p\n",
       "[https://example.com/a_b?x=1][www.example.org][HTTP://X.ORG/p]"},
      {"a URL keeps balanced parentheses", "(see https://en.wikipedia.org/wiki/Foo_(bar)) then",
       "[https://en.wikipedia.org/wiki/Foo_(bar)]"},
      {"e-mail addresses", "Write to j.smith+news@example.co.uk. Or @handle and a@b\n", "[j.smith+news@example.co.uk]"},
      {"words that only look like URLs", "the whatever.com and thewww.x and http:// alone\n", ""},
      {"footnote: label and reference hidden, text kept", "Claim.[^1]\n\n[^1]: The the footnote.\n",
       "[[^1]][[^1]:]"},
      {"footnote continuation paragraph is not code", "[^n]: Note.\n\n    More note.\n", "[[^n]:]"},
      {"link definition", "[ref]: http://x.org\n", "[[ref]: http://x.org]"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    MarkdownScan scan = ScanMarkdown(c.md);
    CHECK(Hidden(c.md, scan.hidden) == c.hidden);
  }
}

TEST_CASE("Markdown: table rows and cells end paragraphs", "[ingest]") {
  const std::string md = "Intro.\n| a | b |\n|---|---|\nc | d\nAfter.\n";
  MarkdownScan scan = ScanMarkdown(md);
  // Row starts (7, 27), the pipes (7, 11, 15; 29), and the line after the table (33).
  CHECK(scan.breaks == std::vector<uint32_t>{7, 11, 15, 27, 29, 33});
  CHECK(ScanMarkdown("a | b\nc | d\n").breaks.empty());
}

TEST_CASE("Markdown front matter after a byte-order mark is still front matter", "[ingest]") {
  auto d = LoadDocument("bom.md", "\xEF\xBB\xBF---\ndate: 2015-09-13\n---\nText.\n");
  REQUIRE(d.ok());
  REQUIRE(d.value().date);
  CHECK(*d.value().date == "2015-09-13");
}

// Files written for the command line, removed at the end.
class Scratch {
 public:
  Scratch() : dir_(fs::temp_directory_path() / ("claimcheck-md-test-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  fs::path dir_;
};

TEST_CASE("Markdown syntax is never checked as prose (end to end)", "[ingest]") {
  struct Case {
    std::string name, md;
    std::string finding;  // a piece of the text report, "" = no finding
  };
  const std::vector<Case> cases = {
      {"indented code", "Intro.\n\n    if the the x\n", ""},
      {"words in two cells", "| col the | the col |\n|---|---|\n| x | y |\n", ""},
      {"words in two rows", "| a | x the |\n|---|---|\n| the b | c |\n", ""},
      {"a repeat inside one cell is still found", "| a | the the b |\n|---|---|\n", ":1:7: warning: repeated word \"the\""},
      {"a URL is not a word", "Read http://example.com/the the report.\n", ""},
      {"footnote text is prose", "Claim.[^1]\n\n[^1]: The the footnote.\n", ":3:7: warning: repeated word \"the\""},
  };
  Scratch s;
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.name) {
      auto r = testing::RunCli({"check", "--color", "never", s.Write("t.md", c.md)});
      INFO(r.out << r.err);
      CHECK(r.err.empty());
      if (c.finding.empty()) {
        CHECK(r.out.find("no findings") != std::string::npos);
      } else {
        CHECK(r.out.find(c.finding) != std::string::npos);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck::ingest
