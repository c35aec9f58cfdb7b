#include "extract/propositions.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

#include "extract/lemmatizer.h"

namespace claimcheck::extract {
namespace {

bool WordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// (std::string_view::ends_with: no substr and its out_of_range path, so the calls inline.)
inline bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

bool IsClausePunct(const WordToken& t) {
  return (t.cls & (kComma | kColon | kFinal)) || t.lower == ";";
}

// The classes of the reader's token lexicon (tokens.h, TokenLexicon::FromLexicons): bits above
// the shape classes, clear of kAbbreviation.
constexpr uint32_t kBreak = 1u << 9;         // clause-breaks
constexpr uint32_t kAuxiliary = 1u << 10;    // auxiliaries
constexpr uint32_t kHedgingModal = 1u << 11; // hedging-modals
constexpr uint32_t kNegation = 1u << 12;     // negations
constexpr uint32_t kFailure = 1u << 13;      // failure
constexpr uint32_t kAdverb = 1u << 14;       // group-adverbs
constexpr uint32_t kParticle = 1u << 15;     // particles
constexpr uint32_t kDet = 1u << 16;          // determiners
constexpr uint32_t kHedge = 1u << 17;        // hedges
constexpr uint32_t kStopword = 1u << 18;     // stance.stopwords
static_assert(kStopword < static_cast<uint32_t>(kAbbreviation) && kBreak > static_cast<uint32_t>(kPossessive));

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Lemmas looked up once per word and thread, with whether the lemma is a WordNet verb: WordNet's
// tables are searched by binary search, and news copy repeats its words.
struct CachedWord {
  std::string lemma;
  bool verb = false;
};
const CachedWord& Cached(std::string_view w) {
  thread_local std::unordered_map<std::string, CachedWord, StringHash, std::equal_to<>> cache;
  if (auto it = cache.find(w); it != cache.end()) return it->second;
  if (cache.size() > (1u << 18)) cache.clear();  // bounded, whatever the input
  CachedWord c{Lemma(w), false};
  c.verb = IsVerb(c.lemma);
  return cache.emplace(std::string(w), std::move(c)).first->second;
}

// Words kept at most in a subject and in an object.
constexpr size_t kSubjectWords = 6;
constexpr size_t kObjectWords = 8;

}  // namespace

bool IsWordToken(const WordToken& t) { return !t.lower.empty() && WordByte(static_cast<unsigned char>(t.lower[0])); }

const std::string& LemmaOf(WordToken& t) {
  if (t.lemma.empty()) {
    std::string_view w = t.lower;
    if (EndsWith(w, "'s")) w.remove_suffix(2);
    const CachedWord& c = Cached(w);
    t.lemma = c.lemma;
    t.verb = c.verb;
  }
  return t.lemma;
}

bool HasVerbLemma(WordToken& t) {
  LemmaOf(t);
  return t.verb;
}

std::vector<WordToken> TokenizeWords(std::string_view text, uint32_t base, bool lemmas) {
  std::vector<WordToken> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (WordByte(c)) {
      size_t j = i;
      while (j < text.size() && WordByte(static_cast<unsigned char>(text[j]))) ++j;
      // A number keeps its separators: "27.5", "689,000".
      while (std::isdigit(c) && j + 1 < text.size() && (text[j] == '.' || text[j] == ',') &&
             std::isdigit(static_cast<unsigned char>(text[j + 1]))) {
        j += 1;
        while (j < text.size() && WordByte(static_cast<unsigned char>(text[j]))) ++j;
      }
      // One apostrophe inside a word ("isn't", "Nelson's"); stories are normalised to the ASCII
      // apostrophe by the segment stage.
      if (j + 1 < text.size() && text[j] == '\'' && std::isalpha(static_cast<unsigned char>(text[j + 1]))) {
        size_t k = j + 1;
        while (k < text.size() && std::isalpha(static_cast<unsigned char>(text[k]))) ++k;
        j = k;
      }
      WordToken t;
      t.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + j)};
      t.lower.reserve(j - i);
      for (size_t k = i; k < j; ++k) t.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
      if (lemmas) LemmaOf(t);
      out.push_back(std::move(t));
      i = j;
    } else if (c == '?' || c == ':' || c == '.' || c == '!' || c == ';' || c == ',') {
      out.push_back({std::string(1, static_cast<char>(c)), std::string(1, static_cast<char>(c)),
                     {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + i + 1)}});
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<PropositionReader> PropositionReader::FromRules(const rules::RuleSet& rules) {
  PropositionReader r;
  const std::vector<std::pair<std::string, uint32_t>> kLexicons = {
      {"propositions.clause-breaks", kBreak},   {"propositions.auxiliaries", kAuxiliary},
      {"propositions.hedging-modals", kHedgingModal}, {"propositions.negations", kNegation},
      {"propositions.failure", kFailure},       {"propositions.group-adverbs", kAdverb},
      {"propositions.particles", kParticle},    {"propositions.determiners", kDet},
      {"propositions.hedges", kHedge},          {"stance.stopwords", kStopword}};
  for (const auto& [name, cls] : kLexicons) {
    if (!rules.Lexicon(name)) return std::nullopt;
  }
  auto lexicons = kLexicons;
  // "Mr." and "U.S." keep their period: it ends no clause.
  for (const auto& pack : rules.packs()) {
    if (pack.lexicons.count("abbreviation")) lexicons.emplace_back(pack.name + ".abbreviation", kAbbreviation);
  }
  r.lexicon_ = TokenLexicon::FromLexicons(rules, lexicons);
  return r;
}

