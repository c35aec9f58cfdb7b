// The pieces of the CI filter stage: unified diffs, configuration, suppression directives.
#include <filesystem>

#include <catch2/catch.hpp>

#include "app/config.h"
#include "app/diff.h"
#include "app/filter.h"
#include "app/suppressions.h"
#include "check/registry.h"
#include "report/fingerprint.h"

namespace claimcheck::app {
namespace {

TEST_CASE("ParseUnifiedDiff keeps the added lines of each new file", "[app]") {
  const char* diff =
      "commit 123\n"
      "diff --git a/story.txt b/story.txt\n"
      "--- a/story.txt\n"
      "+++ b/story.txt\n"
      "@@ -1,3 +1,4 @@\n"
      " one\n"
      "-two\n"
      "+TWO\n"
      "+extra\n"
      " three\n"
      "\\ No newline at end of file\n"
      "@@ -10 +11,2 @@\n"
      "+--- not a header\n"
      " ten\n"
      "--- a/gone.txt\n"
      "+++ /dev/null\n"
      "@@ -1 +0,0 @@\n"
      "-bye\n"
      "--- /dev/null\n"
      "+++ ./new/file.md\n"
      "@@ -0,0 +1 @@\n"
      "+hello\n";
  auto parsed = ParseUnifiedDiff(diff, "x.diff");
  REQUIRE(parsed.ok());
  const ChangedLines& lines = parsed.value();
  CHECK(lines.size() == 2);
  CHECK(lines.at("story.txt") == std::set<int>{2, 3, 11});
  CHECK(lines.at("new/file.md") == std::set<int>{1});
}

TEST_CASE("ParseUnifiedDiff rejects a malformed hunk header with its line", "[app]") {
  auto parsed = ParseUnifiedDiff("+++ b/a.txt\n@@ -1,x +1 @@\n", "x.diff");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().ToString() == "x.diff:2:1: malformed hunk header\n  @@ -1,x +1 @@");
}

TEST_CASE("DiffPathKey normalises lexically, and a path already normal comes back as it is", "[app]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a/b.txt", "a/b.txt"},       {"story.md", "story.md"},   {"./a/b.txt", "a/b.txt"},
      {"././a.txt", "a.txt"},       {"a/./b.txt", "a/b.txt"},   {"a/../b.txt", "b.txt"},
      {"a//b.txt", "a/b.txt"},      {"../up.txt", "../up.txt"}, {"a/b/..", "a/"},
      {"a.b/.c/d..e", "a.b/.c/d..e"}, {"../../x/y.md", "../../x/y.md"}, {"../x/../y.md", "../y.md"},
      {"..", ".."},                 {"x/..", "."},              {"/no-such-dir-here/a.txt", "/no-such-dir-here/a.txt"},
      {"/no-such-dir-here//a.txt", "/no-such-dir-here/a.txt"}};
  for (const auto& [in, out] : cases) {
    INFO(in);
    CHECK(DiffPathKey(in) == out);
  }
  // Under the working directory: relative to it; the directory itself is ".".
  const std::string cwd = std::filesystem::current_path().string();
  CHECK(DiffPathKey(cwd + "/sub/a.txt") == "sub/a.txt");
  CHECK(DiffPathKey(cwd + "/./sub/a.txt") == "sub/a.txt");
  CHECK(DiffPathKey(cwd) == ".");
}

TEST_CASE("check patterns: ids, group globs and all", "[app]") {
  CHECK(MatchCheckPattern("date.*", "date.invalid"));
  CHECK_FALSE(MatchCheckPattern("date.*", "typo.repeated-word"));
  CHECK(MatchCheckPattern("all", "typo.repeated-word"));
  CHECK(MatchCheckPattern("typo.repeated-word", "typo.repeated-word"));
  CHECK_FALSE(MatchCheckPattern("typo.repeated", "typo.repeated-word"));
}

