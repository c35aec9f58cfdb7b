// Every option a command's --help lists is documented in docs/cli.md, and every command is listed
// in the top-level --help.
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck::testing {
namespace {

std::set<std::string> Options(const std::string& help) {
  std::set<std::string> found;
  const std::regex option("--[a-z][a-z0-9-]+");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

TEST_CASE("Every option in a command's --help is documented in docs/cli.md", "[app][docs]") {
  const std::string docs = ReadFileOrEmpty(SourcePath("docs/cli.md"));
  REQUIRE(!docs.empty());
  const std::vector<std::vector<std::string>> commands = {
      {"check"},   {"rules"},  {"config"},  {"times"},           {"claims"},           {"graph"},
      {"extract"}, {"report"}, {"stance"},  {"archive", "stats"}, {"archive", "import"}, {"archive", "export"},
      {"archive", "check-groups"}};
  size_t options = 0;
  for (auto args : commands) {
    args.push_back("--help");
    const CliResult r = RunCli(args);
    INFO(args.front() << " --help exits " << r.exit_code << ":\n" << r.out << r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.out.find("Usage:") != std::string::npos);
    for (const auto& o : Options(r.out)) {
      ++options;
      INFO("option " << o);
      CHECK(docs.find(o) != std::string::npos);
    }
  }
  CHECK(options > 60);
  // And every command is one the top-level help names.
  const CliResult top = RunCli({"--help"});
  for (const char* command : {"check", "rules", "config", "times", "claims", "graph", "extract", "report", "archive",
                              "stance"}) {
    INFO("command " << command);
    CHECK(top.out.find(std::string("  ") + command + " ") != std::string::npos);
  }
}

}  // namespace
}  // namespace claimcheck::testing
