// Word tokens over the normalised text, for checks that reason about words in code.
#ifndef CLAIMCHECK_CHECK_WORDS_H_
#define CLAIMCHECK_CHECK_WORDS_H_

#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck::check {

struct Word {
  Span span;
  bool alpha = true;       // only letters (ASCII or non-ASCII)
  bool ascii_lower = true;  // only a-z
};

// Words in text[scope]: runs of letters and digits (bytes >= 0x80 count as letters), with an
// inner apostrophe or hyphen kept inside the word ("don't", "post-Soviet").
std::vector<Word> Words(std::string_view text, Span scope);
// The same, appended to `out` (one tokenisation of a whole document, shared by the checks).
void AppendWords(std::string_view text, Span scope, std::vector<Word>* out);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_WORDS_H_
