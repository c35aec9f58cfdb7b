// The open proposition layer: every clause of the narration and of every attribution's content
// as a claim whatever its subject (docs/claims.md, "Propositions"): a subject, a predicate (the
// verb's WordNet lemma and its particles), an object or complement, polarity, modality and the
// normalised content words that align it with other claims. The typed attribute claims
// (claim.h) stay the precise layer; propositions are the open layer beneath them.
//
// Clauses are read from the extract stage's token layer (extract/tokens.h: the same tokeniser,
// with this layer's lexicons as token classes), one tokenisation per sentence read; WordNet lemmas
// are looked up only for the words that need one, once per word and thread. TokenizeWords, a
// small tokeniser of words with their lemmas, serves the stance command and the packs' phrases.
#ifndef CLAIMCHECK_EXTRACT_PROPOSITIONS_H_
#define CLAIMCHECK_EXTRACT_PROPOSITIONS_H_

#include <optional>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "extract/claim.h"
#include "extract/tokens.h"
#include "rules/pack.h"
#include "segment/text.h"

namespace claimcheck::extract {

// A word, or one of the punctuation marks ? : . ! ; , of a text.
struct WordToken {
  std::string lower;  // lower case; "isn't" stays one token
  std::string lemma;  // WordNet lemma of `lower` without a final "'s" (punctuation: itself)
  Span span;          // byte offsets into the tokenised text, plus the base given to Tokenize
  uint32_t cls = 0;   // token classes (PropositionReader's lexicon); 0 from TokenizeWords
  bool verb = false;  // the lemma is a WordNet verb (set with the lemma)
};
// Splits `text` into Tokens; spans are offsets into `text` plus `base`. Without `lemmas`, every
// word's lemma is left empty for the caller to fill where it needs one (LemmaOf): WordNet lookups
// are most of the layer's cost.
std::vector<WordToken> TokenizeWords(std::string_view text, uint32_t base = 0, bool lemmas = true);
// The token's lemma, computed on first use when Tokenize left it empty.
const std::string& LemmaOf(WordToken& t);
// Whether the token's lemma is a WordNet verb (IsVerb(LemmaOf(t)), cached with the lemma).
bool HasVerbLemma(WordToken& t);
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
  // Only the sentences whose index is set in `sentences`, when given. Without `content`, the
  // propositions' content words are left empty (the open claims align on subject and object
  // text, and skip those lemma look-ups).
  std::vector<Proposition> Extract(const segment::Text& text, const DocumentClaims& claims,
                                   const std::vector<char>* sentences = nullptr, bool content = true) const;
  // The words of a short text (a proposition's subject or object) as Extract reads them, with
  // their classes and no lemmas yet (LemmaOf).
  std::vector<WordToken> Words(std::string_view text) const {
    return Tokens(text, {0, static_cast<uint32_t>(text.size())});
  }

 private:
  // The sentence's tokens (tokens.h) as the clause reader sees them: words and clause
  // punctuation, "689,000" one number.
  std::vector<WordToken> Tokens(std::string_view text, Span sentence) const;
  void ReadSentence(const segment::Text& text, size_t si, bool content, std::vector<Proposition>* out) const;
  void ReadClause(std::vector<WordToken>& tk, size_t begin, size_t end, std::string_view text, bool content,
                  std::vector<Proposition>* out) const;
  // Modality and attribution from the frames whose content holds each proposition.
  void Place(const DocumentClaims& claims, std::vector<Proposition>* props) const;
  TokenLexicon lexicon_;
};

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_PROPOSITIONS_H_
