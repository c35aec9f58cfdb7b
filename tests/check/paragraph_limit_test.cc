// limit.paragraph: a paragraph longer than max-paragraph-bytes is analysed up to the cut, and one
// finding says how much was not; and quote.unbalanced counts, without keeping, the findings past
// --max-findings.
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("claimcheck-paragraph-limit-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The first `n` "file:line:column:" prefixes of text output.
std::vector<std::string> FirstLocations(const std::string& out, size_t n) {
  std::vector<std::string> found;
  const std::regex location(R"(quotes\.txt:\d+:\d+:)");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), location); it != std::sregex_iterator() && found.size() < n;
       ++it) {
    found.push_back(it->str());
  }
  return found;
}

TEST_CASE("A one-line file over the default 1 MiB is analysed up to the cut, and limit.paragraph says so",
          "[check][limit]") {
  TempDir dir;
  // 1.5 MiB on one line; "May 9-9" (a finding) only after the first MiB, where nothing is analysed.
  std::string line;
  while (line.size() < (size_t{1} << 20)) line += "the ";
  while (line.size() < (size_t{3} << 19)) line += "May 9-9 ";
  std::ofstream(dir.path / "line.txt") << line;
  auto r = testing::RunCli({"check", "--no-config", "--color", "never", (dir.path / "line.txt").string()});
  INFO(r.out << r.err);
  CHECK(r.out.find("line.txt:1:1048577: warning: 524288 bytes of this paragraph are not checked (at most 1048576 "
                   "bytes of a paragraph are analysed; max-paragraph-bytes) [limit.paragraph]") != std::string::npos);
  CHECK(r.out.find("date.range-degenerate") == std::string::npos);
  CHECK(r.out.find("1 finding: 0 errors, 1 warning") != std::string::npos);
  CHECK(r.exit_code == 1);
}

TEST_CASE("max-paragraph-bytes sets the cut, 0 lifts it, and the cut is reported past --max-findings",
          "[check][limit]") {
  TempDir dir;
  // 4000 date ranges on one line (48,000 bytes), each a date.range-degenerate finding.
  std::string line;
  for (int i = 0; i < 4000; ++i) line += "on May 9-9, ";
  std::ofstream(dir.path / "dates.txt") << line;
  const std::string file = (dir.path / "dates.txt").string();

  std::ofstream(dir.path / ".claimcheck.yaml") << "max-paragraph-bytes: 12000\n";
  auto cut = testing::RunCli({"check", "--color", "never", "--fail-on", "none", "--max-findings", "10", file});
  INFO(cut.out << cut.err);
  // 1000 ranges in the first 12,000 bytes: 10 reported, 990 counted; the cut is reported too.
  CHECK(cut.out.find("dates.txt:1:12001: warning: 36000 bytes of this paragraph are not checked (at most 12000 bytes "
                     "of a paragraph are analysed; max-paragraph-bytes) [limit.paragraph]") != std::string::npos);
  CHECK(cut.out.find("990 more findings in this file are not reported") != std::string::npos);
  CHECK(Count(cut.out, "[date.range-degenerate]") == 10);

  std::ofstream(dir.path / ".claimcheck.yaml") << "max-paragraph-bytes: 0\n";
  auto whole = testing::RunCli({"check", "--color", "never", "--fail-on", "none", "--max-findings", "10", file});
  CHECK(whole.out.find("3990 more findings in this file are not reported") != std::string::npos);
  CHECK(whole.out.find("[limit.paragraph]") == std::string::npos);

  std::ofstream(dir.path / ".claimcheck.yaml") << "max-paragraph-bytes: -1\n";
  auto bad = testing::RunCli({"check", file});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find(".claimcheck.yaml:1:22: error: max-paragraph-bytes must be a whole number of bytes (0: no "
                     "limit), got '-1'") != std::string::npos);
}

TEST_CASE("claims, graph, extract and times say on stderr what they did not analyse", "[check][limit]") {
  TempDir dir;
  std::ofstream(dir.path / ".claimcheck.yaml") << "max-paragraph-bytes: 100\n";
  std::string para;
  for (int i = 0; i < 20; ++i) para += "The minister said the talks ended. ";
  std::ofstream(dir.path / "long.txt") << para << "\n";
  for (const char* command : {"claims", "graph", "extract", "times"}) {
    auto r = testing::RunCli({command, (dir.path / "long.txt").string()});
    INFO(command << ": " << r.err);
    CHECK(r.err.find("long.txt:1:99: warning: 602 bytes of this paragraph are not analysed (at most 100 bytes of a "
                     "paragraph are; max-paragraph-bytes) [limit.paragraph]") != std::string::npos);
    CHECK(r.exit_code == 0);
  }
  std::ofstream(dir.path / ".claimcheck.yaml") << "max-paragraph-bytes: 0\n";
  auto whole = testing::RunCli({"claims", (dir.path / "long.txt").string()});
  CHECK(whole.err.find("limit.paragraph") == std::string::npos);
}

TEST_CASE("quote.unbalanced past --max-findings counts exactly what it leaves out", "[check][limit]") {
  TempDir dir;
  std::ofstream(dir.path / "quotes.txt") << std::string(20000, '"') << "\n\n" << std::string(20000, '"') << "\n";
  const std::string file = (dir.path / "quotes.txt").string();
  auto all = testing::RunCli({"check", "--no-config", "--color", "never", "--fail-on", "none", "--max-findings", "0",
                              "--format", "json", file});
  const size_t total = Count(all.out, "\"check\": \"quote.unbalanced\"");
  REQUIRE(total > 1000);
  auto some = testing::RunCli({"check", "--no-config", "--color", "never", "--fail-on", "none", "--max-findings", "7", file});
  INFO(some.out << some.err);
  CHECK(Count(some.out, "[quote.unbalanced]") == 7);
  CHECK(some.out.find(std::to_string(total - 7) + " more findings in this file are not reported") != std::string::npos);
  // The first seven by position are the ones kept: the same as the first seven of the full run.
  auto first = testing::RunCli({"check", "--no-config", "--color", "never", "--fail-on", "none", "--max-findings", "0",
                                file});
  CHECK(FirstLocations(first.out, 7) == FirstLocations(some.out, 7));
}

}  // namespace
}  // namespace claimcheck