std::vector<WordToken> PropositionReader::Tokens(std::string_view text, Span sentence) const {
  std::vector<Token> raw = Tokenize(text, sentence, lexicon_);
  std::vector<WordToken> out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    Token& t = raw[i];
    // Quotes, brackets and dashes neither end a clause nor stand in one.
    if ((t.cls & kQuote) || ((t.cls & kOtherPunct) && t.lower != ";")) continue;
    if (t.cls & kNumber) {
      // "689,000" is one number; "3.5." ends its sentence.
      while (i + 2 < raw.size() && raw[i + 1].lower == "," && raw[i + 1].span.begin == t.span.end &&
             raw[i + 2].span.begin == raw[i + 1].span.end && (raw[i + 2].cls & kNumber)) {
        t.lower += "," + raw[i + 2].lower;
        t.span.end = raw[i + 2].span.end;
        i += 2;
      }
      if (t.lower.size() > 1 && t.lower.back() == '.') {
        t.lower.pop_back();
        t.span.end -= 1;
      }
    }
    // (Built in its place: a temporary WordToken cost two more string moves per token.)
    WordToken& w = out.emplace_back();
    w.lower = std::move(t.lower);
    w.span = t.span;
    w.cls = t.cls;
  }
  return out;
}

void PropositionReader::ReadClause(std::vector<WordToken>& tk, size_t begin, size_t end, std::string_view text,
                                   bool content, std::vector<Proposition>* out) const {
  // The verb group: auxiliaries, negations and adverbs, then the main verb when there is one; or
  // a past or third-person form of a WordNet verb that is not the clause's first word.
  size_t group = end, main = end, after = end;
  bool negative = false, hedged = false;
  for (size_t i = begin + 1; i < end && group == end; ++i) {
    const WordToken& t = tk[i];
    if (t.cls & kAuxiliary) {
      group = i;
    } else if (!IsWordToken(t) || (tk[i - 1].cls & kDet)) {
      continue;
    } else if (EndsWith(t.lower, "s")) {
      // A third-person form only before a determiner or "that" ("Russia offers the ...", "he
      // says that"), since most -s words are plural nouns.
      if (i + 1 < end && ((tk[i + 1].cls & kDet) || tk[i + 1].lower == "that") &&
          HasVerbLemma(tk[i]) && tk[i].lemma != t.lower) {
        group = main = i;
      }
    } else if (EndsWith(t.lower, "ed") || IsIrregular(t.lower)) {
      // A past form ("arrested", "rose").
      if (HasVerbLemma(tk[i]) && tk[i].lemma != t.lower) group = main = i;
    }
  }
  if (group == end) return;
  size_t i = group;
  if (main == end) {
    // Walk the helpers: "has not been arrested", "will also open", "failed to win".
    size_t last_aux = group;
    for (; i < end; ++i) {
      const WordToken& t = tk[i];
      if (t.cls & kAuxiliary) {
        last_aux = i;
        if ((t.cls & kNegation) || EndsWith(t.lower, "n't")) negative = true;
        if (t.cls & kHedgingModal) hedged = true;
      } else if ((t.cls & kAdverb) || (t.cls & kNegation) || EndsWith(t.lower, "ly")) {
        if (t.cls & kNegation) negative = true;
      } else {
        break;
      }
    }
    if (i < end && IsWordToken(tk[i]) && !(tk[i].cls & kDet) && HasVerbLemma(tk[i])) {
      main = i;
    } else if (i < end && tk[i].lower == "to" && i > group && (tk[i - 1].cls & kFailure)) {
      main = i + 1 < end ? i + 1 : end;
    } else {
      main = last_aux;  // "is a hoax": the predicate is "be"
    }
  } else if (main > begin && (tk[main].cls & kFailure) && main + 2 < end && tk[main + 1].lower == "to") {
    negative = true;  // "failed to win"
    main += 2;
  }
  if (main >= end) return;
  if ((tk[main > 1 ? main - 2 : 0].cls & kFailure) && main >= 2 && tk[main - 1].lower == "to") negative = true;
  std::string predicate = LemmaOf(tk[main]);
  after = main + 1;
  if (after < end && (tk[after].cls & kParticle)) predicate += " " + tk[after++].lower;

  // Subject: the words before the group, without determiners at its start, at most a few.
  // A clause-break word that opens the clause ("who", "when", "that") is no subject, nor is an
  // adverb ("Originally").
  size_t s0 = begin;
  while (s0 < group && ((tk[s0].cls & kBreak) || EndsWith(tk[s0].lower, "ly"))) ++s0;
  if (group > s0 + kSubjectWords) s0 = group - kSubjectWords;
  while (s0 < group && ((tk[s0].cls & kDet) || !IsWordToken(tk[s0]))) ++s0;
  if (s0 >= group) return;
  // Object: what follows, up to a few words.
  size_t o0 = after;
  while (o0 < end && (tk[o0].cls & kDet)) ++o0;
  if (o0 < end && tk[o0].lower == "no") negative = true;
  size_t o1 = std::min(end, o0 + kObjectWords);

  Proposition p;
  size_t first = begin;
  while (first + 1 < end && (tk[first].cls & kBreak)) ++first;  // "that Nazarzoda was killed"
  p.span = {tk[first].span.begin, tk[end - 1].span.end};
  auto ref = [&](size_t a, size_t b) {
    TextRef r;
    if (a < b) {
      r.span = {tk[a].span.begin, tk[b - 1].span.end};
      r.text = std::string(text.substr(r.span.begin, r.span.size()));
    }
    return r;
  };
  p.subject = ref(s0, group);
  p.predicate = predicate;
  p.predicate_text = ref(group, after);
  p.object = ref(o0, o1);
  p.polarity = negative ? Polarity::kNegative : Polarity::kPositive;
  for (size_t k = begin; k < end && !hedged; ++k) hedged = (tk[k].cls & kHedge) != 0;
  p.modality = hedged ? Modality::kHedged : Modality::kAsserted;
  auto add = [&](size_t a, size_t b) {
    if (!content) return;
    for (size_t k = a; k < b; ++k) {
      if (IsWordToken(tk[k]) && tk[k].lower.size() > 1 && !(tk[k].cls & kStopword) &&
          !(tk[k].cls & kAuxiliary) && !(tk[k].cls & kNegation)) {
        p.content.push_back(LemmaOf(tk[k]));
      }
    }
  };
  add(s0, group);
  add(main, after);
  add(o0, o1);
  std::sort(p.content.begin(), p.content.end());
  p.content.erase(std::unique(p.content.begin(), p.content.end()), p.content.end());
  out->push_back(std::move(p));
}

