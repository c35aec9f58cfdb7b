#include "check/words.h"

#include <array>

namespace claimcheck::check {
namespace {

// A table, not std::isalnum: no locale lookups in the loop every word check runs over every byte.
constexpr auto kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  return t;
}();

bool WordByte(unsigned char c) { return kWordByte[c]; }

}  // namespace

void AppendWords(std::string_view text, Span scope, std::vector<Word>* out) {
  uint32_t i = scope.begin;
  while (i < scope.end) {
    if (!WordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    Word w;
    w.span.begin = i;
    while (i < scope.end) {
      auto c = static_cast<unsigned char>(text[i]);
      if (WordByte(c)) {
        if (c >= '0' && c <= '9') w.alpha = false;
        if (!(c >= 'a' && c <= 'z')) w.ascii_lower = false;
        ++i;
      } else if ((c == '\'' || c == '-') && i + 1 < scope.end &&
                 WordByte(static_cast<unsigned char>(text[i + 1]))) {
        w.alpha = false;
        w.ascii_lower = false;
        ++i;
      } else {
        break;
      }
    }
    w.span.end = i;
    out->push_back(w);
  }
}

}  // namespace claimcheck::check
