// The editor's report (`claimcheck report`): golden pages for the seed and for a story full of
// markup, and what must hold of any page: self-contained, input escaped, conflicts side by side.
#include <cstdio>
#include <fstream>
#include <regex>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck::testing {
namespace {

CliResult Report(const std::string& file) { return RunCli({"report", "--no-config", file}); }

TEST_CASE("The seed's report: golden page", "[report][html][golden]") {
  auto r = Report("fixtures/eurasianet-tajikistan-general.txt");
  REQUIRE(r.exit_code == 0);  // a report never fails on findings
  CHECK(CompareGolden("fixtures/report/seed.html.expected", r.out) == "");
}

TEST_CASE("The seed's report shows the conflict side by side, the timeline and every finding", "[report][html]") {
  auto r = Report("fixtures/eurasianet-tajikistan-general.txt");
  const std::string& html = r.out;
  // The two sides of the conflict, each with its excerpt marked.
  CHECK(html.find("<h4>The other claim \u00b7 fixtures/eurasianet-tajikistan-general.txt:9:65</h4>") != std::string::npos);
  CHECK(html.find("<mark class=\"related\">Nazarzoda was killed</mark>") != std::string::npos);
  CHECK(html.find("<mark class=\"info\">Nazarzoda was still alive</mark>") != std::string::npos);
  // The timeline: the Asia Plus report with its chain, Kahharov's announcement.
  CHECK(html.find("a source in the security services \u2192 Asia Plus") != std::string::npos);
  CHECK(html.find("<td>13 Sep 2015</td><td>Abdulrakhim Kahharov</td>") != std::string::npos);
  // Every finding is linked from the table to its anchor in the story.
  for (const char* id : {"f0", "f1", "f2", "f3"}) {
    CHECK(html.find(std::string("href=\"#") + id + "\"") != std::string::npos);
    CHECK(html.find(std::string("<span id=\"") + id + "\"></span>") != std::string::npos);
  }
  CHECK(html.find("<span class=\"fix\">Khovar wrote</span>") != std::string::npos);
}

TEST_CASE("Everything from the input is escaped and the page loads nothing from elsewhere", "[report][html]") {
  auto r = Report("fixtures/report/escaping.txt");
  REQUIRE(r.exit_code == 0);
  CHECK(CompareGolden("fixtures/report/escaping.html.expected", r.out) == "");
  const std::string& html = r.out;
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("tag &amp; its &#39;quotes&#39;") != std::string::npos);
  // Self-contained: no external stylesheet, script, image or font.
  CHECK_FALSE(std::regex_search(html, std::regex(R"re((src|href)="(https?:)?//[^"]*\.(css|js|png|svg|woff2?)")re")));
  CHECK(html.find("<link") == std::string::npos);
}

TEST_CASE("The Markdown report: golden for the seed and for markup-like text, nothing raw gets through", "[report][html][golden]") {
  auto seed = RunCli({"report", "--no-config", "--format", "markdown", "fixtures/eurasianet-tajikistan-general.txt"});
  REQUIRE(seed.exit_code == 0);
  CHECK(CompareGolden("fixtures/report/seed.md.expected", seed.out) == "");
  CHECK(seed.out.find("> A source in the security services told newspaper Asia Plus that **Nazarzoda was killed**") !=
        std::string::npos);
  auto esc = RunCli({"report", "--no-config", "--format", "markdown", "fixtures/report/escaping.txt"});
  REQUIRE(esc.exit_code == 0);
  CHECK(CompareGolden("fixtures/report/escaping.md.expected", esc.out) == "");
  CHECK(esc.out.find("<script") == std::string::npos);
  CHECK(esc.out.find("&lt;script&gt;") != std::string::npos);
  CHECK(esc.out.find("<b>") == std::string::npos);
  auto bad = RunCli({"report", "--format", "sarif", "fixtures/eurasianet-tajikistan-general.txt"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("report --format must be html or markdown") != std::string::npos);
}

TEST_CASE("A report against an archive whose story file is gone: the other side is named, its text noted missing",
          "[report][html]") {
  const std::string archive = SourcePath("build-test-report-archive.jsonl");
  auto e = RunCli({"extract", "fixtures/stories/attack-ministry.txt", "-o", archive});
  REQUIRE(e.exit_code == 0);
  // The archive names a story that is no longer on disk.
  std::string jsonl = ReadFileOrEmpty(archive);
  for (size_t p; (p = jsonl.find("fixtures/stories/attack-ministry.txt")) != std::string::npos;) {
    jsonl.replace(p, std::string("fixtures/stories/attack-ministry.txt").size(), "gone/attack-ministry.txt");
  }
  {
    std::ofstream out(archive, std::ios::binary);
    out << jsonl;
  }
  // --against takes one value: the story after it is an input, not a second archive.
  auto html = RunCli({"report", "--no-config", "--against", archive, "fixtures/stories/attack-hospital.txt"});
  auto md = RunCli({"report", "--no-config", "--format", "markdown", "--against", archive,
                    "fixtures/stories/attack-hospital.txt"});
  std::remove(archive.c_str());
  REQUIRE(html.exit_code == 0);
  CHECK(html.out.find("<h4>The other claim \u00b7 gone/attack-ministry.txt") != std::string::npos);
  CHECK(html.out.find("(the text of this story is not available)") != std::string::npos);
  REQUIRE(md.exit_code == 0);
  CHECK(md.out.find("The other claim, gone/attack-ministry.txt") != std::string::npos);
  CHECK(md.out.find("*(the text of this story is not available)*") != std::string::npos);
}

TEST_CASE("A report with bad input is an error, not a page", "[report][html]") {
  auto r = Report("fixtures/report/no-such-story.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no-such-story.txt") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck::testing
