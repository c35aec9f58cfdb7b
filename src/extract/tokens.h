// The token layer of the extract stage: one tokenisation of a stretch of normalised text, each
// token classed once from the rule packs' lexicons (cue verbs in every inflection, pronouns,
// determiners, words that may stand between a source and its cue, ...) and by its shape
// (capitalised, number, punctuation kind). Frame rules (extract/frames.h) and noun-phrase chunks
// (extract/chunks.h) read tokens, never bytes, so every byte is classed once.
//
// A TokenLexicon is immutable after FromRules and thread-safe.
#ifndef CLAIMCHECK_EXTRACT_TOKENS_H_
#define CLAIMCHECK_EXTRACT_TOKENS_H_

#include <cstdint>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "rules/pack.h"

namespace claimcheck::extract {

// Token classes, a bitmask. Shape classes come from the bytes; lexicon classes from the lexicon
// of the same name in the rule packs (see kLexiconClasses in tokens.cc and rules/claims/cues.yaml).
enum TokenClass : uint32_t {
  // Shape.
  kWord = 1u << 0,         // letters or digits
  kCapitalised = 1u << 1,  // starts with an upper-case letter
  kNumber = 1u << 2,       // starts with a digit
  kQuote = 1u << 3,        // "
  kComma = 1u << 4,        // ,
  kColon = 1u << 5,        // :
  kFinal = 1u << 6,        // . ? !
  kOtherPunct = 1u << 7,   // ; ( ) - and the rest
  kPossessive = 1u << 8,   // "Trump's", "voters'"
  // Lexicons.
  kCueSpeech = 1u << 9,    // cue-speech: said, tells, adding
  kCueThought = 1u << 10,  // cue-thought: believes, hoped
  kCueOther = 1u << 11,    // cue-other: criticized, showed
  kPronoun = 1u << 12,     // source-pronoun: he, she, they, who
  kDeterminer = 1u << 13,  // determiner: the, a, his
  kSkip = 1u << 14,        // cue-skip: also, has, would, later
  kBoundary = 1u << 15,    // source-boundary: and, that, if, because
  kObjectFirst = 1u << 16, // cue-object-first: told, urged (an object before the content)
  kPreposition = 1u << 17, // preposition: of, for, at
  kBe = 1u << 18,          // be: is, was, been (a passive before a participle)
  kTime = 1u << 19,        // time-word: Monday, yesterday, week
  kAnonymous = 1u << 20,   // anonymous-head: source, officials, aides
  kAbbreviation = 1u << 21,// abbreviation: Mr., U.S. (their period is part of the token)
  kOutlet = 1u << 22,      // outlet: newspaper, agency, daily (a source that is a news outlet)
  kColonLabel = 1u << 23,  // colon-label: source, photo, update ("Image Source:" opens no quotation)
  kSourceHead = 1u << 24,  // source-head: report, advocates, tweet (a cue word that heads a source: "the report said")
  kCuePassive = 1u << 25,  // cue-passive: reported, denied, praised (a passive whose agent after "by" is the source)
  // (Frame classes from the top bit down, so that classes added from the bottom up do not collide.)
  kEvidential = 1u << 31,  // cue-evidential: seems, appeared, expected (a frame with no source)
  kCueWeakClause = 1u << 30,  // cue-clause-weak: maintained, pledged (a bare clause only after a pronoun)
  kCueInfinitive = 1u << 29,  // cue-infinitive: vowed, agreed, promises (a speech verb whose "to ..." is its content)
  kCueAuxiliary = 1u << 28,  // cue-auxiliary: did, would, doesn't (a base form follows; also kSkip)
  kPoll = 1u << 27,           // poll-word: poll, survey (a source through "in": "in a new poll, ...")
  kCueNoun = 1u << 26,        // cue-noun: claim, promise, call (after a possessive: "Trump's claim that ...")
};

constexpr uint32_t kPunct = kQuote | kComma | kColon | kFinal | kOtherPunct;
constexpr uint32_t kCue = kCueSpeech | kCueThought | kCueOther;

struct Token {
  Span span;          // bytes in the normalised text
  std::string lower;  // ASCII lower case
  uint32_t cls = 0;
  bool Is(uint32_t c) const { return (cls & c) != 0; }
};

class TokenLexicon {
 public:
  // The classes of every lexicon in `rules` named in kLexiconClasses; a word in several
  // lexicons has all their classes. Errors when none of the cue lexicons is present.
  static Result<TokenLexicon> FromRules(const rules::RuleSet& rules);
  // A lexicon for another layer's own classes: each named lexicon ("propositions.negations",
  // qualified by its pack) gives its words the caller's bits. Tokenize keeps the shape classes
  // (kWord ... kPossessive) and reads kAbbreviation, so callers use bits above kPossessive other
  // than kAbbreviation, and give the `abbreviation` lexicon kAbbreviation to keep "Mr." whole.
  // Lexicons missing from `rules` are skipped.
  static TokenLexicon FromLexicons(const rules::RuleSet& rules,
                                   const std::vector<std::pair<std::string, uint32_t>>& lexicons);
  // The same from words (any case) and their bits.
  static TokenLexicon FromWords(const std::vector<std::pair<std::string, uint32_t>>& words);
  uint32_t ClassOf(std::string_view lower) const { return ClassOf(lower, HashOf(lower)); }
  // With the word's HashOf, computed while it was lower-cased (Tokenize does). Most words are
  // in no lexicon and miss on an empty first slot: that test is inline, the probe is not.
  uint32_t ClassOf(std::string_view lower, uint64_t hash) const {
    if (slots_.empty() || slots_[hash & (slots_.size() - 1)].cls == 0) return 0;
    return Probe(lower, hash);
  }
  // FNV-1a, one step per byte, so a tokeniser can hash while it lower-cases.
  static constexpr uint64_t kHashSeed = 14695981039346656037ull;
  static constexpr uint64_t HashStep(uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
  static uint64_t HashOf(std::string_view s) {
    uint64_t h = kHashSeed;
    for (char c : s) h = HashStep(h, c);
    return h;
  }

 private:
  // Open addressing, a power of two slots at most a quarter full: a miss (most words) costs one
  // or two probes and no string compare. A slot is 32 bytes and holds words of up to 16 bytes
  // inline (zero-padded), so a hit is two 8-byte compares; longer words are in long_words_.
  static constexpr size_t kInline = 16;
  struct Slot {
    uint64_t hash = 0;
    uint64_t word[2] = {0, 0};  // the first kInline bytes, zero-padded
    uint32_t cls = 0;
    uint32_t size = 0;
  };
  void Add(const std::string& word, uint32_t cls);
  // ClassOf past an occupied first slot.
  uint32_t Probe(std::string_view lower, uint64_t hash) const;
  std::vector<Slot> slots_;
  std::vector<std::pair<uint64_t, std::string>> long_words_;  // hash and word, for words over kInline
};

// The tokens of `text` inside `scope`, in order.
std::vector<Token> Tokenize(std::string_view text, Span scope, const TokenLexicon& lexicon);

// "said|cue-speech,word" style dump of tokens, for tests.
std::string DebugString(const std::vector<Token>& tokens, std::string_view text);

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_TOKENS_H_
