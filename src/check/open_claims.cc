#include "check/open_claims.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>

#include "extract/lemmatizer.h"

namespace claimcheck::check {
namespace {

using extract::WordToken;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWithDigit(const std::string& w) { return !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])); }

// "1,200" -> "1200"; "3.5" stays; nullopt for anything strtod does not read whole.
std::optional<std::string> NumberValue(const std::string& w) {
  std::string v;
  for (char c : w) {
    if (c != ',') v += c;
  }
  char* end = nullptr;
  std::strtod(v.c_str(), &end);
  if (v.empty() || end != v.c_str() + v.size()) return std::nullopt;
  return v;
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

bool Upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// The first run of capitalised words in `scope` (after any dateline number), or an empty span. A
// single capitalised word that opens its sentence and is also a common word ("Police", "Reports",
// "Financial"), a month or one of `not_names` ("There", "They") is no name.
Span NameIn(const Analysis& a, Span scope, const std::unordered_set<std::string>& not_names) {
  auto words = a.WordsIn(scope);
  size_t i = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    if (std::isdigit(static_cast<unsigned char>(a.text.text[words[k].span.begin]))) i = k + 1;
  }
  while (i < words.size() && !Upper(a.text.text[words[i].span.begin])) ++i;
  if (i == words.size()) return {0, 0};
  size_t j = i + 1;
  while (j < words.size() && Upper(a.text.text[words[j].span.begin])) ++j;
  Span run{words[i].span.begin, words[j - 1].span.end};
  if (j == i + 1) {
    const std::string lower = LowerAscii(a.text.Slice(run));
    auto sent = std::upper_bound(a.text.sentences.begin(), a.text.sentences.end(), run.begin,
                                 [](uint32_t x, const segment::Sentence& s) { return x < s.span.begin; });
    const bool opens = i == 0 || sent == a.text.sentences.begin() || std::prev(sent)->span.begin == run.begin;
    if (opens && (lower.size() < 3 || not_names.count(lower) || extract::IsVerb(extract::Lemma(lower)) ||
                  extract::IsAdjective(lower))) {
      return {0, 0};
    }
  }
  return run;
}

}  // namespace

std::optional<OpenClaimReader> OpenClaimReader::FromRules(const rules::RuleSet& rules) {
  auto props = extract::PropositionReader::FromRules(rules);
  if (!props) return std::nullopt;
  const auto* refutations = rules.Lexicon("propositions.refutations");
  const auto* pairs = rules.Lexicon("propositions.contradicting-predicates");
  const auto* stops = rules.Lexicon("propositions.object-stops");
  const auto* negations = rules.Lexicon("propositions.negations");
  const auto* light = rules.Lexicon("propositions.unaligned-predicates");
  const auto* months = rules.Lexicon("propositions.months");
  if (!refutations || !pairs || !stops || !negations || !light || !months) return std::nullopt;
  OpenClaimReader r(std::move(*props));
  for (const auto& phrase : *refutations) {
    std::vector<std::string> words;
    for (const auto& t : extract::TokenizeWords(phrase, 0, false)) words.push_back(t.lower);
    if (!words.empty()) r.refutations_.push_back(std::move(words));
  }
  for (const auto& pair : *pairs) {
    auto words = extract::TokenizeWords(pair, 0, false);
    if (words.size() == 2) r.opposite_[words[1].lower] = words[0].lower;
  }
  r.object_stops_.insert(stops->begin(), stops->end());
  r.negations_.insert(negations->begin(), negations->end());
  r.stopwords_.insert(light->begin(), light->end());
  r.months_.insert(months->begin(), months->end());
  const auto* not_names = rules.Lexicon("propositions.not-names");
  if (!not_names) return std::nullopt;
  r.not_names_.insert(not_names->begin(), not_names->end());
  r.not_names_.insert(months->begin(), months->end());
  return r;
}

bool OpenClaimReader::Refutes(const std::vector<std::string>& words) const {
  for (size_t i = 0; i < words.size(); ++i) {
    for (const auto& phrase : refutations_) {
      if (i + phrase.size() > words.size() || !std::equal(phrase.begin(), phrase.end(), words.begin() + i)) continue;
      // "not false", "no hoax", "isn't true": a negated refutation confirms.
      const bool negated = (i > 0 && negations_.count(words[i - 1])) ||
                           (i > 1 && negations_.count(words[i - 2]) && (words[i - 1] == "a" || words[i - 1] == "an"));
      if (!negated) return true;
    }
  }
  return false;
}

