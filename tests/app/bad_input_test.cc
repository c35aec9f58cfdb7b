// Bad input, table-driven, through the command line: each case gets a correct result or a clear
// error with its location and exit 2, and nothing crashes.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <catch2/catch.hpp>

#include "tests/support/golden.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
using testing::RunCli;

// A scratch directory for files made by the test, removed at the end.
class Scratch {
 public:
  Scratch() : dir_(fs::temp_directory_path() / ("claimcheck-test-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Dir(const std::string& name) {
    fs::create_directories(dir_ / name);
    return (dir_ / name).string();
  }

 private:
  fs::path dir_;
};

// An extra pack that extends a built-in check with a new way of writing a range.
constexpr const char* kGoodPack = R"(pack: extra
description: an extra pack
rules:
  - id: through
    kind: pattern
    check: date.range-degenerate
    pattern: '\b(?P<range>(?P<month>September) (?P<d1>\d+) through (?P<d2>\d+))\b'
    filter: {name: same-number, args: [d1, d2]}
    message: 'range "{range}" starts and ends on one day'
    examples:
      bad: ['held <m>September 14 through 14</m> in Dushanbe']
      good: ['held September 14 through 15 in Dushanbe']
)";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  return s.replace(s.find(from), from.size(), to);
}

struct Case {
  std::string name;
  std::vector<std::string> args;
  int exit_code;
  std::string err;  // a piece of standard error ("" = must be empty)
  std::string out;  // a piece of standard output
};

