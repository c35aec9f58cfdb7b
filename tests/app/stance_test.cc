// `claimcheck stance` end to end: the exact text and JSON output on the fixture stories (one
// story per stance), and bad input exits 2 with a clear error.
#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck::testing {
namespace {

TEST_CASE("stance: for, against, observing and unrelated stories, text and JSON", "[app][stance]") {
  for (const char* format : {"text", "json"}) {
    INFO(format);
    auto r = RunCli({"stance", "--claims", "fixtures/stance/claims.txt", "--format", format, "fixtures/stance/stories"});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(CompareGolden(std::string("fixtures/stance/stance.") + format + ".expected", r.out) == "");
  }
}

TEST_CASE("stance: --claim and --claims together, in that order", "[app][stance]") {
  auto r = RunCli({"stance", "--claim", "Markets rose in Tokyo", "--claims", "fixtures/stance/claims.txt",
                   "fixtures/stance/stories/unrelated.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("claim: Markets rose in Tokyo\n  fixtures/stance/stories/unrelated.txt: for\n") == 0);
  CHECK(r.out.find("claim: Shares rose in Tokyo\n") != std::string::npos);
}

TEST_CASE("stance: bad input exits 2 with an error", "[app][stance]") {
  struct Case {
    std::vector<std::string> args;
    const char* error;
  };
  const Case kCases[] = {
      {{"stance", "fixtures/stance/stories"}, "no claim: give --claim TEXT or --claims FILE"},
      {{"stance", "--claim", "  ", "fixtures/stance/stories"}, "--claim is empty"},
      {{"stance", "--claim", "Banksy was arrested", "--format", "xml", "fixtures/stance/stories"},
       "--format must be text or json, got 'xml'"},
      {{"stance", "--claims", "fixtures/stance/no-such-file.txt", "fixtures/stance/stories"},
       "fixtures/stance/no-such-file.txt: error: cannot read the claims file"},
      {{"stance", "--claim", "Banksy was arrested", "fixtures/stance/no-such-story.txt"},
       "fixtures/stance/no-such-story.txt"},
  };
  for (const Case& c : kCases) {
    INFO(c.error);
    auto r = RunCli(c.args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(c.error) != std::string::npos);
  }
}

}  // namespace
}  // namespace claimcheck::testing
