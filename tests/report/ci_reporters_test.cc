// The CI formats on small hand-made runs: escaping, units of columns, fingerprints.
#include <sstream>

#include <catch2/catch.hpp>

#include "report/fingerprint.h"
#include "report/reporter.h"

namespace claimcheck::report {
namespace {

std::string Render(const std::string& format, const RunResult& run) {
  std::ostringstream out;
  FindReporter(format)->create()->Write(run, {}, out);
  return out.str();
}

Finding MakeFinding(int doc, Span span, std::string check, std::string message) {
  Finding f;
  f.check = std::move(check);
  f.message = std::move(message);
  f.where = {doc, span};
  return f;
}

TEST_CASE("github format escapes data and properties exactly as @actions/core", "[report]") {
  SourceText src("dir,with:odd%chars.txt", "one\ntwo words\n");
  RunResult run;
  run.docs = {&src};
  run.findings = {MakeFinding(0, {4, 7}, "typo.x", "100% sure:\r\nsecond, line")};
  run.findings[0].severity = Severity::kInfo;
  CHECK(Render("github", run) ==
        "::notice file=dir%2Cwith%3Aodd%25chars.txt,line=2,col=1,endLine=2,endColumn=4,"
        "title=claimcheck typo.x::100%25 sure:%0D%0Asecond, line\n");
}

TEST_CASE("github format leaves out endColumn when a finding spans lines", "[report]") {
  SourceText src("a.txt", "one\ntwo\n");
  RunResult run;
  run.docs = {&src};
  run.findings = {MakeFinding(0, {0, 6}, "dup.paragraph", "m")};
  CHECK(Render("github", run) == "::warning file=a.txt,line=1,col=1,endLine=2,title=claimcheck dup.paragraph::m\n");
}

TEST_CASE("rdjsonl columns count UTF-8 bytes, SARIF columns code points", "[report]") {
  // "“é” x": the curly quotes are 3 bytes each, é 2; "x" starts at byte 9, code point 5.
  SourceText src("a.txt", "\xE2\x80\x9C\xC3\xA9\xE2\x80\x9D x\n");
  RunResult run;
  run.docs = {&src};
  run.findings = {MakeFinding(0, {9, 10}, "typo.x", "m")};
  std::string rd = Render("rdjsonl", run);
  CHECK(rd.find(R"("range":{"start":{"line":1,"column":10},"end":{"line":1,"column":11}})") != std::string::npos);
  std::string sarif = Render("sarif", run);
  CHECK(sarif.find(R"("startColumn": 5)") != std::string::npos);
  CHECK(sarif.find(R"("endColumn": 6)") != std::string::npos);
  CHECK(sarif.find(R"("columnKind": "unicodeCodePoints")") != std::string::npos);
}

TEST_CASE("SARIF URIs are relative paths with unsafe bytes percent-encoded", "[report]") {
  SourceText src("./drafts/my story#1.txt", "x\n");
  RunResult run;
  run.docs = {&src};
  run.findings = {MakeFinding(0, {0, 1}, "typo.x", "m")};
  CHECK(Render("sarif", run).find(R"("uri": "drafts/my%20story%231.txt")") != std::string::npos);
}

TEST_CASE("fingerprints ignore line numbers and edits elsewhere, and count repeats", "[report]") {
  SourceText before("a.txt", "He said the the plan.\n\nThen the the end.\n");
  SourceText after("a.txt", "A new lead paragraph.\n\nHe said the the plan.\n\nThen the the end.\n");
  auto prints = [](const SourceText& src, uint32_t shift) {
    std::vector<Finding> fs = {MakeFinding(0, {8 + shift, 15 + shift}, "typo.repeated-word", "m"),
                               MakeFinding(0, {28 + shift, 35 + shift}, "typo.repeated-word", "m")};
    return Fingerprints(fs, {&src});
  };
  auto a = prints(before, 0);
  auto b = prints(after, 23);
  REQUIRE(a.size() == 2);
  CHECK(a == b);
  // Same check and text, another sentence: another identity, each the first of its kind.
  CHECK(a[0].substr(0, 16) != a[1].substr(0, 16));
  CHECK(a[0].substr(16) == ":1");
  CHECK(a[1].substr(16) == ":1");
  // The same finding twice in one sentence is counted.
  SourceText twice("a.txt", "He said the the plan and the the end.\n");
  auto t = Fingerprints({MakeFinding(0, {8, 15}, "typo.repeated-word", "m"),
                         MakeFinding(0, {25, 32}, "typo.repeated-word", "m")},
                        {&twice});
  CHECK(t[0].substr(0, 16) == t[1].substr(0, 16));
  CHECK(t[1].substr(16) == ":2");
  // Whitespace runs (a line break inside the span) do not matter.
  SourceText wrapped("a.txt", "He said the\nthe plan.\n");
  CHECK(Fingerprints({MakeFinding(0, {8, 15}, "typo.repeated-word", "m")}, {&wrapped})[0] == a[0]);
  // The check id does.
  CHECK(Fingerprints({MakeFinding(0, {8, 15}, "typo.other", "m")}, {&before})[0] != a[0]);
}

TEST_CASE("an identical finding inserted above in another sentence leaves a fingerprint alone", "[report]") {
  // The v1 identity numbered every "the the" in the file together, so a new one above shifted the
  // numbers of those below (":1" became ":2") and a baseline reported the old one as new.
  SourceText before("a.txt", "Then the the end.\n");
  SourceText after("a.txt", "A new lead with the the typo.\n\nThen the the end.\n");
  auto old_one = Fingerprints({MakeFinding(0, {5, 12}, "typo.repeated-word", "m")}, {&before});
  auto now = Fingerprints({MakeFinding(0, {16, 23}, "typo.repeated-word", "m"),
                           MakeFinding(0, {36, 43}, "typo.repeated-word", "m")},
                          {&after});
  CHECK(now[1] == old_one[0]);
  CHECK(now[0] != old_one[0]);
  // Version 1 (for old baselines) behaved as documented then.
  auto v1 = FingerprintsV1({MakeFinding(0, {16, 23}, "typo.repeated-word", "m"),
                            MakeFinding(0, {36, 43}, "typo.repeated-word", "m")},
                           {&after});
  CHECK(v1[1].substr(16) == ":2");
}

TEST_CASE("the text summary says when hidden findings fail the run", "[report]") {
  SourceText src("a.txt", "x\n");
  RunResult run;
  run.docs = {&src};
  run.hidden_by = "--min-severity error";
  run.hidden_failing = {0, 3, 0};
  CHECK(Render("text", run) == "no findings shown; 3 warnings hidden by --min-severity error fail the run (1 file checked)\n");
  run.hidden_failing = {1, 1, 0};
  run.findings = {MakeFinding(0, {0, 1}, "typo.x", "m")};
  run.findings[0].severity = Severity::kError;
  std::string out = Render("text", run);
  CHECK(out.substr(out.rfind("1 finding")) ==
        "1 finding: 1 error, 0 warnings, 0 info; 1 warning and 1 info hidden by --min-severity error fail the run "
        "(1 file checked)\n");
  run.hidden_failing = {};
  run.findings.clear();
  CHECK(Render("text", run) == "no findings (1 file checked)\n");
}

TEST_CASE("FNV-1a 64 matches its published test vectors", "[report]") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

}  // namespace
}  // namespace claimcheck::report