std::vector<Proposition> PropositionReader::Extract(const segment::Text& text, const DocumentClaims& claims,
                                                    const std::vector<char>* sentences, bool content) const {
  std::vector<Proposition> out;
  if (sentences) {
    // Most sentences are not asked for: skip to the next one that is.
    for (size_t si = 0; si < text.sentences.size() && si < sentences->size(); ++si) {
      if ((*sentences)[si]) ReadSentence(text, si, content, &out);
    }
  } else {
    for (size_t si = 0; si < text.sentences.size(); ++si) ReadSentence(text, si, content, &out);
  }
  Place(claims, &out);
  return out;
}

void PropositionReader::ReadSentence(const segment::Text& text, size_t si, bool content,
                                      std::vector<Proposition>* out) const {
  const auto& s = text.sentences[si];
  std::vector<WordToken> tk = Tokens(text.text, s.span);
  size_t begin = 0;
  for (size_t i = 0; i <= tk.size(); ++i) {
    if (i < tk.size() && !IsClausePunct(tk[i]) && !(i > begin && (tk[i].cls & kBreak))) continue;
    if (i > begin + 1) ReadClause(tk, begin, i, text.text, content, out);
    begin = (i < tk.size() && IsClausePunct(tk[i])) ? i + 1 : i;
  }
}

