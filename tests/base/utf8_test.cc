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

TEST_CASE("UTF-8 errors say what is wrong with the sequence", "[base]") {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {"\xE2\x80", "truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes, but the file ends after 1"},
      {"\xE2", "truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes, but the file ends after it"},
      {"\xE2\x80x", "truncated UTF-8 sequence: byte 0xE2 needs 2 continuation bytes, but has only 1, then byte 0x78"},
      {"\xE9 au", "truncated UTF-8 sequence: byte 0xE9 needs 2 continuation bytes, but the next byte is 0x20"},
      {"\xC3", "truncated UTF-8 sequence: byte 0xC3 needs 1 continuation byte, but the file ends after it"},
      {"\xF0\x9D\x84", "truncated UTF-8 sequence: byte 0xF0 needs 3 continuation bytes, but the file ends after 2"},
      {"\xED\xA0\x80", "invalid UTF-8: byte 0xED starts an encoded UTF-16 surrogate (U+D800), which UTF-8 does not allow"},
      {"\xED\xB0", "invalid UTF-8: byte 0xED starts an encoded UTF-16 surrogate (U+DC00), which UTF-8 does not allow"},
      {"\xC0\xAF", "invalid UTF-8: overlong encoding: bytes 0xC0 0xAF encode U+002F, which UTF-8 writes in 1 byte"},
      {"\xE0\x80\xAF", "invalid UTF-8: overlong encoding: bytes 0xE0 0x80 0xAF encode U+002F, which UTF-8 writes in 1 byte"},
      {"\xF0\x82\x82\xAC", "invalid UTF-8: overlong encoding: bytes 0xF0 0x82 0x82 0xAC encode U+20AC, which UTF-8 writes in 3 bytes"},
      {"\xC1", "invalid UTF-8: overlong encoding: byte 0xC1 can only start a code point below U+0080, which UTF-8 writes in fewer bytes"},
      {"\xF4\x90\x80\x80", "invalid UTF-8: bytes 0xF4 0x90 0x80 0x80 encode U+110000, a code point above U+10FFFF, the last one Unicode has"},
      {"\xF5\x80\x80\x80", "invalid UTF-8: byte 0xF5 would start a code point above U+10FFFF, the last one Unicode has"},
      {"\x80", "invalid UTF-8: byte 0x80 is a continuation byte with no lead byte before it"},
      {"\xFF", "invalid UTF-8: byte 0xFF never occurs in UTF-8"},
  };
  for (const auto& c : cases) {
    INFO(c.message);
    REQUIRE(utf8::FindInvalid(c.text) == 0);
    CHECK(utf8::DescribeInvalid(c.text, 0) == c.message);
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
