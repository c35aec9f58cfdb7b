// Strict rule loading: every mistake is an error at the rule file's line and column.
#include "rules/loader.h"

#include <catch2/catch.hpp>

#include "check/examples.h"
#include "rules/matcher.h"

namespace claimcheck::rules {
namespace {

// A valid rule, for building broken variants.
constexpr const char* kGoodRule = R"(pack: demo
description: a demo pack
rules:
  - id: the-the
    kind: pattern
    check: typo.repeated-word
    pattern: '\b(?P<a>the) (?P<b>the)\b'
    message: 'repeated "{a}"'
    examples:
      bad: ['it is <m>the the</m> end']
      good: ['it is the end']
)";

struct BadPack {
  const char* name;
  std::string yaml;
  const char* message;  // a piece of the expected error
  int line;
  int column;
};

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

TEST_CASE("A valid pack loads and compiles", "[rules]") {
  std::vector<Status> errors;
  Pack pack = LoadPack("demo.yaml", kGoodRule, &errors);
  REQUIRE(errors.empty());
  REQUIRE(pack.rules.size() == 1);
  const Rule& r = pack.rules[0];
  CHECK(r.id == "demo/the-the");
  CHECK(r.groups == std::vector<std::string>{"a", "b"});
  CHECK(r.Param("check") == "typo.repeated-word");
  REQUIRE(r.bad.size() == 1);
  CHECK(r.bad[0].text == "it is the the end");
  CHECK(r.bad[0].marks == std::vector<Span>{{6, 13}});
}

TEST_CASE("Rule-pack mistakes are errors at path:line:column", "[rules]") {
  const std::vector<BadPack> cases = {
      {"unknown key", Replace(kGoodRule, "    message:", "    mesage: x\n    message:"), "unknown key 'mesage' in rule 'the-the', did you mean 'message'?", 8, 5},
      {"duplicate key", Replace(kGoodRule, "    kind: pattern\n", "    kind: pattern\n    kind: pattern\n"), "duplicate key 'kind'", 6, 5},
      {"regex does not compile", Replace(kGoodRule, R"('\b(?P<a>the) (?P<b>the)\b')", R"('(?P<a>the')"), "pattern does not compile: missing )", 7, 14},
      {"no examples", Replace(kGoodRule, "    examples:\n      bad: ['it is <m>the the</m> end']\n      good: ['it is the end']\n", ""), "missing required key 'examples'", 4, 5},
      {"bad example without mark", Replace(kGoodRule, "<m>the the</m>", "the the"), "must mark the expected span", 10, 13},
      {"unnamed group", Replace(kGoodRule, "(?P<a>the)", "(the)"), "unnamed capture group", 7, 14},
      {"unknown macro", Replace(kGoodRule, "(?P<a>the)", "(?P<a>{THE})"), "unknown macro {THE}", 7, 14},
      {"unknown kind", Replace(kGoodRule, "kind: pattern", "kind: patern"), "unknown kind 'patern', did you mean 'pattern'?", 5, 11},
      {"message refers to a missing group", Replace(kGoodRule, "{a}", "{c}"), "message refers to {c}", 8, 14},
      {"wrong type", Replace(kGoodRule, "check: typo.repeated-word", "check: [typo.repeated-word]"), "check: expected a string", 6, 12},
      {"unknown filter", Replace(kGoodRule, "    message:", "    filter: {name: same-txt, args: [a, b]}\n    message:"), "unknown filter 'same-txt', did you mean 'same-text'?", 8, 20},
      {"filter argument is not a group", Replace(kGoodRule, "    message:", "    filter: {name: same-text, args: [a, c]}\n    message:"), "filter argument 'c' is not a named group", 8, 41},
      {"broken YAML", Replace(kGoodRule, "    kind: pattern", "    kind: [pattern"), "YAML syntax error: end of sequence flow not found", 6, 10},
      {"top-level unknown key", Replace(kGoodRule, "description: a demo pack", "descripton: a demo pack"), "unknown key 'descripton' in pack, did you mean 'description'?", 2, 1},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.name) {
      std::vector<Status> errors;
      LoadPack("demo.yaml", c.yaml, &errors);
      REQUIRE_FALSE(errors.empty());
      const Status& e = errors.front();
      INFO(e.ToString());
      CHECK(e.message().find(c.message) != std::string::npos);
      CHECK(e.where().path == "demo.yaml");
      CHECK(e.where().line == c.line);
      CHECK(e.where().column == c.column);
      CHECK_FALSE(e.excerpt().empty());
    }
  }
}

TEST_CASE("Macros and lexicons expand, longest lexicon entry first", "[rules]") {
  Pack pack;
  pack.macros["MONTH"] = "Sept?";
  pack.macros["DAY"] = "{MONTH} \\d+";
  pack.lexicons["verbs"] = {"say", "said", "s.a"};
  CHECK(ExpandPattern("{DAY}", pack).value() == "(?:(?:Sept?) \\d+)");
  CHECK(ExpandPattern("{@verbs}", pack).value() == "(?:said|say|s\\.a)");
  CHECK(ExpandPattern("\\d{1,2}", pack).value() == "\\d{1,2}");
  CHECK_FALSE(ExpandPattern("{NOPE}", pack).ok());
  pack.macros["LOOP"] = "{LOOP}";
  CHECK(ExpandPattern("{LOOP}", pack).status().message().find("nest too deeply") != std::string::npos);
}

TEST_CASE("The matcher finds every rule's matches in one set pass, with captures and filters", "[rules]") {
  std::vector<Status> errors;
  std::string yaml = Replace(kGoodRule, "    message:", "    filter: {name: same-text, args: [a, b]}\n    message:");
  yaml = Replace(yaml, R"('\b(?P<a>the) (?P<b>the)\b')", R"('\b(?P<a>\w+) (?P<b>\w+)\b')");
  Pack pack = LoadPack("demo.yaml", yaml, &errors);
  REQUIRE(errors.empty());
  auto m = Matcher::Build({&pack.rules[0]});
  REQUIRE(m.ok());
  std::string text = "go go now The the end";
  std::vector<Match> out;
  m.value().FindAll(text, {0, static_cast<uint32_t>(text.size())}, &out);
  // Pairs are non-overlapping: "go go", "now The", "the end"; the filter keeps the equal ones.
  REQUIRE(out.size() == 1);
  CHECK(out[0].span == Span{0, 5});
  CHECK(ExpandTemplate("[{a}|{b}|{match}]", out[0], text) == "[go|go|go go]");
}

TEST_CASE("Every built-in rule's examples pass", "[rules][examples]") {
  auto loaded = LoadRules(true, {});
  for (const auto& e : loaded.errors) FAIL(e.ToString());
  REQUIRE_FALSE(loaded.rules.RulesOfKind("pattern").empty());
  for (const auto& e : check::RunRuleExamples(loaded.rules)) FAIL_CHECK(e.ToString());
}

TEST_CASE("The example runner catches a rule that misfires", "[rules][examples]") {
  std::vector<Status> errors;
  std::string yaml = Replace(kGoodRule, "good: ['it is the end']", "good: ['it is the the end']");
  Pack pack = LoadPack("demo.yaml", yaml, &errors);
  REQUIRE(errors.empty());
  RuleSet set;
  set.Add(std::move(pack));
  auto failures = check::RunRuleExamples(set);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0].message().find("good example fired on \"the the\"") != std::string::npos);
  CHECK(failures[0].where().line == 11);
}

}  // namespace
}  // namespace claimcheck::rules