TEST_CASE("config: the most specific pattern wins, and disable wins a tie", "[app]") {
  std::vector<Status> errors;
  Config c = ParseConfig("d/.claimcheck.yaml",
                         "checks:\n  enable: [date.invalid, suppression.*]\n  disable: [date.*, all]\n"
                         "severity:\n  date.*: info\n  date.invalid: error\n",
                         check::CheckIds(), &errors);
  REQUIRE(errors.empty());
  check::CheckInfo invalid{"date.invalid", "", "", Severity::kWarning, {}, true, "high"};
  check::CheckInfo reversed{"date.range-reversed", "", "", Severity::kWarning, {}, true, "high"};
  check::CheckInfo unused{"suppression.unused", "", "", Severity::kWarning, {}, false, "high"};
  check::CheckInfo typo{"typo.repeated-word", "", "", Severity::kWarning, {}, true, "high"};
  CHECK(c.For(invalid).enabled);
  CHECK(*c.For(invalid).severity == Severity::kError);
  CHECK_FALSE(c.For(reversed).enabled);
  CHECK(*c.For(reversed).severity == Severity::kInfo);
  CHECK(c.For(unused).enabled);
  CHECK_FALSE(c.For(typo).enabled);
  CHECK(c.For(typo).enabled_by->where.ToString() == "d/.claimcheck.yaml:3:21");
}

TEST_CASE("config errors point into the file with a did-you-mean", "[app]") {
  struct Case {
    const char* yaml;
    const char* error;
  };
  const Case cases[] = {
      {"chekcs: {}\n", "c.yaml:1:1: unknown key 'chekcs' in the configuration, did you mean 'checks'?"},
      {"checks:\n  enable: [typo.repeatd-word]\n",
       "c.yaml:2:12: unknown check 'typo.repeatd-word', did you mean 'typo.repeated-word'?"},
      {"checks:\n  enable: [nothing.*]\n", "c.yaml:2:12: unknown check 'nothing.*' (the pattern matches no check)"},
      {"severity:\n  date.invalid: high\n", "c.yaml:2:17: severity must be error, warning or info, got 'high'"},
      {"date: 2015-13-01\n", "c.yaml:1:7: date must be a real date written YYYY-MM-DD, got '2015-13-01'"},
      {"date: 2015-01-01\ndate: 2015-01-02\n", "c.yaml:2:1: duplicate key 'date' in the configuration (first at line 1)"},
      {"rules: packs/a.yaml\n", "c.yaml:1:8: rules: expected a list"},
      {"rules: [no-such-pack.yaml]\n", "c.yaml:1:9: rules: no rule pack or directory at 'no-such-pack.yaml'"},
      {"checks: [\n", "c.yaml:2:1: YAML syntax error: end of sequence flow not found"},
  };
  for (const auto& c : cases) {
    INFO(c.yaml);
    std::vector<Status> errors;
    ParseConfig("c.yaml", c.yaml, check::CheckIds(), &errors);
    REQUIRE(!errors.empty());
    CHECK(errors[0].where().ToString() + ": " + errors[0].message() == c.error);
  }
}

TEST_CASE("config paths: rule packs relative to the file, exclusions by directory", "[app]") {
  std::vector<Status> errors;
  // Tests run in the source tree, where this pack exists.
  Config c = ParseConfig("fixtures/ci/tree/.claimcheck.yaml",
                         "rules: [packs/newsroom.yaml]\nexclude: [archive, '*.draft.md']\n", check::CheckIds(),
                         &errors);
  REQUIRE(errors.empty());
  CHECK(c.rules[0].value == "fixtures/ci/tree/packs/newsroom.yaml");
  CHECK(c.Excludes("fixtures/ci/tree/archive/2015/a.txt"));
  CHECK(c.Excludes("fixtures/ci/tree/x.draft.md"));
  CHECK_FALSE(c.Excludes("fixtures/ci/tree/stories/a.txt"));
  CHECK_FALSE(c.Excludes("elsewhere/archive/a.txt"));
}

// The findings of `text` (plain text) left after suppressions, as "line:check" strings.
std::vector<std::string> Surviving(const std::string& text, const std::vector<std::pair<int, std::string>>& at) {
  auto doc = ingest::LoadDocument("a.txt", text);
  REQUIRE(doc.ok());
  Suppressions s;
  std::vector<Status> errors;
  s.Add(doc.value(), 0, check::CheckIds(), &errors);
  REQUIRE(errors.empty());
  std::vector<std::string> out;
  for (const auto& [line, check] : at) {
    Finding f;
    f.check = check;
    f.where = {0, {doc.value().source.LineStart(line), doc.value().source.LineStart(line) + 1}};
    if (!s.Suppress(f)) out.push_back(std::to_string(line) + ":" + check);
  }
  return out;
}

