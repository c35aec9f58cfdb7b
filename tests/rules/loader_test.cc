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

// A pack of one pattern rule `said-that` whose remaining fields (pattern, trigger, examples ...)
// are `fields`, indented as a rule's.
std::string SaidThatPack(std::string_view fields) {
  return std::string("pack: demo\ndescription: a demo pack\nrules:\n  - id: said-that\n    kind: pattern\n"
                     "    check: typo.repeated-word\n") +
         std::string(fields);
}

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
      {"trigger does not compile", Replace(kGoodRule, "    message:", "    trigger: '(the'\n    message:"), "trigger does not compile: missing )", 8, 14},
      {"anchor without trigger", Replace(kGoodRule, "    message:", "    anchor: b\n    message:"), "anchor needs a trigger", 8, 13},
      {"anchor is not a group", Replace(kGoodRule, "    message:", "    trigger: 'the'\n    anchor: c\n    message:"), "anchor 'c' is not a named group", 9, 13},
      {"anchor inside an alternative", Replace(Replace(kGoodRule, R"('\b(?P<a>the) (?P<b>the)\b')", R"('\b(?P<a>the) (?P<b>the)\b|x')"), "    message:", "    trigger: 'the'\n    anchor: b\n    message:"), "must be at the top level", 9, 13},
      {"word boundary before the anchor group", Replace(kGoodRule, "    message:", "    trigger: 'the'\n    anchor: a\n    message:"), "never matches", 9, 13},
      {"optional anchor group", Replace(Replace(kGoodRule, R"('\b(?P<a>the) (?P<b>the)\b')", R"('\b(?P<a>the) (?P<b>the)?\b')"), "    message:", "    trigger: 'the'\n    anchor: b\n    message:"), "must be at the top level", 9, 13},
      {"kind of the wrong type", Replace(kGoodRule, "kind: pattern", "kind: [pattern]"), "rule 'the-the' kind: expected a string", 5, 11},
      {"id of the wrong type", Replace(kGoodRule, "id: the-the", "id: [the-the]"), "rule id: expected a string", 4, 9},
      {"columns count code points", Replace(kGoodRule, "    message:", "    filter: {name: \"\u00ab\u00e9\u00bb\", x: 1}\n    message:"), "unknown key 'x'", 8, 27},
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

TEST_CASE("In a scope, $ is the end of the scope (a paragraph), not of the whole text", "[rules]") {
  std::vector<Status> errors;
  std::string yaml = Replace(kGoodRule, R"('\b(?P<a>the) (?P<b>the)\b')", R"('\b(?P<a>the) (?P<b>the)\.?$')");
  Pack pack = LoadPack("demo.yaml", yaml, &errors);
  REQUIRE(errors.empty());
  auto m = Matcher::Build({&pack.rules[0]});
  REQUIRE(m.ok());
  const std::string text = "It was the the.\n\nNext paragraph.";
  std::vector<Match> out;
  m.value().FindAll(text, {0, 15}, &out);  // the first paragraph, without its line break
  REQUIRE(out.size() == 1);
  CHECK(out[0].span == Span{7, 15});
}

TEST_CASE("An anchored rule finds what the whole pattern finds, scanning only around its trigger", "[rules]") {
  // A source-first attribution pattern: anything capitalised, then a cue, then "that".
  const std::string base = SaidThatPack(R"(    pattern: '(?P<source>(?:[A-Z][a-z]+|a|the)(?:\s+[a-z]+|\s+[A-Z][a-z]+)*)\s+(?P<cue>said|told)(?:\s+(?P<whom>[A-Z][a-z]+))?\s+that\b'
    message: 'x'
    examples:
      bad: ['<m>The minister said that</m> it rained']
      good: ['it rained']
)");
  std::vector<Status> errors;
  Pack plain = LoadPack("plain.yaml", base, &errors);
  Pack anchored = LoadPack("anchored.yaml", Replace(base, "    message:", "    trigger: '\\b(?:said|told)\\b'\n    anchor: cue\n    message:"), &errors);
  REQUIRE(errors.empty());
  REQUIRE(anchored.rules[0].before_re);
  const std::vector<std::string> texts = {
      "The minister said that it rained. Officials told Reuters that it did not, and he said so.",
      "said that",  // no source before the cue
      "A source told newspaper Asia Plus that he was killed; Kahharov said that he was alive",
      "Smith said Jones said that it was over.",
  };
  for (const auto& text : texts) {
    std::vector<Match> a, b;
    Matcher::Build({&plain.rules[0]}).value().FindAll(text, {0, static_cast<uint32_t>(text.size())}, &a);
    Matcher::Build({&anchored.rules[0]}).value().FindAll(text, {0, static_cast<uint32_t>(text.size())}, &b);
    INFO(text);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].span == b[i].span);
      CHECK(a[i].groups == b[i].groups);
    }
  }
  // Where a greedy source could swallow an earlier cue, the whole pattern makes one long match;
  // the anchored rule gives one attribution per cue, each source ending at its own cue.
  const std::string text = "the spokesman told Reuters that prices rose and the chairman said that they fell";
  std::vector<Match> b;
  Matcher::Build({&anchored.rules[0]}).value().FindAll(text, {0, static_cast<uint32_t>(text.size())}, &b);
  REQUIRE(b.size() == 2);
  CHECK(ExpandTemplate("{source}|{cue}|{whom}", b[0], text) == "the spokesman|told|Reuters");
  CHECK(ExpandTemplate("{source}|{cue}|{whom}", b[1], text) == "the chairman|said|");
}

