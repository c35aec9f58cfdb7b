// The stance of a story towards a claim (`claimcheck stance`, docs/stance.md): whether the story
// asserts the claim (for), refutes or negates it (against), reports it without taking a side
// (observing), or does not speak of it (unrelated), with the sentences and cue words that decided.
//
// The cue words are data (lexicons of the `stance` pack, rules/propositions/stance.yaml); lemmas
// and antonyms come from WordNet (extract/lemmatizer.h). A StanceDecider is immutable after
// Create and thread-safe.
#ifndef CLAIMCHECK_CHECK_STANCE_H_
#define CLAIMCHECK_CHECK_STANCE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "check/analysis.h"
#include "extract/propositions.h"
#include "rules/pack.h"

namespace claimcheck::check {

enum class StanceLabel { kFor, kAgainst, kObserving, kUnrelated };
std::string_view StanceLabelName(StanceLabel label);

// One sentence that took a side, and why.
struct StanceEvidence {
  StanceLabel label = StanceLabel::kFor;
  Span sentence;      // normalised offsets
  Span cue;           // the deciding words (normalised offsets); empty for a plain assertion
  std::string rule;   // "stance/refutation", "stance/negation", ... (docs/stance.md)
  std::string frame;  // the rule of the attribution frame the cue stands in, or ""
  size_t paragraph = 0;  // index of the sentence's paragraph
};

struct StanceResult {
  StanceLabel stance = StanceLabel::kUnrelated;
  std::vector<StanceEvidence> evidence;  // the sentences that decided, in text order
};

// A word of a claim or a sentence: the proposition layer's tokens (extract/propositions.h).
using StanceToken = extract::WordToken;
inline std::vector<StanceToken> StanceTokens(std::string_view text, uint32_t base = 0) {
  return extract::TokenizeWords(text, base);
}

class StanceDecider {
 public:
  // Reads the lexicons of the `stance` pack; an error names the missing lexicon.
  static Result<StanceDecider> Create(const rules::RuleSet& rules);

  StanceResult Decide(std::string_view claim, const Analysis& story) const;

 private:
  using Phrase = std::vector<std::string>;
  // Phrases by their first word.
  using PhraseIndex = std::unordered_map<std::string, std::vector<Phrase>>;
  // The length of the longest phrase of `index` that starts at tokens[i], or 0.
  static size_t MatchAt(const PhraseIndex& index, const std::vector<StanceToken>& tokens, size_t i);

  PhraseIndex refutation_, negated_refutation_, hedge_, negation_, negation_after_;
  std::unordered_set<std::string> openers_, stopwords_;
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_STANCE_H_
