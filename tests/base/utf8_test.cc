#include "base/utf8.h"

#include <catch2/catch.hpp>

#include "base/edit_distance.h"

namespace claimcheck {
namespace {

TEST_CASE("UTF-8 validation finds the first ill-formed byte", "[base]") {
  struct Case {
    std::string text;
    size_t bad;
  };
  const Case cases[] = {
      {"plain ascii text, long enough for the fast path", utf8::kValid},
      {"\xC3\xA9\xE2\x80\x9C\xF0\x9D\x84\x9E", utf8::kValid},
      {"abcdefgh\x80", 8},            // lone continuation byte after the 8-byte fast path
      {"\xC3", 0},                    // truncated
      {"\xC0\xAF", 0},                // overlong '/'
      {"\xE0\x80\xAF", 0},            // overlong
      {"\xED\xB0\x80", 0},            // surrogate
      {"ok\xF5\x80\x80\x80", 2},      // beyond U+10FFFF
      {"\xE2\x28\xA1", 0},            // bad continuation
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(utf8::FindInvalid(c.text) == c.bad);
  }
}

TEST_CASE("UTF-8 decode and encode round-trip", "[base]") {
  for (char32_t cp : {U'a', U'\u00E9', U'\u201C', U'\U0001D11E'}) {
    std::string s;
    utf8::Append(cp, &s);
    size_t pos = 0;
    CHECK(utf8::Decode(s, &pos) == cp);
    CHECK(pos == s.size());
    CHECK(utf8::CodePoints(s) == 1);
  }
}

TEST_CASE("Did you mean: the closest name within reach", "[base]") {
  const std::vector<std::string> ids = {"date.range-degenerate", "date.range-reversed", "typo.joined-words"};
  CHECK(DidYouMean("date.rnage-degenerate", ids) == ", did you mean 'date.range-degenerate'?");
  CHECK(DidYouMean("completely-different", ids).empty());
  CHECK(EditDistance("kitten", "sitting") == 3);
}

}  // namespace
}  // namespace claimcheck