TEST_CASE("suppression directives cover the next non-blank line or a region", "[app]") {
  const std::string text =
      "line one\n"                                          // 1
      "claimcheck-ignore-next-line: typo.repeated-word\n"   // 2
      "\n"                                                  // 3
      "line four\n"                                         // 4
      "line five\n"                                         // 5
      "claimcheck-disable: date.*, dup.paragraph\n"         // 6
      "line seven\n"                                        // 7
      "claimcheck-enable: date.*\n"                         // 8
      "line nine\n";                                        // 9
  auto left = Surviving(text, {{1, "typo.repeated-word"},
                               {4, "typo.repeated-word"},
                               {4, "typo.joined-words"},
                               {5, "typo.repeated-word"},
                               {7, "date.invalid"},
                               {7, "dup.paragraph"},
                               {9, "date.invalid"},
                               {9, "dup.paragraph"}});
  CHECK(left == std::vector<std::string>{"1:typo.repeated-word", "4:typo.joined-words", "5:typo.repeated-word",
                                         "9:date.invalid"});
}

TEST_CASE("a trailing Markdown comment silences its own line (ignore-line, or ignore for short)", "[app]") {
  for (const char* name : {"claimcheck-ignore-line", "claimcheck-ignore"}) {
    INFO(name);
    std::string text = std::string("He said the the plan. <!-- ") + name + ": typo.repeated-word -->\nNext the the.\n";
    auto doc = ingest::LoadDocument("a.md", text);
    REQUIRE(doc.ok());
    Suppressions s;
    std::vector<Status> errors;
    s.Add(doc.value(), 0, check::CheckIds(), &errors);
    REQUIRE(errors.empty());
    Finding same, next;
    same.check = next.check = "typo.repeated-word";
    same.where = {0, {8, 15}};
    next.where = {0, {static_cast<uint32_t>(text.find("the the.")), static_cast<uint32_t>(text.find("the the.") + 7)}};
    CHECK(s.Suppress(same));
    CHECK_FALSE(s.Suppress(next));
  }
}

TEST_CASE("bad suppression directives are errors at the directive", "[app]") {
  auto doc = ingest::LoadDocument("a.md", "Text.\n\n<!-- claimcheck-disable: typo.repeatedword -->\n");
  REQUIRE(doc.ok());
  Suppressions s;
  std::vector<Status> errors;
  s.Add(doc.value(), 0, check::CheckIds(), &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].where().ToString() == "a.md:3:1");
  CHECK(errors[0].message() ==
        "claimcheck-disable: unknown check 'typo.repeatedword', did you mean 'typo.repeated-word'?");
}

}  // namespace
}  // namespace claimcheck::app

