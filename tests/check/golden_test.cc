// Exact expected output for every check (fixtures/checks/<id>/: a bad and a clean input) and for
// the seed article, in every output format. Also: every check in the registry has a doc page and
// fixtures, and its clean fixture gives no finding of that check.
#include <filesystem>

#include <catch2/catch.hpp>

#include "check/registry.h"
#include "report/reporter.h"
#include "tests/support/golden.h"

namespace claimcheck {
namespace {

using testing::CompareGolden;
using testing::RunCli;

const char* Extension(const std::string& format) {
  if (format == "json" || format == "sarif") return "json";
  if (format == "rdjsonl") return "jsonl";
  if (format == "html") return "html";
  if (format == "markdown") return "md";
  return "txt";
}

TEST_CASE("The seed article gives exactly its lint findings in every format", "[golden][seed]") {
  for (const auto& format : report::ReporterNames()) {
    DYNAMIC_SECTION("format " << format) {
      auto r = RunCli({"check", "--format", format, "fixtures/eurasianet-tajikistan-general.txt"});
      INFO(r.err);
      CHECK(r.exit_code == 1);
      std::string diff = CompareGolden(std::string("fixtures/golden/seed.") + format + "." + Extension(format), r.out);
      INFO(diff);
      CHECK(diff.empty());
    }
  }
}

TEST_CASE("Every check has a doc page and fixtures, and golden output in every format", "[golden][checks]") {
  for (const auto& id : check::CheckIds()) {
    DYNAMIC_SECTION("check " << id) {
      const std::string dir = "fixtures/checks/" + id;
      REQUIRE(std::filesystem::exists(testing::SourcePath("docs/checks/" + id + ".md")));
      REQUIRE(std::filesystem::exists(testing::SourcePath(dir + "/bad.txt")));
      REQUIRE(std::filesystem::exists(testing::SourcePath(dir + "/clean.txt")));
      for (const auto& format : report::ReporterNames()) {
        auto r = RunCli({"check", "--format", format, "--fail-on", "none", dir + "/bad.txt", dir + "/clean.txt"});
        INFO(format << ": " << r.err);
        CHECK(r.exit_code == 0);
        std::string diff = CompareGolden(dir + "/expected." + format + "." + Extension(format), r.out);
        INFO(diff);
        CHECK(diff.empty());
      }
      // The bad input fires the check, the clean one does not (each checked on its own).
      auto bad = RunCli({"check", "--format", "json", dir + "/bad.txt"});
      CHECK(bad.out.find("\"check\": \"" + id + "\"") != std::string::npos);
      auto clean = RunCli({"check", "--format", "json", dir + "/clean.txt"});
      CHECK(clean.out.find("\"check\": \"" + id + "\"") == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace claimcheck