TEST_CASE("One matcher scanning paragraph after paragraph finds each paragraph's own matches", "[rules]") {
  // FindAll reuses its buffers (the trigger's places for anchored rules among them) from call
  // to call: a scope must never see the places found in the scope before it.
  const std::string base = SaidThatPack(R"(    trigger: '\b(?:said|told)\b'
    anchor: cue
    pattern: '(?P<source>[A-Z][a-z]+)\s+(?P<cue>said|told)\s+that\b'
    message: 'x'
    examples:
      bad: ['<m>Smith said that</m> it rained']
      good: ['it rained']
  - id: the-the
    kind: pattern
    check: typo.repeated-word
    pattern: '\b(?P<a>\w+) (?P<b>\w+)\b'
    filter: {name: same-text, args: [a, b]}
    message: 'x'
    examples:
      bad: ['it is <m>the the</m> end']
      good: ['it is the end']
)");
  std::vector<Status> errors;
  Pack pack = LoadPack("demo.yaml", base, &errors);
  REQUIRE(errors.empty());
  REQUIRE(pack.rules[0].before_re);
  auto built = Matcher::Build({&pack.rules[0], &pack.rules[1]});
  REQUIRE(built.ok());
  const Matcher& shared = built.value();
  const std::string text = "Jones told that it rained.\nThe Smith said that so so.\nNo cue here at all.\nBrown said that.";
  const std::vector<Span> paragraphs = {{0, 27}, {27, 54}, {54, 74}, {74, 90}, {0, 27}};
  const std::vector<std::string> expected = {"Jones told that", "Smith said that|so so", "", "Brown said that",
                                             "Jones told that"};
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    std::vector<Match> got, fresh;
    shared.FindAll(text, paragraphs[i], &got);
    Matcher::Build({&pack.rules[0], &pack.rules[1]}).value().FindAll(text, paragraphs[i], &fresh);
    std::string dump;
    for (const auto& m : got) {
      CHECK(m.span.begin >= paragraphs[i].begin);
      CHECK(m.span.end <= paragraphs[i].end);
      dump += (dump.empty() ? "" : "|") + ExpandTemplate("{match}", m, text);
    }
    INFO("paragraph " << i);
    CHECK(dump == expected[i]);
    REQUIRE(got.size() == fresh.size());
    for (size_t k = 0; k < got.size(); ++k) CHECK(got[k].groups == fresh[k].groups);
  }
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

