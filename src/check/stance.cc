#include "check/stance.h"

#include <algorithm>
#include <cctype>

#include "extract/lemmatizer.h"

namespace claimcheck::check {
namespace {

bool IsWord(const StanceToken& t) { return extract::IsWordToken(t); }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Words after a negation that it may deny, and before it for `negation-after` words.
constexpr size_t kNegationReach = 4;
constexpr size_t kNegationReachBack = 3;

}  // namespace

std::string_view StanceLabelName(StanceLabel label) {
  switch (label) {
    case StanceLabel::kFor:
      return "for";
    case StanceLabel::kAgainst:
      return "against";
    case StanceLabel::kObserving:
      return "observing";
    case StanceLabel::kUnrelated:
      return "unrelated";
  }
  return "unrelated";
}

Result<StanceDecider> StanceDecider::Create(const rules::RuleSet& rules) {
  StanceDecider d;
  auto phrases = [&](const char* name, PhraseIndex* index) -> Status {
    const auto* lex = rules.Lexicon(std::string("stance.") + name);
    if (!lex) return Status::Error(std::string("rule pack 'stance' has no lexicon '") + name + "'");
    for (const auto& entry : *lex) {
      Phrase p;
      for (const auto& t : StanceTokens(entry)) p.push_back(t.lower);
      if (!p.empty()) (*index)[p[0]].push_back(std::move(p));
    }
    return Status();
  };
  for (auto [name, index] : {std::pair{"refutation", &d.refutation_},
                             {"negated-refutation", &d.negated_refutation_},
                             {"hedge", &d.hedge_},
                             {"negation", &d.negation_},
                             {"negation-after", &d.negation_after_}}) {
    Status s = phrases(name, index);
    if (!s.ok()) return s;
  }
  for (auto [name, set] : {std::pair{"refusal-openers", &d.openers_}, {"stopwords", &d.stopwords_}}) {
    const auto* lex = rules.Lexicon(std::string("stance.") + name);
    if (!lex) return Status::Error(std::string("rule pack 'stance' has no lexicon '") + name + "'");
    for (const auto& w : *lex) set->insert(w);
  }
  return d;
}

size_t StanceDecider::MatchAt(const PhraseIndex& index, const std::vector<StanceToken>& tokens, size_t i) {
  auto it = index.find(tokens[i].lower);
  if (it == index.end()) return 0;
  size_t best = 0;
  for (const Phrase& p : it->second) {
    if (p.size() <= best || i + p.size() > tokens.size()) continue;
    bool all = true;
    for (size_t k = 1; k < p.size() && all; ++k) all = tokens[i + k].lower == p[k];
    if (all) best = p.size();
  }
  return best;
}

namespace {

struct SentenceView {
  Span span;
  size_t paragraph = 0;
  std::vector<StanceToken> tokens;
  size_t shared = 0;  // distinct content lemmas shared with the claim
};

}  // namespace

StanceResult StanceDecider::Decide(std::string_view claim, const Analysis& story) const {
  StanceResult result;
  // The claim's content lemmas, and whether the claim is negative itself.
  std::unordered_set<std::string> content;
  bool claim_negative = false;
  const std::vector<StanceToken> claim_tokens = StanceTokens(claim);
  for (size_t i = 0; i < claim_tokens.size(); ++i) {
    const StanceToken& t = claim_tokens[i];
    if (MatchAt(negation_, claim_tokens, i) || EndsWith(t.lower, "n't")) claim_negative = true;
    if (IsWord(t) && t.lower.size() > 1 && !stopwords_.count(t.lower) && !stopwords_.count(t.lemma)) {
      content.insert(t.lemma);
    }
  }
  if (content.empty()) return result;
  auto is_content = [&](const StanceToken& t) { return IsWord(t) && !stopwords_.count(t.lower) && content.count(t.lemma); };

  std::vector<SentenceView> sentences;
  for (const auto& s : story.text.sentences) {
    SentenceView v;
    v.span = s.span;
    v.paragraph = s.paragraph;
    v.tokens = StanceTokens(story.text.Slice(s.span), s.span.begin);
    std::unordered_set<std::string> seen;
    for (const auto& t : v.tokens) {
      if (is_content(t)) seen.insert(t.lemma);
    }
    v.shared = seen.size();
    sentences.push_back(std::move(v));
  }

  auto frame_of = [&](Span cue) -> std::string {
    for (const auto& f : story.claims.attributions) {
      Span whole = f.content.span;
      if (f.source) whole = {std::min(whole.begin, f.source->span.begin), std::max(whole.end, f.source->span.end)};
      whole = {std::min(whole.begin, f.cue.span.begin), std::max(whole.end, f.cue.span.end)};
      if (whole.Overlaps(cue)) return f.rule;
    }
    return "";
  };

  for (size_t si = 0; si < sentences.size(); ++si) {
    const SentenceView& s = sentences[si];
    // A sentence speaks of the claim when it shares a content word with it, or follows one that
    // does in the same paragraph ("Willie Nelson dead? Viral hoax fools internet").
    const bool aligned = s.shared > 0 || (si > 0 && sentences[si - 1].paragraph == s.paragraph &&
                                          sentences[si - 1].shared > 0);
    if (!aligned) continue;
    const auto& tk = s.tokens;
    size_t last = tk.size();
    while (last > 0 && tk[last - 1].lower == ".") --last;  // "Is it true?." as written by some tools
    const bool question = last > 0 && tk[last - 1].lower == "?";
    // A question that closes its paragraph leaves the claim open ("Willie Nelson dead?"); one
    // followed by an answer does not decide by itself.
    const bool open_question =
        question && (si + 1 == sentences.size() || sentences[si + 1].paragraph != s.paragraph ||
                     std::none_of(sentences[si + 1].tokens.begin(), sentences[si + 1].tokens.end(), IsWord));
    StanceEvidence ev;
    ev.sentence = s.span;
    ev.paragraph = s.paragraph;
    auto decide = [&](StanceLabel label, const char* rule, size_t from, size_t n) {
      ev.label = label;
      ev.rule = rule;
      if (n > 0) ev.cue = {tk[from].span.begin, tk[from + n - 1].span.end};
    };
    bool decided = false;
    for (size_t i = 0; i < tk.size() && !decided; ++i) {
      if (size_t n = MatchAt(negated_refutation_, tk, i)) {
        decide(StanceLabel::kFor, "stance/negated-refutation", i, n);
        decided = true;
      }
    }
    for (size_t i = 0; i < tk.size() && !decided; ++i) {
      if (size_t n = MatchAt(refutation_, tk, i)) {
        if (question) {
          decide(StanceLabel::kObserving, "stance/questioned-refutation", i, n);
        } else {
          decide(StanceLabel::kAgainst, "stance/refutation", i, n);
        }
        decided = true;
      }
    }
    if (!decided && tk.size() > 1 && openers_.count(tk[0].lower) && tk[1].lower == ",") {
      decide(StanceLabel::kAgainst, "stance/refusal", 0, 1);
      decided = true;
    }
    if (!decided && !claim_negative) {
      for (size_t i = 0; i < tk.size() && !decided; ++i) {
        size_t n = MatchAt(negation_, tk, i);
        const bool contracted = n == 0 && EndsWith(tk[i].lower, "n't");
        if (contracted) n = 1;
        if (n == 0) continue;
        bool hit = false;
        for (size_t k = i + n; k < std::min(tk.size(), i + n + kNegationReach) && !hit; ++k) hit = is_content(tk[k]);
        if (!hit && (contracted || MatchAt(negation_after_, tk, i))) {
          for (size_t k = i > kNegationReachBack ? i - kNegationReachBack : 0; k < i && !hit; ++k) hit = is_content(tk[k]);
        }
        if (!hit) continue;
        if (question) {
          decide(StanceLabel::kObserving, "stance/questioned-negation", i, n);
        } else {
          decide(StanceLabel::kAgainst, "stance/negation", i, n);
        }
        decided = true;
      }
    }
    if (!decided && open_question) {
      decide(StanceLabel::kObserving, "stance/question", last - 1, 1);
      decided = true;
    }
    for (size_t i = 0; i < tk.size() && !decided; ++i) {
      if (size_t n = MatchAt(hedge_, tk, i)) {
        decide(StanceLabel::kObserving, "stance/hedge", i, n);
        decided = true;
      }
    }
    if (!decided) {
      if (s.shared == 0) continue;  // context only: it neither says nor denies the claim
      decide(StanceLabel::kFor, "stance/asserts", 0, 0);
    }
    if (!ev.cue.empty()) ev.frame = frame_of(ev.cue);
    result.evidence.push_back(std::move(ev));
  }

  // The story's stance: against when any sentence refutes the claim; otherwise what the first
  // paragraph that speaks of the claim does (news puts its commitment in the headline and lead):
  // observing when a sentence of it only reports the claim, else for; unrelated when none does.
  if (std::any_of(result.evidence.begin(), result.evidence.end(),
                  [](const auto& e) { return e.label == StanceLabel::kAgainst; })) {
    result.stance = StanceLabel::kAgainst;
  } else if (!result.evidence.empty()) {
    const size_t first = result.evidence.front().paragraph;
    result.stance = std::any_of(result.evidence.begin(), result.evidence.end(),
                                [&](const auto& e) { return e.paragraph == first && e.label == StanceLabel::kObserving; })
                        ? StanceLabel::kObserving
                        : StanceLabel::kFor;
  }
  // The evidence: every sentence that refutes, or the sentences of the deciding paragraph.
  const size_t lead = result.evidence.empty() ? 0 : result.evidence.front().paragraph;
  std::erase_if(result.evidence, [&](const auto& e) {
    return e.label != result.stance || (result.stance != StanceLabel::kAgainst && e.paragraph != lead);
  });
  return result;
}

}  // namespace claimcheck::check
