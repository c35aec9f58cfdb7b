// Noun-phrase chunks over tokens (extract/tokens.h), found by rules on token classes: the phrase
// that ends just before a cue ("a spokesman for the company" said) and the one that starts just
// after it (said "the official", told "reporters"). No part-of-speech tagger: a chunk is a run
// of words that are not function words, closed by a determiner, and may go on through a
// preposition to the phrase before it ("officials familiar with the matter").
#ifndef CLAIMCHECK_EXTRACT_CHUNKS_H_
#define CLAIMCHECK_EXTRACT_CHUNKS_H_

#include <cstddef>
#include <optional>
#include <vector>

#include "extract/tokens.h"

namespace claimcheck::extract {

// A half-open range of token indexes.
struct Chunk {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

// The noun phrase that ends at token `end` (exclusive), no earlier than token `floor`; nullopt
// when the token before `end` cannot end one (a determiner, a preposition, punctuation, a verb
// from the lexicons).
std::optional<Chunk> ChunkBefore(const std::vector<Token>& tokens, size_t end, size_t floor);

// A word that counts what an "of" phrase after it names, or stands for it alone: "some (of)",
// "19 percent of", "half of", "many", "both".
bool IsQuantity(const Token& t);

// A noun of number before "of" that heads a group of people: "a number of economists", "a
// handful of senators".
bool IsCollective(const Token& t);

// Whether a chunk before a cue is a plural subject, so that a verb's base form agrees with it:
// its last word ends in -s ("voters"), a quantity opens it before "of" ("19 percent of college
// students polled", "some of the staff"), or its head before "of" or "from" does ("Audit files
// from NGP VAN", "supporters of the law").
bool PluralSubject(const std::vector<Token>& tokens, Chunk chunk);

// Whether the cue word at token `k` heads a noun phrase ("The report said", "Abortion rights
// advocates say", "His tweet read"): a source-head word after a determiner, a possessive or a
// modifier, or a plural one alone.
bool SourceHeadAt(const std::vector<Token>& tokens, size_t k, size_t floor);

// The noun phrase that starts at token `begin`, ending before `limit`; nullopt when none does.
std::optional<Chunk> ChunkAfter(const std::vector<Token>& tokens, size_t begin, size_t limit);

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_CHUNKS_H_
