#include "extract/propositions.h"

#include <algorithm>
#include <cctype>

#include "extract/lemmatizer.h"

namespace claimcheck::extract {
namespace {

bool WordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsClausePunct(const WordToken& t) {
  return t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "?" || t.lower == "!" || t.lower == ".";
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
    t.lemma = Lemma(w);
  }
  return t.lemma;
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
  const std::pair<const char*, Words*> kLexicons[] = {
      {"propositions.clause-breaks", &r.breaks_},   {"propositions.auxiliaries", &r.auxiliaries_},
      {"propositions.hedging-modals", &r.hedging_modals_}, {"propositions.negations", &r.negations_},
      {"propositions.failure", &r.failure_},        {"propositions.group-adverbs", &r.adverbs_},
      {"propositions.particles", &r.particles_},    {"propositions.determiners", &r.determiners_},
      {"propositions.hedges", &r.hedges_},          {"stance.stopwords", &r.stopwords_}};
  for (const auto& [name, set] : kLexicons) {
    const auto* lex = rules.Lexicon(name);
    if (!lex) return std::nullopt;
    set->insert(lex->begin(), lex->end());
  }
  return r;
}

void PropositionReader::ReadClause(std::vector<WordToken>& tk, size_t begin, size_t end, std::string_view text,
                                   std::vector<Proposition>* out) const {
  // The verb group: auxiliaries, negations and adverbs, then the main verb when there is one; or
  // a past or third-person form of a WordNet verb that is not the clause's first word.
  size_t group = end, main = end, after = end;
  bool negative = false, hedged = false;
  for (size_t i = begin + 1; i < end && group == end; ++i) {
    const WordToken& t = tk[i];
    if (auxiliaries_.count(t.lower)) {
      group = i;
    } else if (!IsWordToken(t) || determiners_.count(tk[i - 1].lower)) {
      continue;
    } else if (EndsWith(t.lower, "s")) {
      // A third-person form only before a determiner or "that" ("Russia offers the ...", "he
      // says that"), since most -s words are plural nouns.
      if (i + 1 < end && (determiners_.count(tk[i + 1].lower) || tk[i + 1].lower == "that") &&
          IsVerb(LemmaOf(tk[i])) && tk[i].lemma != t.lower) {
        group = main = i;
      }
    } else if (EndsWith(t.lower, "ed") || IsIrregular(t.lower)) {
      // A past form ("arrested", "rose").
      if (IsVerb(LemmaOf(tk[i])) && tk[i].lemma != t.lower) group = main = i;
    }
  }
  if (group == end) return;
  size_t i = group;
  if (main == end) {
    // Walk the helpers: "has not been arrested", "will also open", "failed to win".
    size_t last_aux = group;
    for (; i < end; ++i) {
      const WordToken& t = tk[i];
      if (auxiliaries_.count(t.lower)) {
        last_aux = i;
        if (negations_.count(t.lower) || EndsWith(t.lower, "n't")) negative = true;
        if (hedging_modals_.count(t.lower)) hedged = true;
      } else if (adverbs_.count(t.lower) || negations_.count(t.lower) || EndsWith(t.lower, "ly")) {
        if (negations_.count(t.lower)) negative = true;
      } else {
        break;
      }
    }
    if (i < end && IsWordToken(tk[i]) && !determiners_.count(tk[i].lower) && IsVerb(LemmaOf(tk[i]))) {
      main = i;
    } else if (i < end && tk[i].lower == "to" && i > group && failure_.count(tk[i - 1].lower)) {
      main = i + 1 < end ? i + 1 : end;
    } else {
      main = last_aux;  // "is a hoax": the predicate is "be"
    }
  } else if (main > begin && failure_.count(tk[main].lower) && main + 2 < end && tk[main + 1].lower == "to") {
    negative = true;  // "failed to win"
    main += 2;
  }
  if (main >= end) return;
  if (failure_.count(tk[main > 1 ? main - 2 : 0].lower) && main >= 2 && tk[main - 1].lower == "to") negative = true;
  std::string predicate = LemmaOf(tk[main]);
  after = main + 1;
  if (after < end && particles_.count(tk[after].lower)) predicate += " " + tk[after++].lower;

  // Subject: the words before the group, without determiners at its start, at most a few.
  // A clause-break word that opens the clause ("who", "when", "that") is no subject, nor is an
  // adverb ("Originally").
  size_t s0 = begin;
  while (s0 < group && (breaks_.count(tk[s0].lower) || EndsWith(tk[s0].lower, "ly"))) ++s0;
  if (group > s0 + kSubjectWords) s0 = group - kSubjectWords;
  while (s0 < group && (determiners_.count(tk[s0].lower) || !IsWordToken(tk[s0]))) ++s0;
  if (s0 >= group) return;
  // Object: what follows, up to a few words.
  size_t o0 = after;
  while (o0 < end && determiners_.count(tk[o0].lower)) ++o0;
  if (o0 < end && tk[o0].lower == "no") negative = true;
  size_t o1 = std::min(end, o0 + kObjectWords);

  Proposition p;
  size_t first = begin;
  while (first + 1 < end && breaks_.count(tk[first].lower)) ++first;  // "that Nazarzoda was killed"
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
  for (size_t k = begin; k < end && !hedged; ++k) hedged = hedges_.count(tk[k].lower) > 0;
  p.modality = hedged ? Modality::kHedged : Modality::kAsserted;
  auto add = [&](size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) {
      if (IsWordToken(tk[k]) && tk[k].lower.size() > 1 && !stopwords_.count(tk[k].lower) &&
          !auxiliaries_.count(tk[k].lower) && !negations_.count(tk[k].lower)) {
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
                                                    const std::vector<char>* sentences) const {
  std::vector<Proposition> out;
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    if (sentences && (si >= sentences->size() || !(*sentences)[si])) continue;
    const auto& s = text.sentences[si];
    std::vector<WordToken> tk = TokenizeWords(text.Slice(s.span), s.span.begin, /*lemmas=*/false);
    size_t begin = 0;
    for (size_t i = 0; i <= tk.size(); ++i) {
      if (i < tk.size() && !IsClausePunct(tk[i]) && !(i > begin && breaks_.count(tk[i].lower))) continue;
      if (i > begin + 1) ReadClause(tk, begin, i, text.text, &out);
      begin = (i < tk.size() && IsClausePunct(tk[i])) ? i + 1 : i;
    }
  }
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
  return out;
}

}  // namespace claimcheck::extract
