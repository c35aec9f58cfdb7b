// Conflicts end to end, from story text through the extractor to findings: what issue 5 asks of
// the seed, of the seed with its order reversed, and of stories checked together.
#include <cstdio>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck::testing {
namespace {

// The check ids of the findings in JSON output, in order.
std::vector<std::string> Checks(const std::string& json) {
  std::vector<std::string> out;
  const std::string key = "\"check\": \"";
  for (size_t p = 0; (p = json.find(key, p)) != std::string::npos;) {
    p += key.size();
    out.push_back(json.substr(p, json.find('"', p) - p));
  }
  return out;
}

CliResult Check(std::vector<std::string> files) {
  std::vector<std::string> args = {"check", "--no-config", "--format", "json"};
  args.insert(args.end(), files.begin(), files.end());
  return RunCli(args);
}

TEST_CASE("The seed: one conflict, acknowledged, Kahharov against the Asia Plus report", "[stories][conflicts]") {
  auto r = Check({"fixtures/eurasianet-tajikistan-general.txt"});
  CHECK(Checks(r.out) == std::vector<std::string>{"conflict.life-status", "date.range-degenerate",
                                                  "typo.joined-words", "dup.paragraph"});
  CHECK(r.out.find("\"severity\": \"info\"") != std::string::npos);
  CHECK(r.out.find("(the story acknowledges the contradiction)") != std::string::npos);
  CHECK(r.out.find("Abdulrakhim Kahharov (secretary of the national security council) said on 13 Sep 2015") !=
        std::string::npos);
  CHECK(r.out.find("a source in the security services told Asia Plus that Abduhalim Nazarzoda was dead on 11 Sep 2015") !=
        std::string::npos);
}

TEST_CASE("The seed's two alive claims corroborate each other and are no finding", "[stories][conflicts]") {
  auto r = RunCli({"claims", "fixtures/eurasianet-tajikistan-general.txt"});
  // The authorities' claim (3:75) and Kahharov's (9:207).
  CHECK(r.out.find("source: Tajikistan's authorities\n            corroborated by 9:207") != std::string::npos);
  CHECK(r.out.find("source: Abdulrakhim Kahharov\n            corroborated by 3:75") != std::string::npos);
  auto c = Check({"fixtures/eurasianet-tajikistan-general.txt"});
  size_t conflicts = 0;
  for (const auto& id : Checks(c.out)) conflicts += id.rfind("conflict.", 0) == 0 ? 1 : 0;
  CHECK(conflicts == 1);
}

TEST_CASE("The seed in reverse order (alive on the 11th, killed on the 13th): no conflict", "[stories][conflicts]") {
  auto claims = RunCli({"claims", "fixtures/stories/seed-reversed.txt"});
  // The claims are there, in the order that is possible.
  CHECK(claims.out.find("life-status = alive  made 2015-09-11") != std::string::npos);
  CHECK(claims.out.find("life-status = dead  about 2015-09-13") != std::string::npos);
  auto r = Check({"fixtures/stories/seed-reversed.txt"});
  CHECK(Checks(r.out) == std::vector<std::string>{"date.range-degenerate", "typo.joined-words", "dup.paragraph"});
}

TEST_CASE("Two stories with tolls of 12 and 9 on one day conflict - a toll that rises a day later does not",
          "[stories][conflicts]") {
  // (The hospital's toll rests on unnamed "hospital officials": sourcing.anonymous-only, info.)
  auto r = Check({"fixtures/stories/attack-ministry.txt", "fixtures/stories/attack-hospital.txt"});
  CHECK(Checks(r.out) == std::vector<std::string>{"conflict.count", "sourcing.anonymous-only"});
  CHECK(r.exit_code == 1);
  // The finding is in one story, with the other story's claim as the related location.
  CHECK(r.out.find("fixtures/stories/attack-hospital.txt") != std::string::npos);
  CHECK(r.out.find("fixtures/stories/attack-ministry.txt") != std::string::npos);

  r = Check({"fixtures/stories/attack-hospital.txt", "fixtures/stories/attack-next-day.txt"});
  CHECK(Checks(r.out) == std::vector<std::string>{"sourcing.anonymous-only"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("A story checked against yesterday's archive: the same conflict through extract and --against",
          "[stories][conflicts]") {
  const std::string archive = SourcePath("build-test-archive.jsonl");
  auto e = RunCli({"extract", "fixtures/stories/attack-ministry.txt", "-o", archive});
  REQUIRE(e.exit_code == 0);
  auto r = RunCli({"check", "--no-config", "--format", "json", "fixtures/stories/attack-hospital.txt", "--against",
                   archive});
  std::remove(archive.c_str());
  // (The hospital's toll rests on unnamed "hospital officials": sourcing.anonymous-only, info.)
  CHECK(Checks(r.out) == std::vector<std::string>{"conflict.count", "sourcing.anonymous-only"});
  CHECK(r.exit_code == 1);
}

}  // namespace
}  // namespace claimcheck::testing