void PropositionReader::Place(const DocumentClaims& claims, std::vector<Proposition>* props) const {
  auto& out = *props;
  if (out.empty()) return;
  // A clause inside a frame's content is reported (or denied, or hedged) by its source: the
  // first frame (by index) whose content holds it, found among the frames whose content starts
  // within a window before it (frame contents are clauses and sentences, never kilobytes), so the
  // cost stays linear in a 50 MB story of one paragraph.
  constexpr uint32_t kContentWindow = 4096;
  std::vector<std::pair<uint32_t, size_t>> starts;  // content begin, frame index
  starts.reserve(claims.attributions.size());
  for (size_t f = 0; f < claims.attributions.size(); ++f) starts.emplace_back(claims.attributions[f].content.span.begin, f);
  std::sort(starts.begin(), starts.end());
  for (auto& p : out) {
    size_t found = claims.attributions.size();
    auto it = std::upper_bound(starts.begin(), starts.end(), std::make_pair(p.span.begin, SIZE_MAX));
    while (it != starts.begin()) {
      --it;
      if (it->first + kContentWindow < p.span.begin) break;
      if (claims.attributions[it->second].content.span.Contains(p.span)) found = std::min(found, it->second);
    }
    if (found == claims.attributions.size()) continue;
    {
      const size_t f = found;
      const Attribution& a = claims.attributions[f];
      p.attribution = static_cast<int>(f);
      if (a.stance == Stance::kDenies) {
        p.modality = Modality::kDenied;
      } else if (a.stance == Stance::kHedges || p.modality == Modality::kHedged) {
        p.modality = Modality::kHedged;
      } else {
        p.modality = Modality::kReported;
      }
    }
  }
  // A clause inside a negated frame ("did not say that Acme closed the plant") is nobody's.
  std::erase_if(out, [&](const Proposition& p) { return p.attribution >= 0 && claims.attributions[p.attribution].negated; });
}

}  // namespace claimcheck::extract