namespace claimcheck::app {
namespace {

struct FilterFixture {
  FilterFixture() {
    auto loaded = ingest::LoadDocument("a.txt", "one the the\ntwo\nthree the the\n");
    REQUIRE(loaded.ok());
    doc = std::make_unique<ingest::Document>(std::move(loaded).value());
    for (const auto& c : check::AllChecks()) in.checks.push_back(c->info());
    in.docs = {doc.get()};
    in.configs = {&config};
    in.fail_on = Severity::kWarning;
  }
  std::vector<Finding> Findings() const {
    Finding warning;
    warning.check = "typo.repeated-word";
    warning.severity = Severity::kWarning;
    warning.where = {0, {4, 11}};
    Finding info = warning;
    info.severity = Severity::kInfo;
    info.where = {0, {22, 29}};
    return {warning, info};
  }
  Config config;
  std::unique_ptr<ingest::Document> doc;
  FilterInput in;
};

TEST_CASE("ApplyFilters: dismissed findings are kept aside with their kind, baseline states and absent entries",
          "[app]") {
  FilterFixture fx;
  FilterResult all = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(all.fingerprints.size() == 2);
  CHECK(all.suppressed.empty());
  CHECK(all.baseline_states.empty());  // no baseline: no states

  // The first finding in the baseline, plus an entry of this file that is gone and one of a file
  // not checked.
  Baseline baseline;
  baseline.keys = {{"a.txt", "typo.repeated-word", all.fingerprints[0]},
                   {"a.txt", "typo.repeated-word", "00000000deadbeef:1"},
                   {"other.txt", "typo.repeated-word", "00000000deadbeef:1"}};
  baseline.messages[{"a.txt", "typo.repeated-word", "00000000deadbeef:1"}] = "repeated word \"a\"";
  fx.in.baseline = &baseline;
  FilterResult r = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(r.findings.size() == 1);
  REQUIRE(r.baseline_states.size() == 1);
  CHECK(r.baseline_states[0] == report::BaselineState::kNew);
  REQUIRE(r.suppressed.size() == 1);
  CHECK(r.suppressed[0].finding.where.span.begin == 4);
  CHECK_FALSE(r.suppressed[0].in_source);
  CHECK(r.suppressed[0].fingerprint == all.fingerprints[0]);
  CHECK(r.suppressed[0].baseline == report::BaselineState::kUnchanged);
  REQUIRE(r.absent.size() == 1);  // not other.txt: it was not checked
  CHECK(r.absent[0].fingerprint == "00000000deadbeef:1");
  CHECK(r.absent[0].message == "repeated word \"a\"");

  // Disabled by the configuration: external, never counted.
  fx.in.baseline = nullptr;
  std::vector<Status> errors;
  Config off = ParseConfig(".claimcheck.yaml", "checks:\n  disable: [typo.*]\n", check::CheckIds(), &errors);
  REQUIRE(errors.empty());
  fx.in.configs = {&off};
  r = ApplyFilters(fx.Findings(), fx.in);
  CHECK(r.findings.empty());
  CHECK_FALSE(r.fail);
  REQUIRE(r.suppressed.size() == 2);
  CHECK_FALSE(r.suppressed[0].in_source);
  CHECK(r.suppressed[0].justification == "disabled by the configuration at .claimcheck.yaml:2:13");
}

TEST_CASE("ApplyFilters: --min-severity hides but does not change what fails", "[app]") {
  FilterFixture fx;
  fx.in.min_severity = Severity::kError;
  FilterResult r = ApplyFilters(fx.Findings(), fx.in);
  CHECK(r.findings.empty());
  CHECK(r.fail);
  CHECK(r.all.size() == 2);
}

TEST_CASE("ApplyFilters: baseline and diff decide what fails - fingerprints follow the findings", "[app]") {
  FilterFixture fx;
  FilterResult all = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(all.findings.size() == 2);
  REQUIRE(all.fingerprints.size() == 2);
  CHECK(all.fingerprints[0].ends_with(":1"));
  CHECK(all.fingerprints[1].ends_with(":1"));  // same check and text, another line: counted apart
  CHECK(all.fingerprints[0] != all.fingerprints[1]);

  Baseline baseline;
  baseline.keys = {{"a.txt", "typo.repeated-word", all.fingerprints[0]}};
  fx.in.baseline = &baseline;
  FilterResult r = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == Severity::kInfo);
  CHECK(r.fingerprints[0] == all.fingerprints[1]);
  CHECK_FALSE(r.fail);  // what is left is below --fail-on warning

  ChangedLines diff = {{"a.txt", {2}}};
  fx.in.baseline = nullptr;
  fx.in.diff = &diff;
  CHECK(ApplyFilters(fx.Findings(), fx.in).findings.empty());
  diff["a.txt"].insert(1);
  r = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].where.span.begin == 4);
  CHECK(r.fail);
}

}  // namespace
}  // namespace claimcheck::app

