// The open proposition layer: every clause of the narration and of every attribution's content
// as a claim whatever its subject (docs/claims.md, "Propositions"): a subject, a predicate (the
// verb's WordNet lemma and its particles), an object or complement, polarity, modality and the
// normalised content words that align it with other claims. The typed attribute claims
// (claim.h) stay the precise layer; propositions are the open layer beneath them.
//
// The tokeniser here is small and private to this layer (words with their WordNet lemmas), until
// a shared token layer replaces it. Stateless functions; thread-safe.
#ifndef CLAIMCHECK_EXTRACT_PROPOSITIONS_H_
#define CLAIMCHECK_EXTRACT_PROPOSITIONS_H_

#include <optional>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "extract/claim.h"
#include "rules/pack.h"
#include "segment/text.h"

namespace claimcheck::extract {

// A word, or one of the punctuation marks ? : . ! ; , of a text.
struct WordToken {
  std::string lower;  // lower case; "isn't" stays one token
  std::string lemma;  // WordNet lemma of `lower` without a final "'s" (punctuation: itself)
  Span span;          // byte offsets into the tokenised text, plus the base given to Tokenize
};
// Splits `text` into Tokens; spans are offsets into `text` plus `base`. Without `lemmas`, every
// word's lemma is left empty for the caller to fill where it needs one (LemmaOf): WordNet lookups
// are most of the layer's cost.
std::vector<WordToken> TokenizeWords(std::string_view text, uint32_t base = 0, bool lemmas = true);
// The token's lemma, computed on first use when Tokenize left it empty.
const std::string& LemmaOf(WordToken& t);
bool IsWordToken(const WordToken& t);

struct Proposition {
  Span span;              // the clause (normalised text)
  TextRef subject;        // "Banksy", "the street artist"
  std::string predicate;  // verb lemma and particles: "arrest", "take over", "be"
  TextRef predicate_text; // as written: "has not been arrested"
  TextRef object;         // object or complement, may be empty
  Polarity polarity = Polarity::kPositive;  // not, no, never, n't, "failed to"
  Modality modality = Modality::kAsserted;  // reported in a frame's content, denied by a denying cue, hedged
  std::vector<std::string> content;         // sorted distinct content lemmas of subject, predicate, object
  int attribution = -1;   // the frame whose content holds the clause, or -1 for narration
};

// Reads clauses with the lexicons of the `propositions` pack (rules/propositions/) and the
// `stance` pack's stopwords. Immutable after creation; thread-safe.
class PropositionReader {
 public:
  // Without the packs (--no-builtin-rules and none given) the layer is off: nullopt.
  static std::optional<PropositionReader> FromRules(const rules::RuleSet& rules);

  // The propositions of every sentence of `text`, in text order; `claims` gives the attribution
  // frames (for modality and `attribution`).
  // Only the sentences whose index is set in `sentences`, when given.
  std::vector<Proposition> Extract(const segment::Text& text, const DocumentClaims& claims,
                                   const std::vector<char>* sentences = nullptr) const;

 private:
  using Words = std::unordered_set<std::string>;
  void ReadClause(std::vector<WordToken>& tk, size_t begin, size_t end, std::string_view text,
                  std::vector<Proposition>* out) const;
  Words breaks_, auxiliaries_, hedging_modals_, negations_, failure_, adverbs_, particles_,
      determiners_, hedges_, stopwords_;
};

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_PROPOSITIONS_H_