std::optional<OpenClaimReader::Keyed> OpenClaimReader::Key(const extract::Proposition& p,
                                                           std::string_view entity_text) const {
  // A predicate that keys nothing ("have", "get") decides before any word is read ("be" takes
  // its complement as the predicate, below).
  if (p.predicate != "be" && stopwords_.count(p.predicate)) return std::nullopt;
  std::unordered_set<std::string> entity_words;
  for (auto& t : props_.Words(entity_text)) {
    entity_words.insert(t.lower);
    entity_words.insert(extract::LemmaOf(t));
  }
  auto content = [&](WordToken& t) {
    return extract::IsWordToken(t) && t.lower.size() > 1 && !object_stops_.count(t.lower) &&
           !negations_.count(t.lower) && !entity_words.count(t.lower) && !entity_words.count(extract::LemmaOf(t));
  };
  // The subject's other words: "Acme's profits" -> "profit".
  std::vector<std::string> subject;
  auto st = props_.Words(p.subject.text);
  for (auto& t : st) {
    if (!extract::IsWordToken(t)) return std::nullopt;  // "Acme, the maker," is no simple subject
    if (StartsWithDigit(t.lower)) {  // a dateline before the subject: "June 4, 2015 - Acme ..."
      subject.clear();
      continue;
    }
    if (content(t)) subject.push_back(t.lemma);
  }
  // The direct object: the words before the first preposition, helper or clause word.
  // With a number, the whole object, so that "earned 9 mln dlrs in the quarter" and "earned 27
  // mln dlrs in the year" are different measures.
  std::vector<std::string> object;
  std::vector<std::string> numbers;
  auto ot = props_.Words(p.object.text);
  bool has_number = false;
  for (const auto& t : ot) has_number = has_number || StartsWithDigit(t.lower);
  for (size_t i = 0; i < ot.size(); ++i) {
    auto& t = ot[i];
    if (!extract::IsWordToken(t)) break;
    if (object_stops_.count(t.lower)) {
      if (has_number) continue;
      break;
    }
    if (StartsWithDigit(t.lower)) {
      auto v = NumberValue(t.lower);
      if (!v) return std::nullopt;
      // A day or a year is a date, not a measure: "April 13", "in 1986".
      if ((i > 0 && months_.count(ot[i - 1].lower)) || (i + 1 < ot.size() && months_.count(ot[i + 1].lower))) {
        return std::nullopt;
      }
      if (t.lower.size() == 4 && (t.lower.starts_with("19") || t.lower.starts_with("20"))) continue;
      numbers.push_back(*v);
      continue;
    }
    if (content(t)) object.push_back(t.lemma);
  }
  Keyed k;
  std::string predicate = p.predicate;
  if (predicate == "be") {
    // "is dead": the complement is the predicate.
    if (object.empty()) return std::nullopt;
    predicate = object.front();
    object.erase(object.begin());
  }
  if (stopwords_.count(predicate)) return std::nullopt;
  if (auto o = opposite_.find(predicate); o != opposite_.end()) {
    predicate = o->second;
    k.flipped = true;
  }
  std::string key = predicate + "|";
  for (const auto& w : subject) key += w + " ";
  key += "|";
  for (const auto& w : object) key += w + " ";
  if (numbers.size() > 1) return std::nullopt;  // "rose 5 pct to 10 mln": which one?
  if (numbers.size() == 1) {
    if (k.flipped || p.polarity == extract::Polarity::kNegative) return std::nullopt;
    k.attribute = std::string(kNumberAttribute) + "/" + key;
    k.value = numbers[0];
  } else {
    k.attribute = std::string(kPolarityAttribute) + "/" + key;
  }
  return k;
}

std::vector<char> OpenClaimReader::ReadableSentences(const Analysis& a) {
  const auto& sentences = a.text.sentences;
  std::vector<char> which(sentences.size(), 1);
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (a.text.WithinTable(sentences[i].span)) which[i] = 0;
  }
  return which;
}

