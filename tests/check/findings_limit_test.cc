// limit.findings: at most N findings per file, and one finding that counts the rest.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

const char* kBad = "fixtures/checks/limit.findings/bad.txt";  // five findings

TEST_CASE("Findings past --max-findings are counted in one limit.findings finding", "[check][limit]") {
  auto one = testing::RunCli({"check", "--color", "never", "--fail-on", "none", "--max-findings", "1", kBad});
  INFO(one.out << one.err);
  CHECK(one.out.find("bad.txt:1:20: warning: date range \"September 14-14\"") != std::string::npos);
  CHECK(one.out.find("bad.txt:1:49: warning: 4 more findings in this file are not reported (at most 1 per file; "
                     "--max-findings) [limit.findings]") != std::string::npos);
  CHECK(one.out.find("2 findings: 0 errors, 2 warnings") != std::string::npos);
  // 0: no limit (the option beats the fixture's max-findings: 2).
  auto all = testing::RunCli({"check", "--color", "never", "--fail-on", "none", "--max-findings", "0", kBad});
  CHECK(all.out.find("5 findings:") != std::string::npos);
  CHECK(all.out.find("[limit.findings]") == std::string::npos);
}

TEST_CASE("limit.findings takes the highest severity it counts, and a bad max-findings is an error", "[check][limit]") {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-limit-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "story.txt") << "Held on May 9-9.\nThe vote on September 31, 2015 failed.\n";
  auto r = testing::RunCli({"check", "--color", "never", "--max-findings", "1", (dir / "story.txt").string()});
  INFO(r.out << r.err);
  CHECK(r.out.find("story.txt:2:13: error: 1 more findings in this file are not reported") != std::string::npos);
  CHECK(r.exit_code == 1);
  std::ofstream(dir / ".claimcheck.yaml") << "max-findings: many\n";
  auto bad = testing::RunCli({"check", (dir / "story.txt").string()});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find(".claimcheck.yaml:1:15: error: max-findings must be a whole number (0: no limit), got 'many'") !=
        std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("Conflicts between stories count against each file's --max-findings", "[check][limit]") {
  const fs::path dir = fs::temp_directory_path() / ("claimcheck-limit-cross-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ifstream in("fixtures/checks/conflict.whereabouts/bad.txt");
  const std::string story((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(!story.empty());
  // Each file holds the story three times: conflicts within each file and across the two, and
  // dup.paragraph in each.
  for (const char* name : {"a.txt", "b.txt"}) std::ofstream(dir / name) << story << "\n" << story << "\n" << story;
  const std::string a = (dir / "a.txt").string(), b = (dir / "b.txt").string();
  auto all = testing::RunCli({"check", "--color", "never", "--format", "json", "--max-findings", "0", a, b});
  const auto count = [](const std::string& out, const std::string& what) {
    size_t n = 0;
    for (size_t at = out.find(what); at != std::string::npos; at = out.find(what, at + 1)) ++n;
    return n;
  };
  INFO(all.out << all.err);
  const size_t uncapped = count(all.out, "\"check\": \"conflict.whereabouts\"");
  REQUIRE(uncapped > 6);
  CHECK(count(all.out, "limit.findings") == 0);

  auto two = testing::RunCli({"check", "--color", "never", "--max-findings", "2", a, b});
  INFO(two.out << two.err);
  // Two findings in each file, and one limit.findings each that counts the rest.
  CHECK(count(two.out, "[limit.findings]") == 2);
  const auto headers = [&](const std::string& file) {
    const std::regex header(file + ":[0-9]+:[0-9]+: warning: ");
    return std::distance(std::sregex_iterator(two.out.begin(), two.out.end(), header), std::sregex_iterator());
  };
  CHECK(headers("a\\.txt") == 3);
  CHECK(headers("b\\.txt") == 3);
  CHECK(two.out.find("6 findings: 0 errors, 6 warnings") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimcheck
