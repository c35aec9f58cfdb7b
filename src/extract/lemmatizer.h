// Lemmas and antonyms from WordNet 3.0 (Debian's wordnet-base, compiled in by
// scripts/gen-wordnet-lexicon into wordnet_lexicon.inc): the base form of an English word the
// way WordNet's morphy finds it (exception lists, then detachment rules validated against the
// verb and adjective indexes), and whether two lemmas are direct antonyms.
//
// Stateless and thread-safe: the tables are constant arrays searched by binary search, so no
// start-up cost.
#ifndef CLAIMCHECK_EXTRACT_LEMMATIZER_H_
#define CLAIMCHECK_EXTRACT_LEMMATIZER_H_

#include <string>
#include <string_view>

namespace claimcheck::extract {

// The lemma of a lower-case word: "went" -> "go", "caused" -> "cause", "denies" -> "deny",
// "arrested" -> "arrest", "mice" -> "mouse", "pipelines" -> "pipeline". A word WordNet does not
// know, and one that no rule reduces, is its own lemma.
std::string Lemma(std::string_view word);

// Whether `word` is an irregular form in WordNet's exception lists ("went", "mice").
bool IsIrregular(std::string_view word);

// Whether `lemma` is a one-word verb lemma of WordNet's index.verb.
bool IsVerb(std::string_view lemma);

// Whether `lemma` is a one-word adjective lemma of WordNet's index.adj.
bool IsAdjective(std::string_view lemma);

// Whether WordNet lists `a` and `b` (lemmas) as direct antonyms: "alive"/"dead", "win"/"lose".
bool Antonyms(std::string_view a, std::string_view b);

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_LEMMATIZER_H_