TEST_CASE("Bad input gets a clear error with its location and exit 2, never a crash", "[app][bad-input]") {
  Scratch s;
  // 50 MB with no line break: ordinary prose, and a stretch of repeated words that gives many
  // findings on one enormous line (column numbers must stay cheap).
  const std::string sentence = "The minister said talks on the border would resume next week. ";
  std::string huge;
  huge.reserve(50u << 20);
  while (huge.size() < (50u << 20) - 4096) huge += sentence;
  for (int i = 0; i < 500; ++i) huge += "the the cat ";
  const std::vector<Case> cases = {
      {"empty file", {"check", s.Write("empty.txt", "")}, 0, "", "no findings (1 file checked)"},
      {"invalid UTF-8", {"check", s.Write("latin1.txt", "caf\xE9 au lait\nsecond \xFF line\n")}, 2,
       "latin1.txt:1:4: error: truncated UTF-8 sequence: byte 0xE9 needs 2 continuation bytes, but the next byte is 0x20", ""},
      {"truncated UTF-8 at the end", {"check", s.Write("trunc.txt", "ok\n\xE2\x80")}, 2, "trunc.txt:2:1: error: truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes", ""},
      {"overlong UTF-8", {"check", s.Write("overlong.txt", "a\xC0\xAF")}, 2, "overlong.txt:1:2: error: invalid UTF-8: overlong encoding: bytes 0xC0 0xAF", ""},
      {"binary file", {"check", s.Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))}, 2,
       "image.txt:3:1: error: binary file: NUL byte", ""},
      {"UTF-16 file", {"check", s.Write("utf16.txt", std::string("\xFF\xFEh\0i\0", 6))}, 2, "utf16.txt:1:1: error: looks like UTF-16", ""},
      {"a 50 MB file with no line break", {"check", "--fail-on", "none", s.Write("huge.txt", huge)}, 0, "",
       // The 500 "the the"s at its end are past the first MiB, which is all of a paragraph the
       // analysis reads (max-paragraph-bytes): limit.paragraph says how much was not checked.
       "huge.txt:1:1048576: warning: 51382145 bytes of this paragraph are not checked (at most 1048576 bytes of a "
       "paragraph are analysed; max-paragraph-bytes) [limit.paragraph]"},
      {"missing path", {"check", (fs::temp_directory_path() / "claimcheck-no-such-file.txt").string()}, 2,
       "claimcheck-no-such-file.txt: error: no such file or directory", ""},
      {"directory with no text files", {"check", s.Dir("empty-dir")}, 2, "empty-dir: error: directory holds no .txt or .md files", ""},
      {"a directory among good files still reports the good ones",
       {"check", s.Dir("empty-dir2"), s.Write("good.txt", "He said the the talks ended.\n")}, 2, "empty-dir2: error:",
       "good.txt:1:9: warning: repeated word \"the\""},
      {"front matter date that is not a date", {"check", s.Write("bad-date.md", "---\ndate: next week\n---\nText.\n")}, 2,
       "bad-date.md:2:7: error: front matter date must be YYYY-MM-DD", ""},
      {"front matter date that is not a calendar date", {"check", s.Write("feb30.md", "---\ndate: 2015-02-30\n---\nText.\n")}, 2,
       "feb30.md:2:7: error: front matter date 2015-02-30 is not a calendar date", ""},
      {"front matter that is not YAML", {"check", s.Write("unclosed.md", "---\ntitle: [unclosed\n---\nText.\n")}, 2,
       "unclosed.md:3:1: error: front matter is not valid YAML", ""},
      {"rule pack with an unknown key",
       {"check", "--rules", s.Write("packs/unknown.yaml", Replace(kGoodPack, "    message:", "    mesage: x\n    message:")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "unknown.yaml:9:5: error: unknown key 'mesage' in rule 'through', did you mean 'message'?", ""},
      {"rule pack with a duplicate key",
       {"check", "--rules", s.Write("packs/dup.yaml", Replace(kGoodPack, "    kind: pattern\n", "    kind: pattern\n    kind: pattern\n")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "dup.yaml:6:5: error: duplicate key 'kind' in rule 'through' (first at line 5)", ""},
      {"rule whose regex does not compile",
       {"check", "--rules", s.Write("packs/regex.yaml", Replace(kGoodPack, "(?P<month>September)", "(?P<month>September")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "regex.yaml:7:14: error: rule 'through': pattern does not compile: missing )", ""},
      {"rule without examples",
       {"check", "--rules",
        s.Write("packs/noex.yaml", Replace(kGoodPack, "    examples:\n      bad: ['held <m>September 14 through 14</m> in Dushanbe']\n      good: ['held September 14 through 15 in Dushanbe']\n", "")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "noex.yaml:4:5: error: rule 'through': missing required key 'examples'", ""},
      {"rule pack that is not YAML", {"check", "--rules", s.Write("packs/broken.yaml", "pack: [x\n"), "fixtures/eurasianet-tajikistan-general.txt"}, 2,
       "broken.yaml:2:1: error: YAML syntax error", ""},
      {"rule feeding an unknown check",
       {"check", "--rules", s.Write("packs/check.yaml", Replace(kGoodPack, "check: date.range-degenerate", "check: date.range-degenerat")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "check.yaml:6:12: error: rule 'extra/through': unknown check 'date.range-degenerat', did you mean 'date.range-degenerate'?", ""},
      {"rule feeding a check written in code",
       {"check", "--rules", s.Write("packs/code.yaml", Replace(kGoodPack, "check: date.range-degenerate", "check: typo.repeated-word")),
        "fixtures/eurasianet-tajikistan-general.txt"},
       2, "code.yaml:6:12: error: rule 'extra/through': check 'typo.repeated-word' is written in code and takes no pattern rules", ""},
      {"a valid extra pack is used", {"check", "--rules", s.Write("packs/ok.yaml", kGoodPack), s.Write("the.txt", "Held September 14 through 14.\n")}, 1, "",
       "the.txt:1:6: warning: range \"September 14 through 14\" starts and ends on one day [date.range-degenerate]"},
      {"only the given packs: checks needing the built-in ones' lexicons do not run",
       {"check", "--no-builtin-rules", "--rules", s.Write("packs2/ok.yaml", kGoodPack), s.Write("only.txt", "Held September 14 through 14. The the end.\n")}, 1, "",
       "1 finding: 0 errors, 1 warning, 0 info"},  // the range from the given pack; no "the the": typo.repeated-word needs the built-in lexicon
      {"the same file named twice is checked once",
       {"check", "fixtures/eurasianet-tajikistan-general.txt", "./fixtures/eurasianet-tajikistan-general.txt"}, 1, "",
       "(1 file checked)"},
      {"unknown format", {"check", "--format", "jsno", "fixtures/eurasianet-tajikistan-general.txt"}, 2,
       "unknown format 'jsno', did you mean 'json'?", ""},
      {"unknown fail-on level", {"check", "--fail-on", "warn", "fixtures/eurasianet-tajikistan-general.txt"}, 2,
       "--fail-on must be error, warning, info or none", ""},
      {"impossible --date", {"check", "--date", "2015-02-30", "fixtures/eurasianet-tajikistan-general.txt"}, 2,
       "--date must be a real date written YYYY-MM-DD, got '2015-02-30'", ""},
      {"unknown command", {"chek", "x.txt"}, 2, "unknown command 'chek', did you mean 'check'?", ""},
      {"no paths", {"check"}, 2, "paths is required", ""},
      {"rules --lint on a bad pack", {"rules", "--lint", s.Write("lint/bad.yaml", Replace(kGoodPack, "good: ['held September 14 through 15 in Dushanbe']", "good: ['held September 14 through 14 in Dushanbe']"))}, 2,
       "bad.yaml:12:14: error: rule 'extra/through': good example fired on \"September 14 through 14\"", ""},
      {"an ellipsis after a capital (read as an initial) in JSON claims",
       {"claims", "--format", "json", s.Write("ellipsis.txt", "Clinton Insulted The Victims \xE2\x80\x94 \xE2\x80\x98" "Didn\xE2\x80\x99t Lose A\xE2\x80\xA6.\xE2\x80\x99\n")}, 0, "",
       // Its span once ended inside the ellipsis's bytes and the JSON writer threw on them.
       "\"text\": \"Clinton Insulted The Victims \xE2\x80\x94 \xE2\x80\x98" "Didn\xE2\x80\x99t Lose A\""},
      {"rules --lint on a good pack", {"rules", "--lint", s.Write("lint2/good.yaml", kGoodPack)}, 0, "", "every example passes"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.name) {
      auto r = RunCli(c.args);
      INFO("stdout: " << r.out.substr(0, 2000));
      INFO("stderr: " << r.err.substr(0, 2000));
      CHECK(r.exit_code == c.exit_code);
      if (c.err.empty()) {
        CHECK(r.err.empty());
      } else {
        CHECK(r.err.find(c.err) != std::string::npos);
      }
      if (!c.out.empty()) CHECK(r.out.find(c.out) != std::string::npos);
    }
  }
}

}  // namespace
}  // namespace claimcheck
