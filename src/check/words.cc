#include "check/words.h"

#include <cctype>

namespace claimcheck::check {
namespace {

bool WordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

std::vector<Word> Words(std::string_view text, Span scope) {
  std::vector<Word> out;
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
        if (std::isdigit(c)) w.alpha = false;
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
    out.push_back(w);
  }
  return out;
}

}  // namespace claimcheck::check