namespace claimcheck::rules {
namespace {

constexpr const char* kGoodAttributes = R"(pack: sem
description: conflict semantics
attributes:
  life-status:
    type: state
    values: [alive, dead]
    transitions:
      alive: [dead]
      dead: []
    severity: {silent: warning, acknowledged: info}
  toll:
    type: number
    tolerance: 2
    direction: rising
    order-by: [made]
)";

TEST_CASE("Attribute semantics load: values, transitions, tolerance, direction, severity", "[rules][attributes]") {
  std::vector<Status> errors;
  Pack pack = LoadPack("sem.yaml", kGoodAttributes, &errors);
  for (const auto& e : errors) FAIL_CHECK(e.ToString());
  REQUIRE(pack.attributes.size() == 2);
  const AttributeSemantics& life = pack.attributes[0];
  CHECK(life.name == "life-status");
  CHECK(life.type == AttributeSemantics::Type::kState);
  CHECK(life.CanBecome("alive", "dead"));
  CHECK_FALSE(life.CanBecome("dead", "alive"));
  CHECK(life.CanBecome("dead", "dead"));
  CHECK(life.order_by == std::vector<std::string>{"about", "made"});
  const AttributeSemantics& toll = pack.attributes[1];
  CHECK(toll.type == AttributeSemantics::Type::kNumber);
  CHECK(toll.tolerance == 2);
  CHECK(toll.direction == AttributeSemantics::Direction::kRising);
  CHECK(toll.order_by == std::vector<std::string>{"made"});
  RuleSet set;
  set.Add(std::move(pack));
  REQUIRE(set.Attribute("toll") != nullptr);
  CHECK(set.Attribute("tol") == nullptr);
}

TEST_CASE("The built-in conflict semantics load, one entry per conflict attribute", "[rules][attributes]") {
  auto loaded = LoadRules(true, {});
  for (const auto& e : loaded.errors) FAIL(e.ToString());
  for (const char* a : {"life-status", "detention", "office", "whereabouts", "count", "event-date"}) {
    INFO(a);
    CHECK(loaded.rules.Attribute(a) != nullptr);
  }
  const auto* office = loaded.rules.Attribute("office");
  CHECK(office->CanBecome("in-office", "resigned"));
  CHECK_FALSE(office->CanBecome("resigned", "in-office"));
  CHECK(office->CanBecome("resigned", "appointed"));
  CHECK(loaded.rules.Attribute("detention")->CanBecome("free", "detained"));
  CHECK(loaded.rules.Lexicon("conflicts.acknowledgements") != nullptr);
}

std::string ReplaceIn(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

TEST_CASE("Attribute-semantics mistakes are errors at path:line:column", "[rules][attributes]") {
  const std::vector<BadPack> cases = {
      {"unknown key", ReplaceIn(kGoodAttributes, "    values:", "    valeus: [x]\n    values:"), "unknown key 'valeus' in attribute 'life-status', did you mean 'values'?", 6, 5},
      {"unknown type", ReplaceIn(kGoodAttributes, "type: state", "type: stat"), "type must be state, number or date, did you mean 'state'?", 5, 11},
      {"missing type", ReplaceIn(kGoodAttributes, "    type: state\n", ""), "missing required key 'type'", 5, 5},
      {"transition to an unknown value", ReplaceIn(kGoodAttributes, "alive: [dead]", "alive: [ded]"), "'ded' is not one of its values, did you mean 'dead'?", 8, 15},
      {"values is not a list", ReplaceIn(kGoodAttributes, "values: [alive, dead]", "values: alive"), "values: expected a list", 6, 13},
      {"tolerance not a number", ReplaceIn(kGoodAttributes, "tolerance: 2", "tolerance: two"), "tolerance must be a number >= 0, got 'two'", 13, 16},
      {"negative tolerance", ReplaceIn(kGoodAttributes, "tolerance: 2", "tolerance: -1"), "tolerance must be a number >= 0", 13, 16},
      {"unknown direction", ReplaceIn(kGoodAttributes, "direction: rising", "direction: rise"), "direction must be none, rising, falling or any", 14, 16},
      {"direction on a state", ReplaceIn(kGoodAttributes, "    transitions:\n", "    direction: rising\n    transitions:\n"), "'direction' applies only to type number", 7, 16},
      {"bad severity", ReplaceIn(kGoodAttributes, "silent: warning", "silent: warn"), "severity.silent must be error, warning or info", 10, 24},
      {"unknown severity key", ReplaceIn(kGoodAttributes, "acknowledged: info", "admitted: info"), "unknown key 'admitted' in attribute 'life-status' severity", 10, 33},
      {"bad order-by", ReplaceIn(kGoodAttributes, "order-by: [made]", "order-by: [said]"), "order-by takes about and made", 15, 16},
      {"duplicate attribute", ReplaceIn(kGoodAttributes, "  toll:", "  life-status:"), "duplicate attribute 'life-status'", 11, 3},
      {"attributes not a mapping", "pack: sem\ndescription: d\nattributes: [life-status]\n", "attributes: expected a mapping", 3, 13},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.name) {
      std::vector<Status> errors;
      LoadPack("sem.yaml", c.yaml, &errors);
      REQUIRE_FALSE(errors.empty());
      const Status& e = errors.front();
      INFO(e.ToString());
      CHECK(e.message().find(c.message) != std::string::npos);
      CHECK(e.where().path == "sem.yaml");
      CHECK(e.where().line == c.line);
      CHECK(e.where().column == c.column);
    }
  }
}

}  // namespace
}  // namespace claimcheck::rules
