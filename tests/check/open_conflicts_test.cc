// The open-layer conflict checks (conflict.denial, conflict.polarity, conflict.number) on
// hand-made cases beyond each check's bad/clean pair (golden_test.cc): a refutation across
// stories and its clean counterpart, "alive, then dead", unrelated negations. Exact text output.
#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck {
namespace {

using testing::CompareGolden;
using testing::RunCli;

struct Case {
  const char* name;
  std::vector<std::string> inputs;
  const char* golden;
  const char* must_contain;  // a piece of the output that makes the case's point
};

TEST_CASE("Open-layer conflicts: refutation across stories, alive then dead, unrelated negations",
          "[check][conflicts][open]") {
  const std::string d = "fixtures/checks/conflict.denial/across/";
  const std::string p = "fixtures/checks/conflict.polarity/cases/";
  const Case cases[] = {
      {"a refutation in a later story denies an earlier story's claim", {d + "early.txt", d + "late.txt"},
       "fixtures/checks/conflict.denial/across/expected.txt", "[conflict.denial]"},
      {"a refutation of something else stays silent", {d + "clean-early.txt", d + "clean-late.txt"},
       "fixtures/checks/conflict.denial/across/clean.expected.txt", "no findings (2 files checked)"},
      {"alive, then dead, is no conflict", {p + "alive-then-dead.txt"},
       "fixtures/checks/conflict.polarity/cases/alive-then-dead.expected.txt", "no findings (1 file checked)"},
      {"two unrelated negations are no conflict", {p + "unrelated-negations.txt"},
       "fixtures/checks/conflict.polarity/cases/unrelated-negations.expected.txt", "no findings (1 file checked)"},
      {"\"They\" in two stories names no one: no conflict", {p + "pronoun-early.txt", p + "pronoun-late.txt"},
       "fixtures/checks/conflict.polarity/cases/pronoun.expected.txt", "no findings (2 files checked)"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.name) {
      std::vector<std::string> args = {"check", "--fail-on", "none"};
      args.insert(args.end(), c.inputs.begin(), c.inputs.end());
      auto r = RunCli(args);
      INFO(r.err);
      CHECK(r.exit_code == 0);
      CHECK(r.out.find(c.must_contain) != std::string::npos);
      std::string diff = CompareGolden(c.golden, r.out);
      INFO(diff);
      CHECK(diff.empty());
    }
  }
}

}  // namespace
}  // namespace claimcheck
