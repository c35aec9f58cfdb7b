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

// Appends the words in text[scope] to `out`: runs of letters and digits (bytes >= 0x80 count as
// letters), with an inner apostrophe or hyphen kept inside the word ("don't", "post-Soviet").
// The Analyzer tokenises each document once (Analysis::words); checks read that.
void AppendWords(std::string_view text, Span scope, std::vector<Word>* out);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_WORDS_H_
