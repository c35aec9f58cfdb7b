#include "extract/chunks.h"

namespace claimcheck::extract {

using namespace std::string_view_literals;
namespace {

constexpr size_t kMaxChunk = 10;

// Whether a token can be inside a noun phrase as a modifier or head: a word that is not a
// function word or a verb from the lexicons.
bool NounLike(const Token& t) {
  if (!t.Is(kWord)) return false;
  if (t.Is(kAnonymous)) return true;
  if (t.Is(kPossessive)) return true;
  if (t.Is(kCapitalised) && !t.Is(kBoundary | kPronoun | kSkip | kBe)) return true;
  return !t.Is(kPunct | kBoundary | kDeterminer | kPreposition | kCue | kBe | kSkip | kPronoun);
}

bool IsThat(const Token& t) { return t.lower == "that"sv; }

bool IsOf(const Token& t) { return t.lower == "of"sv; }

// A word in -s of more than three letters, not in -ss, -us or -is: "controls", "executives" (not
// "contiguous", "status", "analysis").
bool IsPluralNoun(const Token& t) {
  const std::string& w = t.lower;
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
}

}  // namespace

// A noun of number before "of" that heads a group of people: "a number of economists", "a wide
// array of critics", "a handful of senators". (Not a quantity on its own: "the number fell".)
bool IsCollective(const Token& t) {
  static constexpr std::string_view kWords[] = {"number", "handful", "array", "host", "couple", "plurality", "minority", "dozen", "slew", "lot"};
  for (std::string_view w : kWords) {
    if (t.lower == w) return true;
  }
  return false;
}

bool IsQuantity(const Token& t) {
  if (t.Is(kNumber)) return true;
  const std::string& w = t.lower;
  // (By length first: most words are none of them.)
  switch (w.size()) {
    case 3:
      if (w == "few"sv || w == "all"sv || w == "one"sv || w == "two"sv || w == "six"sv || w == "ten"sv || w == "any"sv) return true;
      break;
    case 4:
      if (w == "some"sv || w == "many"sv || w == "most"sv || w == "both"sv || w == "none"sv || w == "nine"sv || w == "four"sv ||
          w == "five"sv || w == "half"sv || w == "each"sv || w == "more"sv) {
        return true;
      }
      break;
    case 5:
      if (w == "seven"sv || w == "eight"sv || w == "three"sv || w == "third"sv) return true;
      break;
    case 6:
      if (w == "dozens"sv || w == "thirds"sv) return true;
      break;
    case 7:
      if (w == "several"sv || w == "percent"sv || w == "quarter"sv) return true;
      break;
    case 8:
      if (w == "majority"sv || w == "hundreds"sv || w == "millions"sv || w == "quarters"sv) return true;
      break;
    case 9:
      if (w == "thousands"sv) return true;
      break;
    case 10:
      if (w == "majorities"sv) return true;
      break;
    default: break;
  }
  return w.size() > 6 && (w.ends_with("thirds") || w.ends_with("quarters") || w.ends_with("-third"));
}

// A number that is a year ("In 2016 support grew"): no count of people.
bool IsYear(const Token& t) {
  return t.lower.size() == 4 && (t.lower[0] == '1' || t.lower[0] == '2') && t.lower.find_first_not_of("0123456789") == std::string::npos;
}

bool PluralSubject(const std::vector<Token>& tokens, Chunk chunk) {
  if (chunk.empty()) return false;
  const Token& last = tokens[chunk.end - 1];
  if (last.lower.ends_with("s")) return true;
  // A count as the head: "Six in 10", "A mere 9 percent", "42%", "Nearly a third", "a majority".
  // Plurals without -s ("Data show", "People say").
  static constexpr std::string_view kPlurals[] = {"people", "data", "media", "police", "men", "women", "children"};
  if (last.Is(kNumber) && !IsYear(last)) return true;
  if (!last.Is(kNumber) && last.lower.size() <= 8) {  // (no count or plural of the lists is longer)
    if (last.lower == "%"sv) return true;
    if (IsQuantity(last) && last.lower != "one"sv && last.lower != "each"sv && last.lower != "any"sv && last.lower != "more"sv) {
      return true;
    }
    for (std::string_view w : kPlurals) {
      if (last.lower == w) return true;
    }
  }
  // A plural determiner before the head ("those surveyed", "these folks").
  for (size_t k = chunk.end - 1; k > chunk.begin; --k) {
    const Token& d = tokens[k - 1];
    if (IsOf(d) || d.Is(kPreposition)) break;
    if (d.Is(kDeterminer) && (d.lower == "those"sv || d.lower == "these"sv)) return true;
  }
  // A quantity before "of" ("19 percent of college students polled", "some of the staff").
  const Token& first = tokens[chunk.begin];
  if (chunk.begin + 2 < chunk.end && (IsQuantity(first) || IsCollective(first) || (chunk.begin + 1 < chunk.end && IsCollective(tokens[chunk.begin + 1]))) &&
      first.lower != "one"sv && first.lower != "each"sv &&
      (IsOf(tokens[chunk.begin + 1]) || (chunk.begin + 3 < chunk.end && IsOf(tokens[chunk.begin + 2])))) {
    return true;
  }
  // Two names joined by "and": "Rubio and Bush say", "Clinton and Sanders want".
  for (size_t k = chunk.begin + 1; k + 1 < chunk.end; ++k) {
    if (tokens[k].lower == "and"sv && tokens[k - 1].Is(kCapitalised) && tokens[k + 1].Is(kCapitalised) && !tokens[k + 1].Is(kDeterminer)) {
      return true;
    }
  }
  // The head before "of" or "from": "Audit files from NGP VAN", "Supporters of the law" (not
  // "paragraphs in the MMC report", where "report" is a noun).
  // Or a plural person word before any preposition: "Aides to Clinton", "sources close to her
  // campaign", "officials familiar with the talks".
  for (size_t k = chunk.begin + 1; k < chunk.end; ++k) {
    if (!tokens[k].Is(kPreposition)) continue;
    size_t h = k - 1;
    // ("close" and "familiar" are prepositions themselves: the loop stops at them.)
    static constexpr std::string_view kLinks[] = {"loyal", "opposed", "allied", "linked", "related"};
    for (std::string_view w : kLinks) {
      if (h > chunk.begin && tokens[h].lower == w) --h;
    }
    const Token& head = tokens[h];
    const bool plural = !head.Is(kPossessive) && head.lower.size() > 3 && head.lower.ends_with("s") && !head.lower.ends_with("ss");
    // (Through other prepositions too: "Executives for Mondelez say", "people close to Clinton
    // say"; but a place is no plural's: "paragraphs in the MMC report which it says".)
    const std::string& w = tokens[k].lower;
    if (w == "in"sv || w == "on"sv || w == "at"sv) return plural && head.Is(kAnonymous);
    return plural || head.lower == "people"sv;
  }
  return false;
}

bool SourceHeadAt(const std::vector<Token>& tokens, size_t k, size_t floor) {
  const Token& t = tokens[k];
  if (!t.Is(kSourceHead) || t.Is(kPossessive)) return false;
  if (k > floor) {
    const Token& prev = tokens[k - 1];
    if (prev.Is(kPossessive) || (prev.Is(kDeterminer) && !IsThat(prev))) return true;
    if (NounLike(prev) && !prev.Is(kSourceHead)) return true;
    // ("to report", "would note"; but after "but"/"and" a plural heads a phrase: "But
    // advocates within the scientific community cite ...".)
    if (prev.Is(kWord) && !prev.Is(kPunct) && !(prev.Is(kBoundary) && !prev.Is(kPreposition | kDeterminer | kPronoun) && t.lower.ends_with("s"))) return false;
  }
  return t.lower.ends_with("s");  // "Reports said", ", advocates say"
}

std::optional<Chunk> ChunkBefore(const std::vector<Token>& tokens, size_t end, size_t floor) {
  if (end <= floor) return std::nullopt;
  const Token& last = tokens[end - 1];
  if (last.Is(kPronoun) && !last.Is(kPossessive)) return Chunk{end - 1, end};
  // A name with a parenthesis after it: "Sen. David Perdue (R-Ga.)".
  if (last.lower == ")"sv) {
    for (size_t b = end - 1; b > floor + 1 && b + 8 > end; --b) {
      if (tokens[b - 1].lower != "("sv) continue;
      auto head = ChunkBefore(tokens, b - 1, floor);
      if (!head || !tokens[head->end - 1].Is(kCapitalised)) return std::nullopt;
      return Chunk{head->begin, end};
    }
    return std::nullopt;
  }
  if (!NounLike(last) && !SourceHeadAt(tokens, end - 1, floor)) return std::nullopt;
  size_t b = end - 1;
  while (b > floor && end - b < kMaxChunk) {
    const Token& t = tokens[b - 1];
    // "Some of her followers", "19 percent of college students": a quantity and "of" before the
    // phrase are part of it.
    // "Six in 10", "one in five": a ratio.
    if (t.Is(kPreposition) && t.lower == "in"sv && b >= floor + 2 && IsQuantity(tokens[b]) && IsQuantity(tokens[b - 2]) &&
        !IsYear(tokens[b])) {
      b -= 2;
      continue;
    }
    if (IsOf(t) && b >= floor + 2 && (IsQuantity(tokens[b - 2]) || IsCollective(tokens[b - 2])) && end - b + 2 < kMaxChunk) {
      b -= 2;
      // ("a wide array of": an adjective between the determiner and the collective.)
      if (b > floor + 1 && IsCollective(tokens[b]) && NounLike(tokens[b - 1]) && !tokens[b - 1].Is(kCapitalised) && tokens[b - 2].Is(kDeterminer)) --b;
      if (tokens[b].Is(kDeterminer)) break;
      continue;
    }
    // (A capitalised determiner between capitalised words inside the sentence is part of a
    // name: "CBS This Morning co-anchor DeMarco Morgan".)
    if (t.Is(kDeterminer) && t.Is(kCapitalised) && !t.Is(kPronoun) && b - 1 > floor + 1 && tokens[b - 2].Is(kCapitalised) &&
        !tokens[b - 2].Is(kPunct | kDeterminer | kBoundary | kPreposition | kTime) && tokens[b].Is(kCapitalised)) {
      b -= 1;
      continue;
    }
    if (t.Is(kDeterminer) && !IsThat(t)) {
      b -= 1;
      if (b >= floor + 2 && IsOf(tokens[b - 1]) && IsQuantity(tokens[b - 2])) {
        b -= 2;
        if (tokens[b].Is(kDeterminer)) break;
        continue;
      }
      // "a spokesman for the company": go on through a preposition to the phrase before it.
      // (The sentence's first word is capitalised whatever it is: a plural there opens a phrase,
      // "Proponents of the bill", "Majorities in many countries"; not "Speaking at ...",
      // "Alarmed by ...".)
      const auto opens_plural = [&] {
        const Token& h = tokens[b - 2];
        return b - 2 == floor && IsPluralNoun(h) && !h.lower.ends_with("ed");
      };
      // (Or a name with a word before it and "of the" an organisation: "Mr. Morgan of the Sierra
      // Club"; not "- Chancellor of the Exchequer" after a dateline's dash.)
      // (The noun may be a cue word that heads a phrase: "advocates within the community".)
      if (b >= floor + 2 && tokens[b - 1].Is(kPreposition) && (NounLike(tokens[b - 2]) || SourceHeadAt(tokens, b - 2, floor)) &&
          (!tokens[b - 2].Is(kCapitalised) || opens_plural() ||
           (IsOf(tokens[b - 1]) && tokens[b].Is(kDeterminer) && b + 1 < end && tokens[b + 1].Is(kCapitalised) && !tokens[b - 2].Is(kBoundary | kTime) &&
            b - 2 > floor && tokens[b - 3].Is(kWord)))) {
        b -= 1;
        continue;
      }
      // "officials familiar with the talks", "sources close to the campaign".
      if (b >= floor + 3 && tokens[b - 1].Is(kPreposition) && (tokens[b - 2].lower == "familiar"sv || tokens[b - 2].lower == "close"sv) &&
          tokens[b - 3].Is(kAnonymous)) {
        b -= 2;
        continue;
      }
      break;
    }
    // "spokesman for Clinton", "officials familiar with": a preposition between noun words.
    // (Or after a person word, or any plural but before "by" or "to": "a spokesman for committee
    // Democrats", "officials at state agencies", "proponents of more controls on hate speech",
    // not "diplomats of proposals released yesterday by the Commission".)
    if (t.Is(kPreposition) && b - 1 > floor && NounLike(tokens[b - 2]) &&
        (tokens[b].Is(kCapitalised | kDeterminer) || (tokens[b - 2].Is(kAnonymous) && t.lower != "of"sv) ||
         (!tokens[b - 2].Is(kPossessive) && IsPluralNoun(tokens[b - 2]) && t.lower != "by"sv && t.lower != "to"sv))) {
      b -= 1;
      continue;
    }
    // "people close to Clinton", "sources familiar with her thinking" (no determiner after).
    if (t.Is(kPreposition) && b >= floor + 3 && (tokens[b - 2].lower == "close"sv || tokens[b - 2].lower == "familiar"sv) &&
        (tokens[b - 3].Is(kAnonymous) || tokens[b - 3].lower == "people"sv || (IsPluralNoun(tokens[b - 3]) && !tokens[b - 3].Is(kCapitalised)))) {
      b -= 2;
      continue;
    }
    // ("an inside source", "an outside group": a preposition after an article is an adjective.)
    if (t.Is(kPreposition) && b - 1 > floor && (t.lower == "inside"sv || t.lower == "outside"sv) &&
        (tokens[b - 2].lower == "an"sv || tokens[b - 2].lower == "the"sv)) {
      b -= 1;
      continue;
    }
    // (A cue word that heads a phrase before its preposition is the phrase's head: "A report on
    // the Peruvian economy said"; not before a name, "In its annual report BIL reported".)
    if (!NounLike(t) && !(tokens[b].Is(kPreposition) && SourceHeadAt(tokens, b - 1, floor))) break;
    // ("So far officials said": "so far" is an adverb.)
    if (t.lower == "far"sv && b >= floor + 2 && tokens[b - 2].lower == "so"sv) break;
    b -= 1;
  }
  // (A phrase cut at its length limit does not open with a preposition.)
  if (tokens[b].Is(kPreposition) && !tokens[b].Is(kCapitalised) && b + 1 < end) ++b;
  return Chunk{b, end};
}

std::optional<Chunk> ChunkAfter(const std::vector<Token>& tokens, size_t begin, size_t limit) {
  if (begin >= limit) return std::nullopt;
  const Token& first = tokens[begin];
  static constexpr std::string_view kObjectPronouns[] = {"him", "her", "them", "us", "me", "you", "reporters", "it"};
  for (std::string_view p : kObjectPronouns) {
    // ("her" before a noun is its determiner: "according to her lawyers".)
    if (first.lower == p && !(p == "her"sv && begin + 1 < limit && NounLike(tokens[begin + 1]))) return Chunk{begin, begin + 1};
  }
  if (first.Is(kPronoun) && !first.Is(kPossessive)) return Chunk{begin, begin + 1};
  size_t e = begin;
  if (first.Is(kDeterminer) && !IsThat(first)) {
    e += 1;
    // A quantity after the determiner: "the most recent average", "the two senators".
    if (e < limit && tokens[e].Is(kDeterminer) && IsQuantity(tokens[e])) e += 1;
  }
  while (e < limit && e - begin < kMaxChunk) {
    const Token& t = tokens[e];
    // (A cue word that heads a source is a noun here: "according to a report in the Register",
    // "said the congressional report".)
    if (NounLike(t) || (t.Is(kSourceHead) && !t.Is(kPossessive))) {
      e += 1;
      continue;
    }
    // "a spokesman for the company", "the head of Amnesty".
    if (t.Is(kPreposition) && (t.lower == "of"sv || t.lower == "for"sv || t.lower == "at"sv || t.lower == "with"sv) &&
        e > begin && e + 1 < limit && (tokens[e + 1].Is(kDeterminer | kCapitalised)) && !IsThat(tokens[e + 1])) {
      e += 1;
      if (tokens[e].Is(kDeterminer)) e += 1;
      continue;
    }
    break;
  }
  if (e == begin || (e == begin + 1 && first.Is(kDeterminer))) return std::nullopt;
  return Chunk{begin, e};
}

}  // namespace claimcheck::extract
