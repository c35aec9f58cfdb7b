// The tokeniser at its buffer's edge: words are lower-cased and hashed into a 64-byte buffer
// while they fit it, and go on unbuffered past it. Every length around the edge, with an inner
// mark falling on it, must give the same token as a short word would.
#include "extract/tokens.h"

#include <catch2/catch.hpp>

#include <string>

namespace claimcheck::extract {
namespace {

std::string Lowered(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  return s;
}

TEST_CASE("Tokenize: words around the 64-byte buffer keep every byte, and the next word its class", "[extract][tokens]") {
  const TokenLexicon lex = TokenLexicon::FromWords({{"said", kCueSpeech}, {"mr.", kAbbreviation}});
  for (size_t len = 58; len <= 70; ++len) {
    for (size_t mark = 0; mark <= len - 2; mark += (mark < 55 ? 55 : 1)) {
      // A capitalised word of `len` bytes with a hyphen at `mark` (none when mark is 0).
      std::string word(len, 'x');
      for (size_t k = 0; k < len; k += 7) word[k] = 'Q';
      if (mark > 0) word[mark] = '-';
      const std::string text = "Mr. " + word + " said.";
      auto toks = Tokenize(text, {0, static_cast<uint32_t>(text.size())}, lex);
      INFO("len " << len << " mark " << mark);
      REQUIRE(toks.size() == 4);
      CHECK(toks[0].lower == "mr.");
      CHECK(toks[0].Is(kAbbreviation));
      CHECK(toks[1].lower == Lowered(word));
      CHECK(toks[1].span.begin == 4u);
      CHECK(toks[1].span.end == 4u + len);
      CHECK(toks[1].cls == (kWord | kCapitalised));
      CHECK(toks[2].lower == "said");
      CHECK(toks[2].cls == (kWord | kCueSpeech));
      CHECK(toks[3].Is(kFinal));
    }
  }
}

TEST_CASE("Tokenize: a lexicon word is classed however long the word before it", "[extract][tokens]") {
  const TokenLexicon lex = TokenLexicon::FromWords({{"said", kCueSpeech}});
  // The word's own class is looked up from its hash: a long word before it must not change it,
  // and a word that is the lexicon word plus a tail past the buffer is not it.
  const std::string long_said = "said" + std::string(80, 'd');
  const std::string text = long_said + " said " + std::string(100, 'a') + "-said";
  auto toks = Tokenize(text, {0, static_cast<uint32_t>(text.size())}, lex);
  REQUIRE(toks.size() == 3);
  CHECK(toks[0].cls == kWord);
  CHECK(toks[1].cls == (kWord | kCueSpeech));
  CHECK(toks[2].lower == std::string(100, 'a') + "-said");
  CHECK(toks[2].cls == kWord);
}

}  // namespace
}  // namespace claimcheck::extract