void OpenClaimReader::Read(const Analysis& a, const std::vector<char>& which, extract::DocumentClaims* result) const {
  extract::DocumentClaims& out = *result;
  const auto& dc = a.claims;
  std::vector<extract::Entity> extra;  // subjects the extractor did not make entities
  std::unordered_map<std::string, int> by_name;
  for (size_t e = dc.entities.size(); e < out.entities.size(); ++e) by_name.emplace(out.entities[e].name, static_cast<int>(e));
  if (out.entities.size() > dc.entities.size()) {
    extra.assign(out.entities.begin() + static_cast<long>(dc.entities.size()), out.entities.end());
  }
  std::vector<extract::Proposition> props = props_.Extract(a.text, dc, &which, /*content=*/false);
  if (props.empty()) return;

  std::vector<std::pair<Span, int>> mentions;
  for (size_t e = 0; e < dc.entities.size(); ++e) {
    for (Span m : dc.entities[e].mentions) mentions.emplace_back(m, static_cast<int>(e));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const auto& x, const auto& y) { return x.first.begin < y.first.begin; });
  std::vector<Span> typed;
  for (const auto& c : dc.claims) typed.push_back(c.span);
  std::sort(typed.begin(), typed.end(), [](Span x, Span y) { return x.begin < y.begin; });
  auto covered = [&](Span s) {
    // Typed claims are short and disjoint-ish: look at the ones starting before s ends.
    auto it = std::lower_bound(typed.begin(), typed.end(), s.end, [](Span t, uint32_t pos) { return t.begin < pos; });
    for (auto j = it; j != typed.begin();) {
      --j;
      if (Overlaps(*j, s)) return true;
      if (j->end + 400 < s.begin) break;
    }
    return false;
  };
  std::vector<std::pair<uint32_t, size_t>> frame_starts;  // content begin, frame index
  for (size_t f = 0; f < dc.attributions.size(); ++f) frame_starts.emplace_back(dc.attributions[f].content.span.begin, f);
  std::sort(frame_starts.begin(), frame_starts.end());
  const auto& sentences = a.text.sentences;
  const auto& exprs = a.times.exprs;
  auto sentence_of = [&](uint32_t pos) -> Span {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                               [](uint32_t x, const segment::Sentence& s) { return x < s.span.begin; });
    return it == sentences.begin() ? Span{pos, pos} : std::prev(it)->span;
  };
  Span refuting_sentence{0, 0};
  bool refuting = false;
  for (const auto& p : props) {
    if (covered(p.span) || a.text.InTable(p.span)) continue;
    // The subject's entity: a mention the extractor resolved inside the subject, else the
    // subject's run of capitalised words ("Acme Corp", "Smith").
    Span name_span{0, 0};
    int entity = -1;
    auto m = std::lower_bound(mentions.begin(), mentions.end(), p.subject.span.begin,
                              [](const auto& x, uint32_t pos) { return x.first.begin < pos; });
    if (m != mentions.end() && m->first.end <= p.subject.span.end) {
      name_span = m->first;
      entity = m->second;
    } else {
      name_span = NameIn(a, p.subject.span, not_names_);
      if (name_span.empty()) continue;
      std::string name(a.text.Slice(name_span));
      auto [it, added] = by_name.emplace(name, static_cast<int>(dc.entities.size() + extra.size()));
      if (added) extra.push_back({name, extract::EntityType::kOther, {}, {}, {}});
      entity = it->second;
      if (entity >= static_cast<int>(dc.entities.size())) extra[entity - dc.entities.size()].mentions.push_back(name_span);
    }
    auto keyed = Key(p, a.text.Slice(name_span));
    if (!keyed) continue;
    // What opens the sentence before the clause qualifies it ("For the second quarter, Acme
    // earned ..."; "In Europe, Acme closed ..."): its words join the key, after any dateline.
    const Span sent = sentence_of(p.span.begin);
    std::string_view before = a.text.Slice({std::min(sent.begin, p.span.begin), p.span.begin});
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (!before.empty() && before.back() == ',') {
      std::string prefix;
      for (const Word& w : a.WordsIn({sent.begin, p.span.begin})) {
        std::string lower = LowerAscii(a.text.Slice(w.span));
        if (std::isdigit(static_cast<unsigned char>(lower[0]))) {
          prefix.clear();  // a dateline ends here, or a number qualifies: keep the words after it
          continue;
        }
        if (lower.size() > 1 && !object_stops_.count(lower) && !negations_.count(lower)) prefix += lower + " ";
      }
      if (!prefix.empty()) keyed->attribute += "|" + prefix;
    }
    extract::Claim c;
    c.subject = entity;
    c.subject_name = entity < static_cast<int>(dc.entities.size()) ? dc.entities[entity].name
                                                                   : extra[entity - dc.entities.size()].name;
    c.attribute = std::move(keyed->attribute);
    c.value = std::move(keyed->value);
    c.polarity = p.polarity;
    if (keyed->flipped) {
      c.polarity = c.polarity == extract::Polarity::kPositive ? extract::Polarity::kNegative : extract::Polarity::kPositive;
    }
    c.modality = p.modality;
    c.attribution = p.attribution;
    c.span = p.span;
    // A dateline before the subject is not part of the claim: "June 4, 2015 - Acme closed ...".
    if (name_span.begin > c.span.begin &&
        a.text.Slice({c.span.begin, name_span.begin}).find_first_of("0123456789") != std::string_view::npos) {
      c.span.begin = name_span.begin;
    }
    c.rule = "propositions/open";
    if (sent != refuting_sentence) {
      refuting_sentence = sent;
      std::vector<std::string> words;
      for (const Word& w : a.WordsIn(sent)) words.push_back(LowerAscii(a.text.Slice(w.span)));
      refuting = Refutes(words);
    }
    if (c.attribution < 0) {
      // Without its dateline the clause may now sit in a frame's content ("LEEDS, June 4 - Acme
      // closed the plant, the union said").
      // Frames by content start, among those starting shortly before it (linear overall).
      auto it = std::upper_bound(frame_starts.begin(), frame_starts.end(), std::make_pair(c.span.begin, SIZE_MAX));
      size_t found = dc.attributions.size();
      while (it != frame_starts.begin()) {
        --it;
        if (it->first + 4096 < c.span.begin) break;
        if (dc.attributions[it->second].content.span.Contains(c.span)) found = std::min(found, it->second);
      }
      if (found < dc.attributions.size()) {
        const size_t f = found;
        const auto& fr = dc.attributions[f];
        c.attribution = static_cast<int>(f);
        c.modality = fr.stance == extract::Stance::kDenies   ? extract::Modality::kDenied
                     : fr.stance == extract::Stance::kHedges || c.modality == extract::Modality::kHedged
                         ? extract::Modality::kHedged
                         : extract::Modality::kReported;
      }
    }
    if (refuting) {
      // The sentence refutes: the denier is the source of the widest frame holding the clause
      // ("..., a company spokesman said"), not the reports it refutes; else the story.
      c.modality = extract::Modality::kDenied;
      c.attribution = -1;
      uint32_t widest = 0;
      auto it = std::upper_bound(frame_starts.begin(), frame_starts.end(), std::make_pair(c.span.begin, SIZE_MAX));
      while (it != frame_starts.begin()) {
        --it;
        if (it->first + 4096 < c.span.begin) break;
        const auto& fr = dc.attributions[it->second];
        const Span content = fr.content.span;
        // "reports that P are false": the reports are what is refuted, not who refutes.
        const bool refuted = fr.cue.span.end <= c.span.begin && fr.speaker < 0;
        if (!refuted && content.Contains(c.span) && content.size() > widest) {
          widest = content.size();
          c.attribution = static_cast<int>(it->second);
        }
      }
    }
    // Times: the clause's own date ("was killed on June 2"), and the frame's ("said on Monday"),
    // else the story's date.
    Span content{0, 0};
    uint32_t cue = p.span.begin;
    if (c.attribution >= 0) {
      const auto& f = dc.attributions[c.attribution];
      c.sources = f.chain;
      content = f.content.span;
      cue = f.cue.span.begin;
    }
    uint32_t best = UINT32_MAX;
    auto e = std::lower_bound(exprs.begin(), exprs.end(), sent.begin,
                              [](const temporal::TimeExpr& x, uint32_t pos) { return x.span.begin < pos; });
    for (; e != exprs.end() && e->span.begin < sent.end; ++e) {
      if (!e->first || e->value == "PRESENT_REF") continue;
      // A dateline ("LEEDS, June 4, 2015 - ") dates the story, not the frame.
      if (e->span.end + 4 <= a.text.text.size() && a.text.Slice({e->span.end, e->span.end + 4}).find(" - ") <= 1) continue;
      if (p.span.Contains(e->span) && !c.about_first) {
        c.about_first = e->first;
        c.about_last = e->last ? e->last : e->first;
        c.about_text = std::string(a.text.Slice(e->span));
      } else if (c.attribution >= 0 && !content.Contains(e->span)) {
        const uint32_t d = e->span.begin >= cue ? e->span.begin - cue : cue - e->span.begin;
        if (d < best) {
          best = d;
          c.made_first = e->first;
          c.made_last = e->last ? e->last : e->first;
          c.made_text = std::string(a.text.Slice(e->span));
        }
      }
    }
    if (!c.made_first && a.times.anchor) {
      c.made_first = c.made_last = std::chrono::sys_days{*a.times.anchor};
      c.made_text = "document date";
    }
    out.claims.push_back(std::move(c));
  }
  if (!out.claims.empty()) {
    out.entities = dc.entities;
    std::move(extra.begin(), extra.end(), std::back_inserter(out.entities));
  }
}

}  // namespace claimcheck::check
