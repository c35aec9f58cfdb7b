// End-to-end golden tests: `claimcheck times` on the seed, and the fixtures of the calendar
// checks, compared exactly with the expected output (a diff-like report on failure).
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "app/cli.h"

namespace claimcheck::app {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs the CLI from the source directory (so paths in the output are repository-relative).
std::string Run(std::vector<std::string> args, int* code) {
  std::filesystem::current_path(CLAIMCHECK_SOURCE_DIR);
  args.insert(args.begin(), "claimcheck");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  std::ostringstream out, err;
  *code = Main(static_cast<int>(argv.size()), argv.data(), out, err);
  INFO("stderr: " << err.str());
  CHECK(err.str().empty());
  return out.str();
}

// The first differing line, for a readable failure.
std::string FirstDifference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
    if (ea && eb) return "";
    if (ea || eb || la != lb) {
      return "line " + std::to_string(line) + ":\n- " + (ea ? "<end>" : la) + "\n+ " + (eb ? "<end>" : lb);
    }
  }
}

void CompareGolden(const std::vector<std::string>& args, const std::string& expected_path, int expected_code) {
  int code = -1;
  std::string got = Run(args, &code);
  std::string want = ReadFile(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + expected_path);
  INFO("golden " << expected_path << "\n" << FirstDifference(want, got));
  CHECK(got == want);
  CHECK(code == expected_code);
}

TEST_CASE("claimcheck times on the seed, text and JSON", "[app][temporal][golden]") {
  CompareGolden({"times", "--date", "2015-09-13", "fixtures/eurasianet-tajikistan-general.txt"},
                "fixtures/times/seed.txt.expected", 0);
  CompareGolden({"times", "--date", "2015-09-13", "--format", "json", "fixtures/eurasianet-tajikistan-general.txt"},
                "fixtures/times/seed.json.expected", 0);
}

TEST_CASE("claimcheck claims on the seed, text and JSON, the same with and without --date", "[app][extract][golden]") {
  for (bool dated : {true, false}) {
    std::vector<std::string> args = {"claims", "fixtures/eurasianet-tajikistan-general.txt"};
    if (dated) args.insert(args.end(), {"--date", "2015-09-13"});
    CompareGolden(args, "fixtures/claims/seed.txt.expected", 0);
    args.insert(args.end(), {"--format", "json"});
    CompareGolden(args, "fixtures/claims/seed.json.expected", 0);
  }
}

TEST_CASE("claimcheck times rejects a bad date and format", "[app][temporal]") {
  std::filesystem::current_path(CLAIMCHECK_SOURCE_DIR);
  for (std::vector<std::string> args : {std::vector<std::string>{"claimcheck", "times", "--date", "2015-02-29",
                                                                 "fixtures/eurasianet-tajikistan-general.txt"},
                                        std::vector<std::string>{"claimcheck", "times", "--format", "xml",
                                                                 "fixtures/eurasianet-tajikistan-general.txt"}}) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    CHECK(Main(static_cast<int>(argv.size()), argv.data(), out, err) == kExitError);
    CHECK(err.str().find("error:") != std::string::npos);
  }
}

TEST_CASE("date.weekday-mismatch and date.invalid fixtures", "[app][check][golden]") {
  struct Case {
    const char* input;
    const char* expected;
    int code;
  };
  const Case cases[] = {
      {"fixtures/checks/date.weekday-mismatch/bad.txt", "fixtures/checks/date.weekday-mismatch/bad.expected", 1},
      {"fixtures/checks/date.weekday-mismatch/bad-dated.md", "fixtures/checks/date.weekday-mismatch/bad-dated.expected", 1},
      {"fixtures/checks/date.weekday-mismatch/clean.txt", "fixtures/checks/date.weekday-mismatch/clean.expected", 0},
      {"fixtures/checks/date.invalid/resolved-bad.md", "fixtures/checks/date.invalid/resolved-bad.expected", 1},
      {"fixtures/checks/date.invalid/resolved-clean.md", "fixtures/checks/date.invalid/resolved-clean.expected", 0},
  };
  for (const auto& c : cases) CompareGolden({"check", "--color", "never", c.input}, c.expected, c.code);
}

TEST_CASE("The seed gives exactly its four findings, with and without --date", "[app][golden]") {
  // The three lint findings and the one conflict the story acknowledges: the same without a date,
  // since year inference resolves the story to 2015.
  for (bool dated : {false, true}) {
    std::vector<std::string> args = {"check", "--color", "never", "--format", "json",
                                     "fixtures/eurasianet-tajikistan-general.txt"};
    if (dated) args.insert(args.end(), {"--date", "2015-09-13"});
    int code = -1;
    std::string out = Run(args, &code);
    for (const char* id : {"date.range-degenerate", "typo.joined-words", "dup.paragraph", "conflict.life-status"}) {
      CHECK(out.find(std::string("\"check\": \"") + id + "\"") != std::string::npos);
    }
    size_t findings = 0;
    for (size_t p = 0; (p = out.find("\"check\":", p)) != std::string::npos; ++p) ++findings;
    CHECK(findings == 4);
    CHECK(code == 1);
  }
}

}  // namespace
}  // namespace claimcheck::app
