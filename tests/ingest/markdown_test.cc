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
       "[the the code][more][again]"},
      {"a tab indents code", "Intro.\n\n\tcode here\n", "[code here]"},
      {"code after a heading", "# Title\n    code\n", "[#][code]"},
      {"an indented line continues a paragraph", "Text runs\n    on here.\n", ""},
      {"a list item's paragraph is not code", "- item\n\n    more of the item\n", "[-]"},
      {"deeper in a list item is code", "- item\n\n      code\n", "[-][code]"},
      {"a less indented line after a list ends it", "- item\n\ntext\n\n    code\n", "[-][code]"},
      {"table: pipes and delimiter row", "| a the | the b |\n| --- | :-: |\n| c | d |\n",
       "[|][|][|][| --- | :-: |][|][|][|]"},
      {"table without outer pipes", "a | b\n---|---\nc | d\n", "[|][---|---][|]"},
      {"table: an escaped pipe is cell text", "| a \\| b | c |\n|---|---|\n", "[|][\\][|][|][|---|---|]"},
      {"no delimiter row: not a table, and a pipe in prose is punctuation", "a | b\nc | d\n", ""},
      {"bare URLs", "See https://example.com/a_b?x=1. Or www.example.org, then ftp://x.org/p\n",
       "[https://example.com/a_b?x=1][www.example.org][ftp://x.org/p]"},
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

// CommonMark's and GFM's harder corners, as md4c parses them: code and HTML are never prose, the
// text of paragraphs always is.
TEST_CASE("Markdown: CommonMark edge cases keep code and HTML out of the prose", "[ingest]") {
  struct Case {
    std::string name, md, hidden;
  };
  const Case cases[] = {
      {"lazy continuation line of a quote is prose", "> quote the\nthe lazy line\n", "[>]"},
      {"an HTML block hides its lines up to the blank line", "<div>\nthe the\n</div>\n\nText.\n", "[<div>][the the][</div>]"},
      {"a link reference definition (title too) is not prose", "[ref]: http://x.org \"the the\"\n\nSee [it][ref].\n",
       "[[ref]: http://x.org \"the the\"][[][][ref]]"},
      {"nested lists holding code", "- a\n  - b\n\n        code the the\n", "[-][-][code the the]"},
      {"setext heading underline", "Title the\n=========\n\nText\n", "[=========]"},
      {"GFM table: an escaped pipe stays in its cell", "| a \\| b | c |\n|---|---|\n", "[|][\\][|][|][|---|---|]"},
      {"inline HTML, images, autolinks; entities are prose",
       "Text <span class=\"x\">the</span> &amp; ![the alt](i.png) <http://a.b/c> <x@y.org>\n",
       "[<span class=\"x\">][</span>][![the alt](i.png)][<http://a.b/c>][<x@y.org>]"},
      {"task lists and strikethrough", "- [ ] task the\n- [x] done ~~struck~~\n", "[- [ ]][- [x]][~~][~~]"},
      {"a fence inside a list item", "1. item\n\n   ```\n   the the\n   ```\n", "[1.][```][the the][```]"},
      {"an unclosed fence runs to the end", "Text.\n\n```\nthe the\n", "[```][the the]"},
      {"a table needs a blank line before it (md4c)", "Intro.\n| a |\n|---|\n", ""},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(Hidden(c.md, ScanMarkdown(c.md).hidden) == c.hidden);
  }
}

TEST_CASE("Markdown: directives only in HTML comments and the [//]: # idiom, never in code", "[ingest]") {
  const std::string md =
      "[//]: # (claimcheck-disable: typo.repeated-word)\n\n```\n[//]: # (claimcheck-disable: x)\n"
      "<!-- claimcheck-y -->\n```\n<!--\nclaimcheck-ignore: z\n-->\nText <!-- claimcheck-ignore-next-line: a --> more\n"
      "\n    <!-- claimcheck-in-code -->\n";
  MarkdownScan scan = ScanMarkdown(md);
  std::string got;
  for (const auto& d : scan.directives) got += "{" + d.text + "}" + std::string(md.substr(d.span.begin, 4));
  CHECK(got == "{claimcheck-disable: typo.repeated-word}[//]{claimcheck-ignore: z}<!--{claimcheck-ignore-next-line: a}<!--");
}

TEST_CASE("Markdown: table rows and cells end paragraphs", "[ingest]") {
  const std::string md = "Intro.\n\n| a | b |\n|---|---|\nc | d\nAfter.\n";
  MarkdownScan scan = ScanMarkdown(md);
  // The text of each cell (10, 14; 28, 32), and "After.", which GFM reads as one more row (34).
  CHECK(scan.breaks == std::vector<uint32_t>{10, 14, 28, 32, 34});
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