namespace claimcheck::app {
namespace {

TEST_CASE("ParseUnifiedDiff decodes git's quoted paths, octal escapes included", "[app]") {
  const char* diff =
      "diff --git \"a/stories/caf\\303\\251.txt\" \"b/stories/caf\\303\\251.txt\"\n"
      "--- \"a/stories/caf\\303\\251.txt\"\n"
      "+++ \"b/stories/caf\\303\\251.txt\"\n"
      "@@ -1 +1 @@\n"
      "-old\n"
      "+new\n"
      "--- \"a/odd \\\"name\\\"\\ttab.txt\"\n"
      "+++ \"b/odd \\\"name\\\"\\ttab.txt\"\n"
      "@@ -0,0 +1 @@\n"
      "+x\n";
  auto parsed = ParseUnifiedDiff(diff, "x.diff");
  REQUIRE(parsed.ok());
  CHECK(parsed.value().size() == 2);
  CHECK(parsed.value().at("stories/caf\xC3\xA9.txt") == std::set<int>{1});
  CHECK(parsed.value().at("odd \"name\"\ttab.txt") == std::set<int>{1});
}

TEST_CASE("ParseUnifiedDiff: text that is not a diff is an error - an empty diff is not", "[app]") {
  auto prose = ParseUnifiedDiff("The minister said the plan was ready.\nNothing here is a diff.\n", "notes.txt");
  REQUIRE_FALSE(prose.ok());
  CHECK(prose.status().message() == "notes.txt does not look like a unified diff (no '---', '+++' or '@@' line)");
  for (const char* empty : {"", "\n", "  \n\n"}) {
    auto parsed = ParseUnifiedDiff(empty, "empty.diff");
    REQUIRE(parsed.ok());
    CHECK(parsed.value().empty());
  }
  // A commit with no text change (git show of a mode change) still has diff structure.
  CHECK(ParseUnifiedDiff("commit 1\n\ndiff --git a/x b/x\nold mode 100644\nnew mode 100755\n", "m.diff").ok());
}

TEST_CASE("ParseUnifiedDiff strips a/ and b/ only when both headers carry them", "[app]") {
  // git diff --no-prefix in a repository whose folders are really called "a" and "b".
  const char* no_prefix =
      "--- a/story.txt\n"
      "+++ a/story.txt\n"
      "@@ -1 +1 @@\n"
      "-x\n"
      "+y\n"
      "--- b/other.txt\n"
      "+++ b/other.txt\n"
      "@@ -1 +1 @@\n"
      "-x\n"
      "+y\n";
  auto parsed = ParseUnifiedDiff(no_prefix, "x.diff");
  REQUIRE(parsed.ok());
  CHECK(parsed.value().count("a/story.txt") == 1);
  CHECK(parsed.value().count("b/other.txt") == 1);
  // The usual prefixes go.
  auto git = ParseUnifiedDiff("--- a/b/story.txt\n+++ b/b/story.txt\n@@ -1 +1 @@\n-x\n+y\n", "x.diff");
  REQUIRE(git.ok());
  CHECK(git.value().count("b/story.txt") == 1);
  // A new file: b/ goes when the path without it exists and the one with it does not.
  auto added = ParseUnifiedDiff("--- /dev/null\n+++ b/fixtures/ci/change.diff\n@@ -0,0 +1 @@\n+x\n", "x.diff");
  REQUIRE(added.ok());
  CHECK(added.value().count("fixtures/ci/change.diff") == 1);
}

TEST_CASE("ApplyFilters --diff keeps a finding whose related span the diff touches", "[app]") {
  auto earlier = ingest::LoadDocument("earlier.txt", "Twelve people died.\n");
  auto later = ingest::LoadDocument("later.txt", "One line.\nNine people died.\n");
  REQUIRE(earlier.ok());
  REQUIRE(later.ok());
  Config config;
  FilterInput in;
  for (const auto& c : check::AllChecks()) in.checks.push_back(c->info());
  in.docs = {&earlier.value(), &later.value()};
  in.configs = {&config, &config};
  in.fail_on = Severity::kWarning;
  Finding conflict;
  conflict.check = "conflict.count";
  conflict.where = {1, {10, 27}};
  conflict.related.push_back({{0, {0, 19}}, "the earlier claim"});
  auto run = [&](const ChangedLines& diff) {
    in.diff = &diff;
    return ApplyFilters({conflict}, in).findings.size();
  };
  CHECK(run({{"later.txt", {2}}}) == 1);    // the primary span
  CHECK(run({{"earlier.txt", {1}}}) == 1);  // only the earlier side was edited
  CHECK(run({{"later.txt", {1}}}) == 0);    // another line
  CHECK(run({{"other.txt", {1}}}) == 0);
}

TEST_CASE("HTML comment directives in plain text, link-reference comments in Markdown", "[app]") {
  auto count_suppressed = [](const std::string& path, const std::string& text,
                             const std::vector<std::pair<std::string, std::string>>& findings) {
    auto loaded = ingest::LoadDocument(path, text);
    REQUIRE(loaded.ok());
    ingest::Document doc = std::move(loaded).value();  // ingest collects the comment directives
    for (size_t i = 1; i < doc.hidden.size(); ++i) CHECK(doc.hidden[i - 1].end <= doc.hidden[i].begin);
    Suppressions s;
    std::vector<Status> errors;
    s.Add(doc, 0, check::CheckIds(), &errors);
    CHECK(errors.empty());
    std::vector<std::string> left;
    for (const auto& [check, at] : findings) {
      Finding f;
      f.check = check;
      auto pos = static_cast<uint32_t>(text.find(at));
      f.where = {0, {pos, pos + static_cast<uint32_t>(at.size())}};
      if (!s.Suppress(f)) left.push_back(at);
    }
    return std::make_pair(left, doc);
  };
  SECTION("plain text") {
    const std::string text =
        "<!-- claimcheck-ignore-next-line: typo.repeated-word -->\n"
        "He said the the plan.\n"
        "<!--\n"
        "claimcheck-disable: date.*\n"
        "-->\n"
        "On June 5-5 and the the end.\n"
        "<!-- claimcheck-enable: date.* -->\n"
        "On June 6-6.\n";
    auto [left, doc] = count_suppressed("a.txt", text,
                                        {{"typo.repeated-word", "the the plan"},
                                         {"date.range-degenerate", "June 5-5"},
                                         {"typo.repeated-word", "the the end"},
                                         {"date.range-degenerate", "June 6-6"}});
    CHECK(left == std::vector<std::string>{"the the end", "June 6-6"});
    REQUIRE(doc.directives.size() == 3);  // the multi-line comment once, not its inner line too
    CHECK(doc.directives[1].text == "claimcheck-disable: date.*");
    CHECK(doc.directives[1].span.begin == text.find("<!--\n"));
  }
  SECTION("Markdown") {
    const std::string text =
        "[//]: # (claimcheck-disable: typo.repeated-word)\n"
        "\n"
        "He said the the plan.\n"
        "\n"
        "[comment]: # \"claimcheck-enable: typo.repeated-word\"\n"
        "\n"
        "Then the the end.\n"
        "\n"
        "```\n"
        "[//]: # (claimcheck-disable: all)\n"
        "```\n"
        "\n"
        "On June 6-6.\n";
    auto [left, doc] = count_suppressed("a.md", text,
                                        {{"typo.repeated-word", "the the plan"},
                                         {"typo.repeated-word", "the the end"},
                                         {"date.range-degenerate", "June 6-6"}});
    CHECK(left == std::vector<std::string>{"the the end", "June 6-6"});  // not inside code
    CHECK(doc.directives.size() == 2);
  }
}

TEST_CASE("a group written without .* suggests the group", "[app]") {
  CHECK(DidYouMeanCheck("date", check::CheckIds()) == ", did you mean 'date.*'?");
  CHECK(DidYouMeanCheck("dat.*", check::CheckIds()) == ", did you mean 'date.*'?");
  CHECK(DidYouMeanCheck("typo.repeatedword", check::CheckIds()) == ", did you mean 'typo.repeated-word'?");
  std::vector<Status> errors;
  ParseConfig("c.yaml", "checks:\n  enable: [date]\n", check::CheckIds(), &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message() == "unknown check 'date', did you mean 'date.*'?");
}

TEST_CASE("a version 1 baseline is still read and matched with version 1 fingerprints", "[app]") {
  FilterFixture fx;
  FilterResult all = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(all.findings.size() == 2);
  std::vector<const SourceText*> sources = {&fx.doc->source};
  auto v1 = report::FingerprintsV1(all.findings, sources);
  auto parsed = ParseBaseline(R"({"version": 1, "findings": [{"path": "a.txt", "check": "typo.repeated-word",
                                  "fingerprint": ")" + v1[1] + R"("}]})",
                              "old.json");
  REQUIRE(parsed.ok());
  CHECK(parsed.value().version == 1);
  fx.in.baseline = &parsed.value();
  FilterResult r = ApplyFilters(fx.Findings(), fx.in);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].where.span.begin == 4);
  CHECK(FormatBaseline({}).find("\"version\": 2") != std::string::npos);
  CHECK_FALSE(ParseBaseline(R"({"version": 3, "findings": []})", "new.json").ok());
}

// Found by fuzz_baseline (fuzz/corpus/baseline keeps the input): a number too large for a double
// made nlohmann throw out_of_range, which nothing caught, and --baseline crashed.
TEST_CASE("Fuzz regression: a baseline with a number out of range is an error, not a crash", "[app][fuzz]") {
  auto parsed = ParseBaseline(R"({"version": 2, "findings": [{"path": 1e999}]})", "huge.json");
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().message() == "not a baseline file: a number is out of range");
  CHECK(parsed.status().where().path == "huge.json");
}

TEST_CASE("ApplyFilters counts the failing findings --min-severity hides", "[app]") {
  FilterFixture fx;
  fx.in.min_severity = Severity::kError;
  fx.in.fail_on = Severity::kInfo;
  FilterResult r = ApplyFilters(fx.Findings(), fx.in);
  CHECK(r.findings.empty());
  CHECK(r.hidden_failing == std::array<size_t, 3>{1, 1, 0});
}

}  // namespace
}  // namespace claimcheck::app
