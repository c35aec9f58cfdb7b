#include "extract/frames.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

#include "extract/chunks.h"
#include "rules/filters.h"

namespace claimcheck::extract {

using namespace std::string_view_literals;
namespace {

bool IsParticiple(const Token& t) { return t.lower.size() > 5 && t.lower.ends_with("ing"); }

// Words that open a clause of their own after a comma: the content before them is complete.
bool IsClauseOpener(const Token& t) {
  static constexpr std::string_view kOpeners[] = {"however", "though", "although", "while", "whereas",
                                         "because", "when", "even", "yet", "unlike", "despite"};
  for (std::string_view o : kOpeners) {
    if (t.lower == o) return true;
  }
  return false;
}

bool IsSkippable(const Token& t);
bool IsRelative(const Token& t);
// The passives of seeing among the evidentials ("is seen as", "is widely regarded as").
// ("known" takes "for", a reputation: "Ginsburg is known for speaking her mind".)
bool IsPassiveEvidential(const Token& t) {
  return t.lower == "seen"sv || t.lower == "viewed"sv || t.lower == "regarded"sv || t.lower == "perceived"sv || t.lower == "known"sv;
}
bool IsSubordinator(const Token& t);
bool IsThat(const Token& t);
bool IsAndOrBut(const Token& t);
bool LooksLikeVerb(const Token& t);
bool LooksLikePast(const Token& t);
bool IsDash(const Token& t);
bool IsBaseForm(const Token& t);
// A word of a verb group: an auxiliary, a form of "be" or a skip word ("has", "was", "would"),
// or a lower-case word in -s or -ed (LooksLikeVerb).
bool VerbWord(const Token& t);

// Whether "that" at `k` is followed by a comma and a circumstance that opens its clause: "that,
// in retrospect, it was a mistake", "that, while 37 percent ..., most", "that, if elected, he
// would" (a lower-case preposition, a subordinator, "if" or "as").
bool ThatCommaCircumstance(const std::vector<Token>& tok, size_t k, size_t end) {
  if (k + 2 >= end || !IsThat(tok[k]) || !tok[k + 1].Is(kComma)) return false;
  const Token& o = tok[k + 2];
  return (o.Is(kPreposition) && !o.Is(kCapitalised)) || IsSubordinator(o) || o.lower == "if"sv || o.lower == "as"sv;
}

// Clause openers after which a content's clause ends: ", however", ", while", ", whereas",
// ", yet", ", unlike". (Not the other openers: PolNeAR's contents mostly go on at ", though",
// ", even", ", because", ", despite", ", when" and ", although": "it was possible, though not
// likely, that ...".) By length first: ClauseEnd asks at every comma.
bool EndsClause(const Token& t) {
  switch (t.lower.size()) {
    case 3: return t.lower == "yet"sv;
    case 5: return t.lower == "while"sv;
    case 6: return t.lower == "unlike"sv;
    case 7: return t.lower == "however"sv || t.lower == "whereas"sv;
    default: return false;
  }
}

// Whether a token is written without a lower-case letter ("CHINA", "BOOM", "AP").
bool InCapitals(std::string_view text, const Token& t) {
  for (uint32_t b = t.span.begin; b < t.span.end; ++b) {
    if (text[b] >= 'a' && text[b] <= 'z') return false;
  }
  return true;
}

// Whether most words of tokens [begin, end) are in capitals (numbers aside): a wire headline or
// table line ("SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, ...").
bool MostlyCapitals(std::string_view text, const std::vector<Token>& tok, size_t begin, size_t end) {
  size_t words = 0, capitals = 0;
  for (size_t k = begin; k < end; ++k) {
    if (!tok[k].Is(kWord) || tok[k].Is(kNumber)) continue;
    ++words;
    capitals += InCapitals(text, tok[k]) ? 1 : 0;
  }
  return capitals * 2 > words;
}

// A verb of describing or naming, which takes "as" and what its object was called: "described",
// "characterized", "portrayed", "labeled", "branded".
bool IsNaming(const Token& t) {
  const std::string& w = t.lower;
  return w.starts_with("describ") || w.starts_with("characteri") || w.starts_with("portray") || w.starts_with("label") ||
         w == "branded"sv || w == "termed"sv || w == "dubbed"sv;
}

// A verb of issuing in the `cue-other` lexicon: what is offered, issued, signed, listed or ordered
// is the content. ("released" and "passed" were measured and left out: "released his tax returns",
// "Most states passed the deadline" were no attribution on polnear-dev.)
bool IsIssuing(const std::string& c) {
  static constexpr std::string_view kVerbs[] = {"offered", "issued", "signed", "listed", "ordered"};
  return c.size() >= 6 && c.size() <= 8 && std::find(std::begin(kVerbs), std::end(kVerbs), c) != std::end(kVerbs);
}

// One paragraph's tokens with what the frame rules ask of them: sentence bounds and quotation
// pairs.
class Paragraph {
 public:
  // (One vector of per-token facts and one of sentence bounds: two allocations per paragraph.)
  Paragraph(std::string_view text, std::vector<Token> tokens, const std::vector<Span>& sentences)
      : text_(text), tok(std::move(tokens)), info_(tok.size()), bounds_(sentences.size() + 1, {tok.size(), 0}) {
    // (Tokens come in text order: each sentence's first token is met first, and the start of
    // the next sentence is kept at hand.)
    // (One pass: sentence bounds, quotation pairs, and the "point" words that are no cue.)
    size_t s = 0;
    uint32_t next = sentences.size() > 1 ? sentences[1].begin : UINT32_MAX;
    int open = -1;
    // (The sizes and the sentence's bounds held in locals: the stores to info_ would make the
    // compiler read them again on every token.)
    const size_t n = tok.size();
    Info* info = info_.data();
    size_t first = n;
    for (size_t i = 0; i < n; ++i) {
      Token& t = tok[i];
      if (t.span.begin >= next) [[unlikely]] {
        bounds_[s] = {first, i};
        first = n;
        while (s + 1 < sentences.size() && t.span.begin >= sentences[s + 1].begin) ++s;
        next = s + 1 < sentences.size() ? sentences[s + 1].begin : UINT32_MAX;
      }
      info[i].sent = static_cast<uint32_t>(s);
      if (first == n) first = i;
      // (One class test for the two rare kinds of token: quotation marks, and cue words that
      // may be no cue where they stand, all of them `cue-other`.)
      if (!(t.cls & (kQuote | kCueOther))) [[likely]] {
        info[i].inside = open;
        continue;
      }
      if (t.Is(kQuote)) {
        if (open < 0) {
          open = static_cast<int>(i);
        } else {
          info[i].match = open;
          info[open].match = static_cast<int>(i);
          open = -1;
        }
        continue;
      }
      info[i].inside = open;
      NotCue(i);
    }
    if (n > 0) bounds_[s] = {first, n};
  }

  // Takes the cue class from a `cue-other` word that is no cue where it stands (out of line: the
  // constructor's loop stays small).
  [[gnu::noinline]] void NotCue(size_t i) {
    Token& t = tok[i];
    // "points out", "pointed to" are cues; "the points", "pointed a gun", "rose 5 points, to
    // ..." are not, and no clause may end before them as before a cue.
    // ("point to" and "points to" only after a subject, not a count or a determiner, and before
    // no number: "The findings point to growing momentum", not "rose 5 points to 1,234" nor "a
    // point to consider".)
    const auto subject_point_to = [&] {
      return t.lower.size() <= 6 && i > 0 && i + 2 < tok.size() && tok[i + 1].lower == "to"sv && !tok[i + 2].Is(kNumber) &&
             tok[i - 1].Is(kWord) && !tok[i - 1].Is(kNumber | kDeterminer | kPreposition | kBoundary | kPossessive | kCue) &&
             (tok[i - 1].Is(kPronoun | kCapitalised) || (tok[i - 1].lower.ends_with('s') && !tok[i - 1].lower.ends_with("ss")));
    };
    if (t.lower.starts_with("point") &&
        !(i + 1 < tok.size() && (tok[i + 1].lower == "out"sv || (tok[i + 1].lower == "to"sv && t.lower.size() > 6))) && !subject_point_to()) {
      t.cls &= ~kCue;
    }
    // "declined 0.2 pct", "declining toward the end of last year", "sales declined.": a fall,
    // not a refusal ("declined to comment", "declined comment").
    if (t.lower.starts_with("declin") && i + 1 < tok.size() &&
        (tok[i + 1].Is(kNumber | kPunct | kTime) || (tok[i + 1].Is(kPreposition) && tok[i + 1].lower != "to"sv) ||
         tok[i + 1].lower == "sharply"sv || tok[i + 1].lower == "slightly"sv || tok[i + 1].lower == "steadily"sv)) {
      t.cls &= ~kCue;
    }
    // A verb of issuing ("issued", "signed", "offered") is a cue only in the active voice,
    // before its object: not a participle after a noun or a form of "be" ("a statement
    // issued by the conference", "the last bond issued in 1978", "was signed"), nor before
    // a count or a preposition ("offered to acquire Becor for 15.50 dlrs", "rights issued to
    // shareholders"). No clause ends before it either.
    // (Nor an adjective after an article: "the locally listed firm", "the issued shares".)
    if (IsIssuing(t.lower) &&
        ((i > 0 && tok[i - 1].Is(kBe | kDeterminer)) || (i > 1 && tok[i - 1].lower.ends_with("ly") && tok[i - 2].Is(kDeterminer)) ||
         i + 1 >= tok.size() ||
         // (But "ordered that his name be certified": an order's content.)
         (tok[i + 1].Is(kTime | kPreposition | kPunct | kNumber | kBe | kSkip | kBoundary) && !(t.lower == "ordered"sv && IsThat(tok[i + 1]))) ||
         tok[i + 1].lower == "$"sv ||
         rules::MonthNumber(tok[i + 1].lower) != 0)) {  // (a month, which the time lexicon leaves to the tagger)
      t.cls &= ~kCue;
    }
  }

  size_t SentenceFirst(size_t i) const { return bounds_[info_[i].sent].first; }
  size_t SentenceEnd(size_t i) const { return bounds_[info_[i].sent].second; }
  bool InsideQuote(size_t i) const { return info_[i].inside >= 0; }
  // The comma inside a number written with separators ("240,000"): no clause or phrase ends there.
  bool NumberComma(size_t j) const {
    return j > 0 && j + 1 < tok.size() && tok[j].Is(kComma) && tok[j - 1].Is(kNumber) && tok[j + 1].Is(kNumber) &&
           tok[j].span.end == tok[j + 1].span.begin;
  }
  // For an opening quote, its closing quote (or the paragraph's last token when unclosed).
  bool IsOpening(size_t i) const { return tok[i].Is(kQuote) && (info_[i].match < 0 || static_cast<size_t>(info_[i].match) > i); }
  bool IsClosing(size_t i) const { return tok[i].Is(kQuote) && info_[i].match >= 0 && static_cast<size_t>(info_[i].match) < i; }
  size_t Close(size_t open) const { return info_[open].match < 0 ? tok.size() - 1 : static_cast<size_t>(info_[open].match); }
  size_t Open(size_t close) const { return static_cast<size_t>(info_[close].match); }

  Span Bytes(size_t first, size_t end) const { return {tok[first].span.begin, tok[end - 1].span.end}; }

  // Where a clause that starts at token `k` ends (exclusive): the end of its sentence, a
  // semicolon or dash, a participle clause (", contradicting ..."), ", according to", or an
  // inverted frame (", he said"); a quotation opened inside it runs to its close.
  // (`parentheses`: whether a parenthesis after the clause's subject is passed over; an object's
  // phrase, which ends at its first comma anyway, does not ask.)
  size_t ClauseEnd(size_t k, bool parentheses = true) const {
    size_t end = SentenceEnd(k);
    size_t j = k;
    // Whether a that-clause opens with a circumstance ("that under government rules, ..."),
    // tested once rather than at every comma.
    // (Or one between commas: "that, in retrospect, ...", "that, while 37 percent ...,".)
    const bool that = IsThat(tok[k]);
    const bool comma_open = that && k + 3 < end && ThatCommaCircumstance(tok, k, end);
    const size_t c0 = comma_open ? k + 1 : k;  // the token before the circumstance
    const bool opening_circumstance = that && c0 + 2 < end &&
                                      (tok[c0 + 1].Is(kPreposition) || IsSubordinator(tok[c0 + 1]) || tok[c0 + 1].lower == "given"sv || comma_open) &&
                                      !tok[c0 + 1].Is(kPronoun | kDeterminer) && !tok[c0 + 2].Is(kNumber);
    bool verb_seen = false;  // a verb in [k, verb_from)
    size_t verb_from = k;
    for (; j < end; ++j) {
      const Token& t = tok[j];
      if (IsOpening(j) && j > k) {
        size_t c = Close(j);
        if (c >= end) end = std::min(tok.size(), c + 1);
        j = c;
        // A quotation that ends in a comma (`things "should be wrapped up by Cleveland,"
        // referring to ...`) ends the clause before a cue or participle as a comma would.
        if (c > 0 && c + 1 < end && tok[c - 1].Is(kComma)) {
          const Token& n = tok[c + 1];
          if (EndsClause(n) || n.lower == "according"sv || (n.Is(kCue) && !n.Is(kCapitalised) && IsParticiple(n)) || AndNewSubject(c + 1, end)) {
            return Trimmed(k, c + 1);
          }
        }
        continue;
      }
      if (t.Is(kOtherPunct) && t.lower == "-" && j > k) {
        // A parenthesis between dashes ("authorities - and not the federal government - are in
        // charge") is inside the clause.
        const size_t close = ClosingDash(j, end, 29, kFinal);
        // (Not when the clause has its verb and a verb of speech follows the parenthesis, a
        // frame of its own: "unveiled a list of endorsements -- most of whom had ... -- who cited
        // ...".)
        if (close != SIZE_MAX && close + 1 < end && tok[close + 1].Is(kWord) &&
            !((tok[close + 1].Is(kCue) || (close + 2 < end && tok[close + 2].Is(kCue) && IsRelative(tok[close + 1]))) &&
              VerbSeen(k, j))) {
          j = close;
          continue;
        }
      }
      // A short parenthesis ("their average age (63), their marital status ...", "Mike Lee
      // (R-Utah)") is inside the clause; one with a cue of its own ("(they want lower rates and
      // suggest ...)") is not.
      if (t.Is(kOtherPunct) && t.lower == "("sv && j > k) {
        size_t m = j + 1;
        while (m < end && m < j + 10 && tok[m].lower != ")"sv && !tok[m].Is(kCue | kFinal | kQuote)) ++m;
        if (m < end && m < j + 10 && tok[m].lower == ")"sv) {
          j = m;
          continue;
        }
      }
      // A word hyphenated across a line ("the con- clusion"): the hyphen touches the word before
      // it and a lower-case word follows. (A dash before an elaboration was measured both ways:
      // PolNeAR's contents go on over it as often as they stop.)
      if (t.Is(kOtherPunct) && t.lower == "-" && j > k && j + 1 < end && tok[j - 1].span.end == t.span.begin &&
          tok[j - 1].Is(kWord) && tok[j + 1].Is(kWord) && !tok[j + 1].Is(kCapitalised | kCue) && tok[j + 1].span.begin > t.span.end) {
        continue;
      }
      // "said he understands Ayotte's position - and that he will back her": a second that-clause
      // of the same saying after a dash goes on, as after a comma.
      if (t.Is(kOtherPunct) && t.lower == "-"sv && j > k) {
        size_t m = j + 1;
        while (m < end && tok[m].lower == "-"sv) ++m;
        if (SecondThatClause(m, end)) {
          j = m + 1;
          continue;
        }
      }
      if (t.Is(kOtherPunct) && (t.lower == ";" || t.lower == "-" || t.lower == "(")) break;
      // "said he would order a review and warned against hackers": a second verb of the same
      // source is a frame of its own.
      if (t.Is(kBoundary) && j > k + 2 && j + 1 < end && IsAndOrBut(t)) {
        size_t c = j + 1;
        while (c < end && c < j + 3 && IsSkippable(tok[c])) ++c;
        if (c < end && tok[c].Is(kCue) && !tok[c].Is(kCapitalised) && !IsParticiple(tok[c]) &&
            !(c + 1 < end && tok[c + 1].Is(kFinal | kComma)) &&
            // (A base form after a modal in the clause is the clause's own second verb: "says he
            // would sit Putin down and tell him ...".)
            !(IsBaseForm(tok[c]) && [&] {
              for (size_t m = k; m < j; ++m) {
                if (tok[m].Is(kCueAuxiliary) && !tok[m].Is(kPronoun)) return true;
              }
              return false;
            }())) {
          break;
        }
      }
      // A sentence end ICU missed; not an abbreviation's period before a lower-case word or a
      // number ("the Sept. 11 attacks", "U.S.-born").
      if (t.Is(kFinal) && t.lower == "."sv && j + 1 < end && !InsideQuote(j) && (tok[j + 1].Is(kCapitalised | kQuote) || !tok[j + 1].Is(kWord | kOtherPunct))) break;
      if (t.Is(kComma) && j + 1 < end) {
        const Token& n = tok[j + 1];
        if (j > k && NumberComma(j)) continue;  // "240,000"
        // "that, while ..., Z", "that, because Comey testified it was \"truthful,\" it is ...": the
        // circumstance between commas (a quotation's closing comma too) opens the clause.
        if (j == k + 1 && comma_open) {
          size_t m = j + 1;
          for (; m < end && m < j + 40 && !tok[m].Is(kComma); ++m) {
            if (IsOpening(m)) {
              m = Close(m);
              if (m < end && tok[m - 1].Is(kComma)) break;
            }
          }
          if (m + 1 < end && m < j + 40 && tok[m + 1].Is(kWord)) {
            j = m;
            continue;
          }
        }
        // A circumstance that opens a that-clause ends at its comma, not the clause: "that under
        // government rules, even newspaper articles can be deemed ...", "that before the attacks,
        // requests were made ...".
        // (Not "that about 4 million people live ..., making ...", a quantity; nor before an
        // inverted frame, "he finds that in government work, he said".)
        if (j > c0 + 2 && opening_circumstance &&
            std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(j + 1), tok.begin() + static_cast<std::ptrdiff_t>(std::min(end, j + 5)),
                         [](const Token& w) { return w.Is(kCueSpeech) && !w.Is(kCapitalised); }) &&
            std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(c0 + 1), tok.begin() + static_cast<std::ptrdiff_t>(j), [](const Token& w) {
              return (w.Is(kBe | kSkip | kCueAuxiliary | kCue) && !w.Is(kPronoun | kTime)) || (LooksLikePast(w) && !w.Is(kCapitalised));
            })) {
          continue;
        }
        // A parenthesis between commas after a clause's subject, before its verb ("the email
        // scandal, while troublesome, was dealt with", "Millennials, numbering 75.3 million,
        // surpassed", "that, during the period when ..., Gates was"): the clause goes on past it.
        // (Whether a verb was seen grows with j: the scan goes on from where it stopped.)
        if (parentheses && !verb_seen && j > k) {
          verb_seen = VerbSeen(verb_from, j);
          verb_from = j;
        }
        if (parentheses && j > k && !verb_seen && SubjectParenthesis(k, j, end)) {
          while (!tok[++j].Is(kComma)) {
          }
          continue;
        }
        if (EndsClause(n)) break;
        // ", but that he would not ...": a second that-clause of the same saying goes on (a
        // subject after "that"; not "but that group was", a determiner's).
        if (j > k && SecondThatClause(j + 1, end)) continue;
        // PolNeAR's contents go on at ", including", even over a cue word in what it lists
        // (", including his promises to build a giant wall").
        if (n.lower == "including"sv) continue;
        // ", foreign policy experts affirm that ...": a clause with a cue of its own (not a noun
        // of saying after a modifier, NounAfterModifier).
        for (size_t c = j + 1; c < end && c < j + 10 && !tok[c].Is(kPunct); ++c) {
          if (tok[c].Is(kCue) && !tok[c].Is(kCapitalised) && !IsParticiple(tok[c]) && !NounAfterModifier(c)) return Trimmed(k, j);
        }
        if (AndNewSubject(j + 1, end)) break;
        // ", a swipe at ...", ", a move that could ...": an appositive that sums up the clause
        // is the reporter's, not said; a clause that an indefinite subject opens (", a deal
        // would follow") goes on.
        if (n.Is(kDeterminer) && (n.lower == "a"sv || n.lower == "an"sv) && j > k + 3) {
          bool clause = false;
          for (size_t c = j + 2; c < end && c < j + 6 && !clause && !tok[c].Is(kPunct); ++c) clause = tok[c].Is(kBe | kSkip | kCueAuxiliary | kCue);
          if (!clause) break;
        }
        if (n.lower == "according"sv || n.Is(kCue)) break;
        // A participle clause (", contradicting ...") after an object is the source's own act
        // ("judged America a paper tiger, encouraging the attacks"); after a clause with a verb
        // group of its own it goes on with it ("it would get rid of them, beginning in January").
        if (n.lower.size() > 5 && n.lower.ends_with("ing") && !n.Is(kCapitalised) && !HasVerbGroup(k, j)) break;
        // ", he said." / ", the official said": an inverted frame of its own.
        if (j + 3 <= end && InvertedFrameAt(j + 2, j + 7, end)) break;
      }
    }
    return Trimmed(k, j);
  }

  // Whether "and" or "but" at `j` opens a new clause of the narration with a subject pronoun of
  // its own: ", and he railed against ...", "..., and she said ..." (not "it", "I", "we", "you",
  // which the quoted speaker may go on with).
  bool AndNewSubject(size_t j, size_t end) const {
    if (!(IsAndOrBut(tok[j]) && j + 2 < end)) return false;
    const Token& s = tok[j + 1];
    return s.Is(kPronoun) && !s.Is(kDeterminer) && !IsRelative(s) && s.lower != "it"sv && s.lower != "i"sv && s.lower != "we"sv && s.lower != "you"sv;
  }

  // For the dash at `open` ("--" is two tokens), the last token of the dash that closes its
  // parenthesis, within `reach` tokens of the parenthesis's first word and before any token of
  // the classes `stops`; SIZE_MAX when there is none.
  size_t ClosingDash(size_t open, size_t end, size_t reach, uint32_t stops) const {
    const auto dash = [&](size_t m) { return tok[m].Is(kOtherPunct) && tok[m].lower == "-"sv; };
    size_t m = open + 1;
    while (m < end && tok[m].lower == "-"sv) ++m;
    const size_t inside = m, limit = inside + reach;
    while (m < end && m < limit && !dash(m) && !tok[m].Is(stops)) ++m;
    if (m == inside || m >= end || m >= limit || !dash(m)) return SIZE_MAX;
    while (m + 1 < end && tok[m + 1].lower == "-"sv) ++m;
    return m;
  }

  // Whether tokens [k, j) hold a verb: a quotation, a cue or a VerbWord. Before one, a content is
  // only its subject so far.
  bool VerbSeen(size_t k, size_t j) const {
    for (size_t m = k; m < j; ++m) {
      if (IsOpening(m) || (VerbWord(tok[m]) && !PluralNounAt(m)) || (tok[m].Is(kCue) && !tok[m].Is(kPronoun | kTime))) return true;
    }
    return false;
  }

  // Whether the word in -s at `m` is a plural noun, not a verb: before "of" or after a determiner,
  // a possessive or a number ("supporters of the group", "its officials", "two senators").
  bool PluralNounAt(size_t m) const {
    const Token& t = tok[m];
    if (!t.lower.ends_with('s') || t.Is(kBe | kSkip | kCueAuxiliary)) return false;
    return (m + 1 < tok.size() && tok[m + 1].lower == "of"sv) || (m > 0 && tok[m - 1].Is(kDeterminer | kPossessive | kNumber));
  }

  // Whether the comma at `j`, after a clause's subject [k, j), opens a parenthesis that a comma
  // closes within 30 tokens, with no other punctuation, before a verb ("has", "was", a word in -s
  // or -ed, not a noun before a relative: ", remarks that"). The parenthesis is no clause of its
  // own, unless a relative, subordinator, preposition or participle opens it ("which struck
  // down ...", "while troublesome"); after "that" it may be anything ("that, in 2013, the
  // company ...").
  bool SubjectParenthesis(size_t k, size_t j, size_t end) const {
    size_t m = j + 2;
    while (m < end && m < j + 30 && !tok[m].Is(kPunct)) ++m;
    if (m + 1 >= end || m >= j + 30 || !tok[m].Is(kComma)) return false;
    if (j == k + 1 && IsThat(tok[k])) return true;
    // (The verb may open a quotation: 'the pipeline, which Republicans support, "wouldn't go 10
    // feet"'.)
    const size_t v = IsOpening(m + 1) && m + 2 < end ? m + 2 : m + 1;
    if (!(VerbWord(tok[v]) || LooksLikePast(tok[v])) || (v + 1 < end && IsRelative(tok[v + 1]))) return false;
    // (Nor before a verb of saying that ends its sentence, or "said" after a name: the commas close
    // an inverted source or a speaker's appositive, "..., Michael Jopling, British minister of
    // Agriculture, warned.", "one of its directors, Richard Manoogian, said he will buy"; not
    // "the Australian Bureau of Agricultural Economics, BAE, predicts wheat production will".)
    if (tok[v].Is(kCueSpeech) && ((v + 1 < end && tok[v + 1].Is(kFinal | kComma)) ||
                                  (tok[j + 1].Is(kCapitalised) && !tok[j + 1].Is(kDeterminer) && (tok[v].lower == "said"sv || tok[v].lower == "says"sv)))) {
      return false;
    }
    // (A participle may follow an adverb: "the organization, also known as ISIS, was".)
    const Token& o = (tok[j + 1].lower == "also"sv || tok[j + 1].lower.ends_with("ly"sv)) && j + 2 < m ? tok[j + 2] : tok[j + 1];
    return IsRelative(o) || IsSubordinator(o) || o.Is(kPreposition) || IsParticiple(o) || LooksLikePast(o) || o.lower == "known"sv || !VerbSeen(j + 1, m);
  }

  // Whether tokens [k, j) hold an auxiliary, a form of "be" or a skip word ("would", "has"):
  // a clause's verb group rather than a bare object.
  bool HasVerbGroup(size_t k, size_t j) const {
    for (size_t m = k; m < j; ++m) {
      if (tok[m].Is(kBe | kSkip | kCueAuxiliary) && !tok[m].Is(kPronoun | kTime)) return true;
    }
    return false;
  }

  // Where an object or infinitive that starts at token `k` ends: at the clause end, a comma, or
  // (with `second_verb`) "and"/"but" before another verb ("welcomed the decision and agreed ...",
  // "vowed to keep abortion legal and celebrated the ruling", "supports Clinton but is not
  // working for her").
  size_t PhraseEnd(size_t k, bool second_verb = true) const {
    size_t e = ClauseEnd(k, /*parentheses=*/false);
    bool list = false;  // inside a list ("A, B, and C"), whose last comma goes on too
    for (size_t j = k + 1; j < e; ++j) {
      if (!tok[j].Is(kPunct | kBoundary)) continue;  // (only punctuation and "and"/"but" end it)
      if (IsOpening(j)) {
        j = Close(j);
        continue;
      }
      if (tok[j].Is(kOtherPunct) && tok[j].lower == "("sv) {  // (a parenthesis ClauseEnd went past)
        while (j + 1 < e && tok[j].lower != ")"sv) ++j;
        continue;
      }
      if (tok[j].Is(kComma)) {
        // ", including ...": PolNeAR's objects go on there ("a variety of dynamics, including ...").
        if (j + 1 < e && tok[j + 1].lower == "including"sv) continue;
        if (CommaBetweenAdjectives(k, j) || (list && j + 1 < e && (tok[j + 1].lower == "and"sv || tok[j + 1].lower == "or"sv)))
          continue;
        if (ListGoesOn(j, e)) {
          list = true;
          continue;
        }
        // A name between commas after a description ("the first lady, Michelle Obama, as much as
        // possible"): an appositive inside the phrase.
        // (Not before a clause of its own: "the court, Merrick Garland, the final state rules ...".)
        if (j + 3 < e && tok[j - 1].Is(kWord) && !tok[j - 1].Is(kCapitalised | kNumber | kPronoun | kDeterminer) && tok[j + 1].Is(kCapitalised) &&
            !tok[j + 1].Is(kDeterminer | kBoundary | kPronoun | kPreposition | kTime | kCue)) {
          size_t m = j + 1;
          while (m < e && m < j + 5 && tok[m].Is(kCapitalised | kAbbreviation) && tok[m].Is(kWord)) ++m;
          if (m < e && m > j + 1 && tok[m].Is(kComma) && m + 1 < e && tok[m + 1].Is(kWord) && !tok[m + 1].Is(kCue | kPronoun | kDeterminer)) {
            j = m;
            continue;
          }
        }
        // A relative clause between commas after a person, before what the verb takes next
        // ("praising Jeb Bush, who ended his bid on Saturday, as a man who ..."): the object goes
        // on past it.
        if (j + 2 < e && IsRelative(tok[j + 1])) {
          size_t m = j + 2;
          while (m < e && m < j + 25 && !tok[m].Is(kPunct)) ++m;
          // (Or an infinitive of purpose: "to form a joint federal task force, which would include
          // the military, to crack down on hackers".)
          if (m + 1 < e && m < j + 25 && tok[m].Is(kComma) &&
              (tok[m + 1].lower == "as"sv || tok[m + 1].lower == "for"sv ||
               (tok[m + 1].lower == "to"sv && m + 2 < e && tok[m + 2].Is(kWord) && !tok[m + 2].Is(kDeterminer | kCapitalised | kNumber) && IsBaseForm(tok[m + 2])))) {
            j = m;
            continue;
          }
        }
      }
      if ((tok[j].Is(kComma) && !NumberComma(j)) || (second_verb && tok[j].Is(kBoundary) && (tok[j].lower == "and" || tok[j].lower == "but") && j + 1 < e &&
                                (tok[j + 1].Is(kCue | kSkip) || tok[j + 1].lower.ends_with("ed") || LooksLikePast(tok[j + 1]) ||
                                 (tok[j + 1].Is(kBe | kCueAuxiliary) && !tok[j + 1].Is(kPronoun | kTime))))) {
        return j;
      }
    }
    return e;
  }

  // A comma after the first word of a phrase, or after a determiner and one word, that a plain
  // word follows: between adjectives ("its important, oil-rich ally", "full-blown, unilateral
  // rollback"), not after a name or pronoun ("Cruz, the senator").
  bool CommaBetweenAdjectives(size_t k, size_t j) const {
    if (!(j == k + 1 || (j == k + 2 && tok[k].Is(kDeterminer) && !tok[k].Is(kPronoun | kNumber)))) return false;
    const Token& a = tok[j - 1];
    if (!a.Is(kWord) || a.Is(kCapitalised | kPronoun | kNumber | kPossessive) || a.lower.ends_with("s")) return false;
    if (j + 2 >= tok.size()) return false;
    const Token& b = tok[j + 1];
    // (Not a past, the next clause's verb: "the issue, made no comment".)
    return b.Is(kWord) && !b.Is(kCapitalised | kPronoun | kDeterminer | kBoundary | kPreposition | kCue | kBe | kSkip | kNumber) &&
           !IsParticiple(b) && !LooksLikePast(b) && tok[j + 2].Is(kWord);
  }

  // A comma inside a list that goes on to "and"/"or" before `e` ("mass migration, foreign
  // interventionism, and attacks on voters"): plain words and commas up to the conjunction.
  bool ListGoesOn(size_t j, size_t e) const {
    if (NumberComma(j) || j + 2 >= e || IsParticiple(tok[j + 1]) || tok[j + 1].Is(kPronoun | kBoundary)) return false;
    for (size_t m = j + 1; m < e && m < j + 16; ++m) {
      const Token& t = tok[m];
      if (t.Is(kComma)) continue;
      if (t.Is(kBoundary)) {  // ("and", "or", "which" and "who" are boundary words)
        if ((t.lower == "and"sv || t.lower == "or"sv) && m > j + 1) return m + 1 < e && !tok[m + 1].Is(kPunct | kCue | kSkip | kPronoun);
        if (t.lower == "which"sv || t.lower == "who"sv) return false;
      }
      if (t.Is(kPunct | kCue | kBe | kSkip | kPronoun)) return false;
    }
    return false;
  }

  // Whether the cue word at `c` is a noun of saying after a modifier, no verb of a clause: "strong
  // demand for buildings", "user support services", "the investigative report" (not after a
  // subject, a pronoun, a name, a plural, "to", an auxiliary or an adverb in -ly).
  bool NounAfterModifier(size_t c) const {
    const Token& m = tok[c - 1];
    return tok[c].Is(kCueNoun) && m.Is(kWord) && !m.Is(kPronoun | kCapitalised | kBe | kSkip | kCueAuxiliary | kBoundary) &&
           m.lower != "to"sv && !m.lower.ends_with('s') && !m.lower.ends_with("ly");
  }

  // Whether "and" or "but" at `conj` opens a second that-clause of the same saying: "that" and a
  // subject after it (", but that he would not ...", "- and that he will back her"; not "but that
  // group was", a determiner's).
  bool SecondThatClause(size_t conj, size_t end) const {
    return conj + 2 < end && IsAndOrBut(tok[conj]) && IsThat(tok[conj + 1]) &&
           tok[conj + 2].Is(kPronoun | kDeterminer | kCapitalised | kNumber) && !tok[conj + 2].Is(kBe);
  }

  // Whether [b, e) is a clause of its own: a verb group ("is", "has", "will") before any relative
  // pronoun, participle or subordinator ("the big plant is hanging on", not "who is a member of the
  // union", "whose education ... was", "speaking on condition of anonymity because he was not
  // authorized", "while being interviewed", "as is its custom").
  bool ClauseBetweenCommas(size_t b, size_t e) const {
    for (size_t m = b; m < e; ++m) {
      if (IsRelative(tok[m]) || tok[m].lower == "whose"sv || tok[m].lower == "whom"sv || tok[m].Is(kQuote) || IsParticiple(tok[m]) ||
          IsSubordinator(tok[m]) || tok[m].lower == "as"sv) {
        return false;
      }
      // (Not a word inside a name: "Banco do Brasil".)
      if (tok[m].Is(kBe | kCueAuxiliary) && !tok[m].Is(kPronoun | kTime | kCapitalised) && !(tok[m - 1].Is(kCapitalised) && tok[m + 1].Is(kCapitalised))) {
        return m > b;
      }
    }
    return false;
  }

  // Whether an inverted frame starts at `from` (", he said.", '"...," the official said,'): the
  // first cue in [from, limit) is a verb of speech that ends its sentence or clause.
  bool InvertedFrameAt(size_t from, size_t limit, size_t end) const {
    size_t c = from;
    while (c < end && c < limit && !tok[c].Is(kCue)) ++c;
    return c < end && c < limit && tok[c].Is(kCueSpeech) && (c + 1 >= end || tok[c + 1].Is(kFinal | kComma));
  }

  // Trims trailing commas and a sentence's final stop (kept inside a closing quotation).
  size_t Trimmed(size_t k, size_t j) const {
    while (j > k && tok[j - 1].Is(kComma | kColon | kOtherPunct | kFinal)) --j;
    if (j > k && tok[j - 1].Is(kQuote) && IsOpening(j - 1)) --j;
    return j;
  }

  // Where a sentence's prose starts: after a headline and wire dateline that the segmenter left
  // in it ("CHINA MUST CUT DEMAND PEKING, March 25 - China must ..."): the token after a dash
  // that follows a word in capitals.
  size_t ProseStart(size_t first, size_t limit) const {
    bool capitals = false;
    for (size_t j = first; j < limit && j < first + 40; ++j) {
      const Token& t = tok[j];
      if (t.lower == "-"sv && capitals) {
        // A headline with a dash of its own ("EC OPENS SPECIAL REBATE FOR MAIZE - PARIS TRADE
        // PARIS, March 5 - The EC ..."): the dateline after it (a comma or a number, no
        // lower-case word up to its dash) ends there too; not a name between dashes in the prose
        // ("Brent - the benchmark - fell").
        bool dateline = false;
        // ("--" is two tokens: "CHINA CROP WEATHER SUMMARY -- USDA/NOAA WASHINGTON, March 17 - ...".)
        while (j + 1 < limit && tok[j + 1].lower == "-"sv) ++j;
        for (size_t k = j + 1; k < limit && k < j + 12; ++k) {
          const Token& u = tok[k];
          if (u.lower == "-"sv) return dateline ? k + 1 : j + 1;
          if (u.Is(kWord) && !u.Is(kCapitalised | kNumber)) break;
          dateline = dateline || u.Is(kComma | kNumber);
        }
        return j + 1;
      }
      if (t.Is(kWord) && t.span.size() >= 3) {
        capitals = capitals || (t.Is(kCapitalised) && InCapitals(text_, t));
      }
    }
    return first;
  }

  std::string_view text_;
  std::vector<Token> tok;

 private:
  struct Info {
    uint32_t sent = 0;  // the token's sentence
    int match = -1;     // a quote's pair, or -1
    int inside = -1;    // the opening quote a token is inside, or -1
  };
  std::vector<Info> info_;
  std::vector<std::pair<size_t, size_t>> bounds_;  // each sentence's first token and end
};

constexpr size_t kAroundMax = 6;  // the most words before ", according to X," for one span
bool IsThat(const Token& t) { return t.lower == "that"sv; }
bool IsAndOrBut(const Token& t) { return t.lower == "and"sv || t.lower == "but"sv; }

// A connective that opens a sentence and is no part of its subject: "But", "And", "Yet" ("But Mr.
// Grassley and Mr. Leahy say", "But the court overruled and said"), and the focusing "Even"
// ("Even the field's biggest hawks, like Rubio and Bush, say").
bool IsOpeningConnective(const Token& t) {
  return t.Is(kCapitalised) && (t.lower == "but"sv || t.lower == "and"sv || t.lower == "yet"sv || t.lower == "even"sv);
}

// The shape of a word that may hold a glued cue: capitalised, eight letters or more, ending like
// "wrote" or "said" (JoinedCue then looks it up).
bool MayBeGluedCue(const Token& t) {
  return t.Is(kCapitalised) && t.lower.size() >= 8 && (t.lower.back() == 'e' || t.lower.back() == 'd');
}

// Whether a word of no lexicon class may still open a frame: "according" ("according to") or a
// form of "make" ("made (it) clear"), tested by length and first letters.
bool MayBeAccordingOrMake(const Token& t) {
  const std::string& w = t.lower;
  return (w.size() == 9 && w[0] == 'a' && w[1] == 'c') || (w.size() >= 4 && w.size() <= 6 && w[0] == 'm' && w[1] == 'a');
}

// A name glued to the cue after it ("Khovarwrote", which typo.joined-words reports): the cue as
// a token of its own in `cue`.
bool JoinedCue(const Token& t, const TokenLexicon& lexicon, Token* cue) {
  if (!t.Is(kCapitalised) || t.Is(kCue | kPossessive | kAbbreviation) || t.lower.size() < 8) return false;
  for (std::string_view suffix : {std::string_view("wrote"), std::string_view("said")}) {
    if (!t.lower.ends_with(suffix) || t.lower.size() < suffix.size() + 3) continue;
    cue->span = {t.span.end - static_cast<uint32_t>(suffix.size()), t.span.end};
    cue->lower = std::string(suffix);
    cue->cls = kWord | lexicon.ClassOf(suffix);
    return cue->Is(kCueSpeech);
  }
  return false;
}
// "made clear" / "makes it clear" at `i`, before a that-clause or a subject (a pronoun, a
// determiner, a name; "made clear Monday they ..."): true, with `*after` the token after "clear".
// (Not "made clear progress", "made it clear of debris".)
bool MadeClear(const std::vector<Token>& tok, size_t i, size_t* after) {
  const std::string& w = tok[i].lower;
  if (w != "made"sv && w != "make"sv && w != "makes"sv && w != "making"sv) return false;
  size_t k = i + 1;
  if (k < tok.size() && tok[k].lower == "it"sv) ++k;
  if (k + 1 >= tok.size() || tok[k].lower != "clear"sv) return false;
  size_t c = k + 1;
  if (tok[c].Is(kTime) && c + 1 < tok.size()) ++c;
  if (!(IsThat(tok[c]) || tok[c].Is(kPronoun | kDeterminer | kCapitalised)) || tok[c].Is(kPunct)) return false;
  *after = k + 1;
  return true;
}
// An adjective of the catenatives, which follows a form of "be" ("was quick to").
bool IsCatenativeAdjective(const Token& t) {
  static constexpr std::string_view kAdjectives[] = {"quick", "eager", "willing", "unwilling", "likely", "unlikely", "able", "unable",
                                                     "ready", "reluctant", "hesitant", "careful", "first", "late", "prepared", "poised"};
  return std::find(std::begin(kAdjectives), std::end(kAdjectives), t.lower) != std::end(kAdjectives);
}
// A verb before "to" and a cue that makes the cue its own ("went on to say", "continued to
// question", "tried to explain"); `t` is the word before "to", `prev` the one before it.
bool IsCatenative(const Token& t, const Token& prev) {
  const std::string& w = t.lower;
  if (w == "on"sv) return prev.lower == "went"sv || prev.lower == "goes"sv || prev.lower == "go"sv || prev.lower == "going"sv;
  if (w.starts_with("continu")) return true;
  // (And verbs of trying, refusing and wanting: "Trump refused to endorse Ryan", "Fiorina sought
  // to characterize her tenure as a success"; and the adjectives above, "McConnell was quick to
  // embrace the mogul".)
  static constexpr std::string_view kVerbs[] = {
      "tended", "tends", "tend", "tried", "tries", "try", "began", "begins", "hesitated", "hesitate", "attempted", "attempts",
      "attempt", "sought", "seeks", "seek", "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
      "declining", "wanted", "wants", "want", "failed", "fails", "forgot", "pledged", "pledges", "vowed", "vows", "promised",
      "agreed", "agrees", "decided", "decides", "voted", "votes", "chose", "needs", "needed", "need", "managed", "intends",
      "intended", "aimed", "threatened", "threatens", "trying", "struggling", "struggled", "attempting", "seeking",
      "scrambling"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs) || IsCatenativeAdjective(t);
}
// A verb of occasion before its object or place, "to" and the cue: "Clinton took to Twitter to
// say thanks", "Ramos used his acceptance speech to call for ...", "Carson went on ABC's This
// Week to defend ...", "Davis appeared on Fox to defend her". `to` is the index of "to"; the
// verb's index, or SIZE_MAX. Between them one to eight words of a noun phrase or a preposition's
// (no comma, quotation, verb or clause boundary).
size_t PurposeVerbBefore(const std::vector<Token>& tok, size_t to, size_t sfirst) {
  static constexpr std::string_view kVerbs[] = {"took", "takes", "take", "used", "uses", "use", "went", "goes", "appeared", "appears",
                                                "held", "holds", "hold", "turned", "turns", "called", "convened", "seized"};
  for (size_t k = to; k > sfirst && k + 9 > to; --k) {
    const Token& t = tok[k - 1];
    // (Not a passive, "the powers held by Reagan to decide", nor "took exception to".)
    if (k < to && std::find(std::begin(kVerbs), std::end(kVerbs), t.lower) != std::end(kVerbs)) {
      return tok[k].lower == "by"sv || tok[k].lower == "exception"sv ? SIZE_MAX : k - 1;
    }
    if (t.Is(kPunct) && !t.Is(kPossessive)) return SIZE_MAX;
    if (t.lower == "to"sv) continue;  // ("took to Twitter": a preposition here)
    // (A cue word in its base form is a noun here: "held a conference call to defend".)
    if ((t.Is(kCue) && !IsBaseForm(t)) || t.Is(kBe | kSkip | kBoundary | kCueAuxiliary) || IsRelative(t) || IsSubordinator(t)) return SIZE_MAX;
  }
  return SIZE_MAX;
}
// An object relative clause whose verb is the cue: "a claim that Gowdy's office strongly
// disputes", "the trade bill, which he once supported -", "a candidate whom many party members
// strongly oppose.": the index of the relative word before the source `src`, or SIZE_MAX. The verb
// takes a thing (a verb of judging, thinking or acting, or one of the `cue-passive` lexicon's)
// and nothing follows it but the end of the clause, a circumstance's preposition or "and"/"but"
// (`j`, the first token after the cue and its circumstances).
size_t ObjectRelative(const Paragraph& p, const std::optional<Chunk>& src, size_t sfirst, const Token& cue, size_t j, size_t send) {
  if (!src || src->begin < sfirst + 2) return SIZE_MAX;
  const std::vector<Token>& tok = p.tok;
  const size_t r = src->begin - 1;
  const Token& w = tok[r];
  // (The relative words are all `source-boundary` words: one bit test first.)
  if (!w.Is(kBoundary)) return SIZE_MAX;
  const bool that = w.lower == "that"sv;
  if (w.Is(kCapitalised) || !(that || w.lower == "which"sv || w.lower == "whom"sv || w.lower == "who"sv) || p.InsideQuote(r)) return SIZE_MAX;
  if (!cue.Is(kCueOther | kCueThought | kCuePassive) || IsParticiple(cue)) return SIZE_MAX;
  // (The source opens a noun phrase: after a subject's relative word a verb follows, "Republicans
  // who control Congress refused", "Trump, who took to the talk shows".)
  if (!tok[src->begin].Is(kPronoun | kDeterminer | kCapitalised | kNumber)) return SIZE_MAX;
  // The noun the relative word follows ("a claim that", "the bill, which"): not a verb ("said
  // that"), a preposition ("in which") or a conjunction.
  const Token& n = tok[r - 1];
  if (that) {
    if (!n.Is(kWord) || n.Is(kCapitalised | kPronoun | kPreposition | kBoundary | kBe | kSkip | kCueAuxiliary | kNumber) || VerbWord(n) ||
        (n.Is(kCue) && !n.Is(kCueNoun)) || IsParticiple(n) || LooksLikePast(n)) {
      return SIZE_MAX;
    }
  } else if (!(n.Is(kComma) || IsDash(n) || n.lower == "("sv || (n.Is(kWord) && !n.Is(kPreposition | kBoundary | kBe | kSkip | kCueAuxiliary | kPronoun)))) {
    return SIZE_MAX;
  }
  if (j >= send) return r;
  const Token& a = tok[j];
  if (a.Is(kFinal | kComma) || IsDash(a) || a.lower == ")"sv || a.lower == ";"sv) return r;
  if (IsAndOrBut(a)) return r;
  static constexpr std::string_view kCircumstance[] = {"in", "at", "during", "since", "before", "after", "when", "because", "until"};
  return std::find(std::begin(kCircumstance), std::end(kCircumstance), a.lower) != std::end(kCircumstance) ? r : SIZE_MAX;
}
// A conjunction that opens a subordinate clause of time or cause: "when", "because", "after",
// "before", "while", "since", "although", "though".
bool IsSubordinator(const Token& t) {
  // (By length first: most words are none of them.)
  switch (t.lower.size()) {
    case 4: return t.lower == "when"sv;
    case 5: return t.lower == "after"sv || t.lower == "while"sv || t.lower == "since"sv;
    case 6: return t.lower == "before"sv || t.lower == "though"sv;
    case 7: return t.lower == "because"sv;
    case 8: return t.lower == "although"sv;
    default: return false;
  }
}

// A relative word that opens a clause around a frame: "which officials said will ...".
bool IsRelative(const Token& t) {
  return t.lower == "which"sv || t.lower == "that"sv || t.lower == "who"sv || (t.lower == "what"sv && !t.Is(kCapitalised));
}
// Whether the participle at `k` opens a gerund phrase that is a clause's subject: a modal or a
// form of "be" follows within six words, before any punctuation ("replacing Clinton would be").
bool GerundSubject(const std::vector<Token>& tok, size_t k, size_t send) {
  // (Not a verb of saying, nor before a clause of its own: ", adding it may exceed ...".)
  if (tok[k].Is(kCueSpeech)) return false;
  for (size_t c = k + 1; c < send && c < k + 7; ++c) {
    if (tok[c].Is(kPunct) || (tok[c].Is(kPronoun) && !tok[c].Is(kDeterminer)) || IsThat(tok[c])) return false;
    if (tok[c].Is(kCueAuxiliary | kBe) && !tok[c].Is(kPronoun | kTime)) return c > k + 1;
  }
  return false;
}
// A noun of saying before a preposition opens a noun phrase, a content's object or subject, not
// a cue: "citing fears of terrorism", "dismissed claims of fraud", "said concerns about the cost
// were overblown".
bool CueNounPhrase(const std::vector<Token>& tok, size_t j, size_t send) {
  if (j + 1 >= send || !tok[j + 1].Is(kPreposition) || tok[j + 1].Is(kBoundary)) return false;
  if (tok[j].Is(kCueNoun)) return true;
  // (A cue word that can be a noun, before "from" or "of": "said praise from Putin would not
  // affect his policy".)
  const std::string& w = tok[j].lower;
  // (Singular only: "contradicting reports from two days earlier" is the participle's object.)
  // (Nor a past: "Initial reports spoke of water ...".)
  return (tok[j + 1].lower == "from"sv || tok[j + 1].lower == "of"sv) && !w.ends_with('s') && IsBaseForm(tok[j]) && !tok[j].Is(kCapitalised);
}

// Whether the words before "and" at `conj` go back to a participle right after a comma with no
// other comma, quotation, colon or verb between: "..., casting him as a false conservative and
// questioning ...", "..., squinting angrily at times and dismissing ...": a participle after
// that "and" is the sentence subject's too.
bool AfterCommaParticiple(const Paragraph& p, size_t sfirst, size_t conj) {
  const auto& tok = p.tok;
  for (size_t k = conj; k > sfirst + 1 && k + 12 > conj; --k) {
    if (tok[k - 1].Is(kComma)) return IsParticiple(tok[k]) && !tok[k].Is(kCapitalised) && k < conj && !p.InsideQuote(k);
    if (tok[k - 1].Is(kQuote | kColon | kFinal) || tok[k - 1].Is(kCue | kBe | kSkip)) return false;
  }
  return false;
}

// Whether the word before token `l` is a preposition that makes a participle cue at `l` a gerund
// of the sentence's subject ("by saying", "while insisting", "after claiming"), or the "In" that
// opens the sentence ("In asking to depose Clinton, Judicial Watch ...").
bool GerundPreposition(const Paragraph& p, size_t sfirst, size_t l) {
  const std::string_view w = p.tok[l - 1].lower;
  return w == "by"sv || w == "while"sv || w == "before"sv || w == "after"sv || w == "when"sv || w == "for"sv || w == "from"sv ||
         (w == "in"sv && l - 1 == p.ProseStart(sfirst, l));
}
// Words that open an embedded question: "asked whether", "explained how".
bool IsWh(const Token& t) {
  if (t.lower.size() < 2 || t.lower.size() > 7) return false;
  // (Not "when" or "where": "said when she resigned" is the time of the saying.)
  return t.lower == "whether"sv || t.lower == "if"sv || t.lower == "how"sv || t.lower == "why"sv || t.lower == "what"sv;
}
// Between a source and its cue: auxiliaries, "also", and adverbs in -ly ("basically said").
bool IsSkippable(const Token& t) {
  if (t.Is(kPronoun)) return false;
  if (t.Is(kSkip)) return true;
  if (!t.Is(kWord) || t.Is(kCapitalised | kNumber) || t.lower.size() <= 4 || !t.lower.ends_with("ly")) return false;
  // (Nouns in -ly are no adverbs: "Scott's family said", "the assembly voted".)
  static constexpr std::string_view kNouns[] = {"family", "assembly", "rally", "supply", "monopoly", "anomaly"};
  return std::find(std::begin(kNouns), std::end(kNouns), t.lower) == std::end(kNouns);
}

// A verb's base form ("say", "support"): no -s, -ed or -ing, and not an irregular past.
bool IsBaseForm(const Token& t) {
  static constexpr std::string_view kPast[] = {"said", "told", "wrote", "written", "thought", "felt", "knew", "known", "found",
                                      "saw", "seen", "sought", "understood", "held", "spoke", "spoken", "swore", "sworn",
                                      "taught", "meant", "heard", "forgot", "shown", "foresaw", "read", "bet", "made"};
  const std::string& w = t.lower;
  // (A base form may end in -ss: "discuss", "express", "address".)
  if ((w.ends_with("s") && !w.ends_with("ss")) || w.ends_with("ed") || w.ends_with("ing")) return false;
  // (The irregular pasts are three to ten letters and end in d, t, e, w or n.)
  if (w.size() < 3 || w.size() > 10) return true;
  const char last = w.back();
  if (last != 'd' && last != 't' && last != 'e' && last != 'w' && last != 'n') return true;
  for (std::string_view p : kPast) {
    if (w == p) return false;
  }
  return true;
}

// A clause's verb in the past: a common verb's irregular past that no lexicon classes ("spent",
// "began") or a lower-case word in -ed.
bool LooksLikePast(const Token& t) {
  if (LooksLikeVerb(t) && t.lower.ends_with("ed")) return true;
  if (t.lower.size() < 3 || t.lower.size() > 5 || t.Is(kCapitalised)) return false;
  static constexpr std::string_view kPast[] = {"spent", "paid", "began", "gave", "got", "took", "won", "lost", "ran",
                                               "sent", "kept", "came", "went", "led", "made", "said", "told"};
  return std::find(std::begin(kPast), std::end(kPast), t.lower) != std::end(kPast);
}

// Whether tokens [j, e) name securities, money, goods or aid: what a verb of issuing issues in
// business copy ("issued new shares", "offered 42 dlrs a share", "signed a letter of intent to
// acquire", "ordered government offices closed") or a government gives ("offered unspecified
// support to Rahmon"), no saying.
bool IssuesGoods(const std::vector<Token>& tok, size_t j, size_t e) {
  static constexpr std::string_view kGoods[] = {
      "share", "shares", "stock", "stocks", "notes", "bonds", "bond", "debentures", "capital", "warrants", "securities",
      "units", "dividend", "dlrs", "pct", "mln", "billion", "offering", "preferred", "debt", "loan", "loans", "price",
      "prices", "cash", "yen", "version", "intent", "agreement", "accord", "pact", "pacts", "contract", "contracts",
      "deal", "program", "products", "product", "aircraft", "offices", "closed", "rescheduling", "merger", "tender",
      "rates", "rate", "each", "results", "options", "support", "aid", "help", "assistance", "troops", "asylum", "reward",
      "facilities", "lease", "agreements", "bids", "credits"};
  for (size_t k = j; k < e && !tok[k].Is(kFinal | kComma); ++k) {
    const std::string& w = tok[k].lower;
    if (w.size() >= 3 && w.size() <= 11 && std::find(std::begin(kGoods), std::end(kGoods), w) != std::end(kGoods)) return true;
  }
  return false;
}

// "called for", "pushed for", "pointed to", "referring to", "talked about": the object is what
// comes after the preposition.
// The first token of a time phrase that ends at `end`, between a source and its cue ("The State
// Department on Monday said", "Trump last week called", "The agency less than two weeks ago
// said"), or `end` when there is none. A phrase that opens the sentence is none (no source).
size_t TimeBeforeCue(const std::vector<Token>& tok, size_t end, size_t floor) {
  // (Every such phrase ends in a `time-word`: one class test for most cues.)
  if (end <= floor + 1 || !tok[end - 1].Is(kTime)) return end;
  const auto any_of = [](const Token& t, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), t.lower) != words.end();
  };
  const auto day = [&](const Token& t) {
    return t.Is(kTime) && any_of(t, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"});
  };
  size_t k = end;
  if (k > floor && tok[k - 1].lower == "ago"sv) {
    --k;
    if (!(k > floor && any_of(tok[k - 1], {"days", "weeks", "months", "years", "day", "week", "month", "year", "decade", "decades", "hours"}))) return end;
    --k;
    if (k > floor && (IsQuantity(tok[k - 1]) || any_of(tok[k - 1], {"a", "several"}))) --k;
    if (k >= floor + 2 && tok[k - 1].lower == "than"sv && any_of(tok[k - 2], {"less", "more"})) k -= 2;
    if (k > floor && any_of(tok[k - 1], {"about", "nearly", "just", "only", "some", "almost"})) --k;
  } else {
    if (k >= floor + 2 && any_of(tok[k - 1], {"morning", "afternoon", "evening", "night"}) && day(tok[k - 2])) --k;
    if (k > floor && day(tok[k - 1])) {
      --k;
      if (k > floor && any_of(tok[k - 1], {"on", "late", "early", "earlier"})) --k;
    } else if (k >= floor + 2 && any_of(tok[k - 1], {"week", "month", "year", "weekend"}) && any_of(tok[k - 2], {"last", "this", "next"})) {
      k -= 2;
      if (k > floor && any_of(tok[k - 1], {"earlier", "later", "late", "early"})) --k;
    } else {
      return end;
    }
  }
  // (Not a name's day, "Super Tuesday", "USA TODAY"; nor a phrase's, "during a Sunday", "a poll
  // in Wednesday".)
  if (k == floor || tok[k - 1].Is(kPunct | kPreposition | kDeterminer) || (k + 1 == end && tok[k - 1].Is(kCapitalised))) return end;
  return k;
}

bool IsForCue(const Token& cue, const Token& next) {
  const std::string& c = cue.lower;
  if (next.lower == "for") {
    return c.starts_with("call") || c.starts_with("push") || c.starts_with("press") || c.starts_with("argu") ||
           c.starts_with("advocat") || c.starts_with("lobb") || c.starts_with("vot");
  }
  if (next.lower == "to") return c.starts_with("point") || c.starts_with("referr");
  if (next.lower == "about" || next.lower == "of") return c.starts_with("talk") || c.starts_with("spok") || c.starts_with("speak");
  if (next.lower == "against") return c.starts_with("vot");
  if (next.lower == "at") return c.starts_with("lash");  // (after "out": "lashed out at Khan")
  return false;
}

// A verb of saying or thinking and the particle through which it takes a thing: "agreed with",
// "disagree with", "believe in", "worried about", "complained about", "hinted at", "warned of",
// "boasted of", "argued against". (Not "insisted on" and "elaborate on", measured: mostly a
// gerund PolNeAR leaves out, or "did not elaborate on".)
bool ThoughtParticle(const Token& cue, const Token& next) {
  const std::string& c = cue.lower;
  const std::string& n = next.lower;
  if (n == "with"sv) return c.starts_with("agree") || c.starts_with("disagree");
  if (n == "in"sv) return c.starts_with("believ");
  // (Not "without worrying about", nor the noun, "renewed worries about".)
  if (n == "about"sv) return c == "worry"sv || c == "worried"sv || c.starts_with("complain");
  if (n == "at"sv) return c.starts_with("hint");
  if (n == "of"sv) return c.starts_with("warn") || c.starts_with("complain") || c.starts_with("boast");
  if (n == "against"sv) return c.starts_with("warn") || c.starts_with("argu");
  return false;
}

// Cues that say something only through their particle: "talked about X", "spoke of X", "voted
// for X", "referring to X", "pointed to X" (not "talked politics", "spoke to reporters", "voted
// Tuesday", "pointed a gun").
bool ParticleOnly(const std::string& c) {
  return c.starts_with("talk") || c.starts_with("spok") || c.starts_with("speak") || c.starts_with("vot") || c.starts_with("referr") ||
         c.starts_with("point") || c.starts_with("lash");
}

// "about half of", "nearly 40 pct", "over 1,000": a preposition of approximation before a number
// opens a quantity, not a prepositional phrase.
bool ApproximateQuantity(const std::vector<Token>& tok, size_t j, size_t end) {
  static constexpr std::string_view kApprox[] = {"about", "around", "nearly", "almost", "over", "roughly"};
  if (tok[j].lower.size() < 4 || tok[j].lower.size() > 7) return false;
  bool approx = false;
  for (std::string_view w : kApprox) approx = approx || tok[j].lower == w;
  if (!approx || j + 1 >= end) return false;
  const Token& n = tok[j + 1];
  static constexpr std::string_view kAmounts[] = {"half", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                  "nine", "ten", "dozens", "hundreds", "thousands", "millions"};
  bool amount = n.Is(kNumber) || n.lower.ends_with("thirds") || n.lower.ends_with("quarters");
  for (std::string_view w : kAmounts) amount = amount || n.lower == w;
  return amount;
}

// Tokens after a cue that stand before its content: time words and short prepositional phrases
// ("said Monday", "said in a statement", "said on Twitter").
bool TitleQuote(const Paragraph& p, size_t open, size_t close);

size_t SkipCircumstance(const Paragraph& p, size_t j, size_t end) {
  size_t start = j;
  while (j < end) {
    const Token& t = p.tok[j];
    // (A time word; "this", "last" and "next" only before another: "said this week", not "said
    // this might occur".)
    if (t.Is(kTime) && !t.Is(kCue) &&
        !((t.lower == "this"sv || t.lower == "next"sv || t.lower == "last"sv) && !(j + 1 < end && p.tok[j + 1].Is(kTime | kCapitalised)))) {
      ++j;
      continue;
    }
    // (What a verb of commenting comments on is its object: "commented on Crutcher's death".)
    if (j == start && t.lower == "on"sv && j > 0 && p.tok[j - 1].lower.starts_with("comment"sv)) break;
    if ((t.lower == "on"sv || t.lower == "in"sv || t.lower == "at"sv || t.lower == "during"sv || t.lower == "last"sv ||
         t.lower == "late"sv || t.lower == "early"sv || t.lower == "this"sv) &&
        j + 1 < end) {
      size_t k = j + 1;
      // (Or a count: "at one point", "at some point".)
      if ((p.tok[k].Is(kDeterminer) && !IsThat(p.tok[k])) || (p.tok[k].lower == "one"sv && k + 1 < end && p.tok[k + 1].Is(kTime))) ++k;
      // ("on May 1": a capitalised word is a name here, whatever its lexicon classes.)
      while (k < end && k < j + 5 && p.tok[k].Is(kWord) && !p.tok[k].Is(kTime) && p.tok[k].Is(kCapitalised | kNumber) &&
             !p.tok[k].Is(kPronoun)) {
        ++k;
      }
      // (Or a modifier or two before a word of the occasion: "in the committee hearing", "at a
      // campaign rally".)
      size_t m = k;
      while (m < end && m < k + 2 && p.tok[m].Is(kWord) &&
             !p.tok[m].Is(kTime | kCapitalised | kCue | kBoundary | kBe | kSkip | kPronoun | kDeterminer | kPreposition | kNumber)) {
        ++m;
      }
      if (m > k && m < end && p.tok[m].Is(kTime)) k = m;
      while (k < end && p.tok[k].Is(kTime)) ++k;
      // (A programme's title after its network: "on MSNBC's \"Morning Joe.\"")
      // (When it closes the sentence, the whole rest is the circumstance.)
      if (k < end && k > j + 1 && p.tok[k - 1].Is(kPossessive) && p.IsOpening(k) && TitleQuote(p, k, p.Close(k))) {
        k = p.Close(k) + 1;
        if (k == end && p.tok[k - 2].Is(kFinal)) return end;
      }
      if (k > j + 1 && !p.tok[k - 1].Is(kDeterminer)) {
        j = k;
        continue;
      }
    }
    // "after"/"before" and a short noun phrase before a pronoun that opens the clause: "said
    // after the convention he would not accept ...".
    if ((t.lower == "after"sv || t.lower == "before"sv) && j + 3 < end && p.tok[j + 1].Is(kDeterminer) && !p.tok[j + 1].Is(kPronoun)) {
      size_t k = j + 2;
      while (k < end && k < j + 5 && p.tok[k].Is(kWord) && !p.tok[k].Is(kPronoun | kCue | kBe | kSkip | kBoundary | kPreposition) &&
             !LooksLikeVerb(p.tok[k])) {
        ++k;
      }
      if (k > j + 2 && k < end && p.tok[k].Is(kPronoun) && !p.tok[k].Is(kDeterminer) && !IsRelative(p.tok[k])) {
        j = k;
        continue;
      }
    }
    // Whom a quotation is about: "said of Mr. Rubio: ''He is American ...''".
    if (t.lower == "of"sv && j == start) {
      if (auto about = ChunkAfter(p.tok, j + 1, end); about && about->end + 1 < end && p.tok[about->end].Is(kColon | kComma) &&
                                                      p.IsOpening(about->end + 1)) {
        j = about->end;
        continue;
      }
    }
    // A parenthesis between dashes before a that-clause or quotation: "said - on Twitter, as it
    // happens - that Trump raised ...".
    if (j == start && p.tok[j].Is(kOtherPunct) && p.tok[j].lower == "-"sv) {
      if (const size_t c = p.ClosingDash(j, end, 12, kFinal | kQuote); c != SIZE_MAX && c + 1 < end && (IsThat(p.tok[c + 1]) || p.IsOpening(c + 1))) {
        j = c + 1;
        continue;
      }
    }
    // A place: "told voters here Sunday that".
    if (t.lower == "here"sv) {
      ++j;
      continue;
    }
    // A duration: "said for weeks he's the only candidate", "has argued for two years that".
    if (t.lower == "for"sv && j + 1 < end) {
      size_t k = j + 1;
      if (IsQuantity(p.tok[k]) && k + 1 < end) ++k;
      const std::string_view u = p.tok[k].lower;
      if (u == "days"sv || u == "weeks"sv || u == "months"sv || u == "years"sv || u == "decades"sv) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j > start && j < end ? j : start;
}

// Whether a clause opens right after a cue, past its circumstance ("said Democratic presidential
// candidate Hillary Clinton's ...", "asked Trump how ...").
bool ClauseAfterCue(const Paragraph& p, size_t after, size_t send) {
  const size_t k = SkipCircumstance(p, after, send);
  if (k + 2 >= send) return false;
  const Token& t = p.tok[k];
  return IsThat(t) || IsWh(t) ||
         (t.Is(kWord) && t.Is(kPronoun | kCapitalised | kDeterminer) && !t.Is(kTime | kPreposition | kBoundary) &&
          p.tok[k + 1].Is(kWord) && !p.tok[k + 1].Is(kPreposition));
}

// A quotation that is a title inside a sentence ('on Fox News channel's "Sunday Morning
// Futures," Rep. Darrell Issa said ...'): a word before it, and one to six words inside, each
// capitalised or a short function word.
bool TitleQuote(const Paragraph& p, size_t open, size_t close) {
  if (open == 0 || !p.tok[open - 1].Is(kWord) || close <= open + 1 || close > open + 8) return false;
  size_t words = 0;
  for (size_t k = open + 1; k < close; ++k) {
    const Token& t = p.tok[k];
    if (t.Is(kComma | kFinal) && k + 1 == close) continue;
    if (!t.Is(kWord) || !(t.Is(kCapitalised | kNumber) || t.lower.size() <= 3)) return false;
    ++words;
  }
  return words >= 1 && p.tok[open + 1].Is(kCapitalised);
}

// A speaker's name and a colon that open a paragraph (a headline "Pence: Flowers Won't Be at
// Debate.", a transcript "PENCE: Well, ...") or follow a dash ("- Mark Blumenthal: \"...\""):
// the rest of the paragraph is what they said. The name is one to six capitalised words.
std::optional<FrameMatch> ColonFrame(const Paragraph& p, size_t b) {
  const auto& tok = p.tok;
  size_t e = b;
  while (e < tok.size() && e < b + 6 && tok[e].Is(kWord) && (tok[e].Is(kCapitalised) || tok[e].Is(kPossessive))) ++e;
  // A party and state after the name: "Rep. Trey Gowdy (R-S.C.): ...".
  size_t name_end = e;
  if (e > b && e + 2 < tok.size() && tok[e].lower == "("sv) {
    size_t c = e + 1;
    while (c < tok.size() && c < e + 8 && tok[c].lower != ")"sv && !tok[c].Is(kQuote | kColon | kFinal)) ++c;
    if (c + 1 < tok.size() && c < e + 8 && tok[c].lower == ")"sv && tok[c + 1].Is(kColon)) e = c + 1;
  }
  if (e == b || e + 3 >= tok.size() || !tok[e].Is(kColon) || tok[name_end - 1].Is(kColonLabel | kTime | kNumber)) return std::nullopt;
  if (tok[b].Is(kColonLabel) && e == b + 1) return std::nullopt;
  size_t end = p.Trimmed(e + 1, tok.size());
  if (end < e + 4) return std::nullopt;
  // Not a table row or a list ("Clinton: 1,769", "New Hampshire: Charlie Arlinghaus, Arnie
  // Arnesen, Patrick Arnold, ..."): a number first, or names between commas.
  if (tok[e + 1].Is(kNumber)) return std::nullopt;
  size_t commas = 0, names = 0, words = 0;
  for (size_t k = e + 1; k < end; ++k) {
    commas += tok[k].Is(kComma) ? 1 : 0;
    words += tok[k].Is(kWord) ? 1 : 0;
    names += tok[k].Is(kWord) && tok[k].Is(kCapitalised) ? 1 : 0;
  }
  if (commas >= 3 && names * 10 >= words * 8) return std::nullopt;
  FrameMatch f;
  f.source = p.Bytes(b, e);
  f.cue = tok[e].span;
  f.content = p.Bytes(e + 1, end);
  f.form = "colon";
  return f;
}

// A quotation after a colon that a name or a source word closes ("More from Jones: \"...\"",
// "From the report: \"...\"", "doesn't surprise Republican pollster Daron Shaw: \"...\""): the
// quotation is what the phrase before the colon said.
std::optional<FrameMatch> ColonQuoteFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  if (i == 0 || i + 2 >= tok.size() || !p.IsOpening(i + 1) || p.InsideQuote(i)) return std::nullopt;
  const size_t close = p.Close(i + 1);
  if (close <= i + 3) return std::nullopt;
  auto src = ChunkBefore(tok, i, p.SentenceFirst(i));
  if (!src) return std::nullopt;
  const Token& head = tok[src->end - 1];
  if (head.Is(kColonLabel | kTime | kNumber | kPronoun) || !(head.Is(kCapitalised | kSourceHead))) return std::nullopt;
  // (Not a phrase a quotation is about, "wrote of Ms. Merkel:" (the cue's frame has the
  // quotation), nor a time, "last month on CNN:".)
  if (src->begin > 1 && (tok[src->begin - 1].lower == "of"sv || tok[src->begin - 1].lower == "about"sv) && tok[src->begin - 2].Is(kCue)) return std::nullopt;
  for (size_t k = src->begin; k < src->end; ++k) {
    if (tok[k].Is(kTime)) return std::nullopt;
    // "More from Jones:", "From the report:": the source is what follows "from".
    if (tok[k].lower == "from"sv && k + 1 < src->end) src->begin = k + 1;
  }
  FrameMatch f;
  f.source = p.Bytes(src->begin, src->end);
  f.cue = tok[i].span;
  f.content = p.Bytes(i + 1, close + 1);
  f.form = "colon-quote";
  return f;
}

// An evidential ("Carson appears to be slipping", "the shift in tone seemed so stark", "who is
// expected to deliver ..."): a frame with no source whose content is the clause around the cue,
// from its subject (after the sentence start, a comma or a conjunction) to the clause end.
std::optional<FrameMatch> EvidentialFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  const Token& cue = tok[i];
  const size_t sfirst = p.SentenceFirst(i), send = p.SentenceEnd(i);
  if (i + 1 >= send || i == sfirst || tok[i + 1].Is(kPunct)) return std::nullopt;
  const Token& next = tok[i + 1];
  size_t b = i;
  if (cue.lower == "expected"sv) {
    // Only a passive before "to": "is expected to", "is widely expected to", "is not expected to".
    size_t k = i - 1;
    while (k > sfirst && (IsSkippable(tok[k]) || tok[k].lower == "not"sv || tok[k].lower == "widely"sv || tok[k].lower == "generally"sv ||
                          tok[k].lower == "originally"sv || tok[k].lower == "necessarily"sv)) {
      --k;
    }
    if (next.lower != "to"sv || !tok[k].Is(kBe)) return std::nullopt;
    b = k;
  } else if (IsPassiveEvidential(cue)) {
    // A passive of seeing before "as" ("Mr. Sanders is seen as empowering voters", "is widely
    // viewed as"): the verb of being before it, through adverbs. (Not "known as": in wire copy
    // mostly a name given, "will be known as Navistar International Transportation Corp.";
    // but "known for", a reputation: "Ginsburg is known for speaking her mind".)
    if (next.lower != (cue.lower == "known"sv ? "for"sv : "as"sv)) return std::nullopt;
    // (Not a duration: "it has been known for some time that ...".)
    if (cue.lower == "known"sv && i + 2 < send && (tok[i + 2].Is(kTime | kNumber) || IsQuantity(tok[i + 2]))) return std::nullopt;
    size_t k = i - 1;
    while (k > sfirst && !tok[k].Is(kBe) &&
           ((IsSkippable(tok[k]) && !tok[k].Is(kCueAuxiliary)) || tok[k].lower == "not"sv || tok[k].lower == "best"sv ||
            tok[k].lower == "well"sv || tok[k].lower == "long"sv || tok[k].lower == "now"sv || tok[k].lower == "still"sv ||
            tok[k].lower == "once"sv || tok[k].lower == "often"sv)) {
      --k;
    }
    if (!tok[k].Is(kBe)) return std::nullopt;
    b = k;
  } else if (cue.lower.ends_with("ly")) {
    // An adverb of hearsay before the clause's verb: "Google and Facebook have reportedly looked
    // at Twitter", "who allegedly hacked ..." (not before a verb of saying, "reportedly said",
    // which is a frame of its own).
    if (!next.Is(kWord) || next.Is(kCueSpeech | kPreposition | kDeterminer) || next.lower == "to"sv) return std::nullopt;
  } else if (cue.lower.starts_with("appear")) {
    static constexpr std::string_view kAfter[] = {"to", "that", "likely", "unlikely", "like", "increasingly", "ready",
                                         "poised", "willing", "eager", "reluctant", "unable", "more", "less", "set"};
    bool ok = false;
    for (std::string_view a : kAfter) ok = ok || next.lower == a;
    // (Or an adjective or adverb, as after "seem": "appeared paralyzed", "appears somewhat
    // uneasy"; not a place, a time or an appearance: "appeared at the convention", "appeared
    // before the committee", "appeared in his book".)
    ok = ok || (next.Is(kWord) && !next.Is(kCapitalised | kPreposition | kDeterminer | kBoundary | kNumber | kTime | kBe | kCue | kSkip) &&
                !LooksLikeVerb(next) && i + 2 < send && !tok[i + 2].Is(kCapitalised));
    if (!ok) return std::nullopt;
  }
  if (tok[b - 1].lower == "to"sv || tok[b - 1].Is(kDeterminer | kPreposition)) return std::nullopt;  // "to appear", "the seeming"
  while (b > sfirst && (IsSkippable(tok[b - 1]) || tok[b - 1].Is(kBe)) && !tok[b - 1].Is(kPronoun)) --b;
  const size_t prose = p.ProseStart(sfirst, i);
  size_t first = b;
  while (first > prose && first + 16 > b) {
    const Token& t = tok[first - 1];
    // (A comma inside a number, "130,000 workers", is no clause boundary.)
    if (t.Is(kPunct) && !(t.lower == ")"sv || t.lower == "("sv) && !p.NumberComma(first - 1)) break;
    // ("Egypt and the Soviet Union are expected": names joined by "and" are one subject.)
    const bool names = (t.lower == "and"sv || t.lower == "or"sv) && first >= 2 && tok[first - 2].Is(kCapitalised) &&
                       !tok[first - 2].Is(kBoundary | kPronoun) && tok[first].Is(kCapitalised | kDeterminer);
    if (t.Is(kBoundary) && !t.Is(kPronoun) && t.lower != "to"sv && !t.Is(kBe) && !names) break;
    --first;
  }
  if (first + 16 <= b || p.InsideQuote(first)) return std::nullopt;
  if (first == b && !(first > sfirst && tok[first - 1].Is(kPronoun))) return std::nullopt;
  if (first == b) --first;  // "it seems", "who is expected"
  // "She appeared to imply that ...", "Attorneys for Clinton appeared to oppose the effort": a
  // verb of saying or judging after "seem to"/"appear to" makes a frame of the subject's, whose cue
  // runs through that verb and whose content is what it takes.
  if ((cue.lower.starts_with("seem") || cue.lower.starts_with("appear")) && next.lower == "to"sv && i + 3 < send &&
      tok[i + 2].Is(kCue) && !IsParticiple(tok[i + 2]) && !tok[i + 3].Is(kPunct | kPreposition) && first < b) {
    const size_t c = i + 3;
    const size_t e = IsThat(tok[c]) ? p.ClauseEnd(c) : p.PhraseEnd(c);
    const auto subject = ChunkBefore(tok, b, first);
    // (Not the object of a preposition: "Stumpf in a televised interview appeared to blame".)
    if (e > c && subject && !tok[subject->begin].Is(kTime) && !(subject->begin > first && tok[subject->begin - 1].Is(kPreposition))) {
      FrameMatch f;
      f.source = p.Bytes(subject->begin, subject->end);
      f.cue = p.Bytes(b, i + 3);
      f.content = p.Bytes(c, e);
      f.form = "evidential-cue";
      return f;
    }
  }
  size_t end = p.ClauseEnd(i + 1);
  // The clause ends at a comma or a subordinate clause ("to be on the upswing after ...").
  for (size_t k = i + 2; k < end; ++k) {
    const std::string& w = tok[k].lower;
    const bool number_comma = k + 1 < end && p.NumberComma(k);
    if ((tok[k].Is(kComma) && !number_comma) ||
        (tok[k].Is(kBoundary) && (IsSubordinator(tok[k]) || w == "as"sv || w == "if"sv || w == "until"sv))) {
      end = k;
      break;
    }
  }
  if (end < i + 2) return std::nullopt;
  FrameMatch f;
  f.cue = b == i ? cue.span : p.Bytes(b, i + 1);
  f.content = p.Bytes(first, end);
  f.form = "evidential";
  return f;
}

// Whether an evidential-class word is an adjective of stance (rules/claims/cues.yaml lists them
// with the evidentials: "eager", "critical", "confident"), not "seems", "appeared", "expected" or
// an adverb of hearsay.
bool IsStanceAdjective(const Token& t) {
  return !(t.lower.starts_with("seem") || t.lower.starts_with("appear") || t.lower == "expected"sv || t.lower.ends_with("ly") ||
           IsPassiveEvidential(t));
}

// An adjective of stance after a verb of being, with its complement: "Trump was critical of
// Obama's leadership", "some remained skeptical that he would follow through", "Kasich is eager to
// ...": the subject is the source, the cue runs from the verb through the adjective (and its
// preposition), the content is the complement. Only "of" after "critical" and "supportive"
// ("critical to the success" is no stance), only "to" after "eager" and "reluctant".
std::optional<FrameMatch> AdjectiveFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  const Token& adj = tok[i];
  const size_t sfirst = p.SentenceFirst(i), send = p.SentenceEnd(i);
  if (i + 2 >= send || i < sfirst + 2 || !tok[i + 2].Is(kWord)) return std::nullopt;
  const std::string& w = tok[i + 1].lower;
  const std::string& a = adj.lower;
  const bool of_only = a == "critical"sv || a == "supportive"sv;
  const bool to_only = a == "eager"sv || a == "reluctant"sv;
  const bool to = w == "to"sv && !tok[i + 2].Is(kDeterminer | kNumber | kPossessive | kCapitalised | kPronoun);
  const bool that = IsThat(tok[i + 1]) && !of_only && !to_only;
  const bool prep = (w == "of"sv || ((w == "about"sv || w == "with"sv) && !of_only)) && !to_only;
  if (!(to && !of_only) && !that && !prep) return std::nullopt;
  // The verb before: a form of "be", "remain", "feel", "seem", "grow" or "become", through adverbs
  // ("has been acutely aware", "was not hopeful", "remain confident").
  size_t b = i;
  // (A skip word that is an adverb, not an auxiliary: "was clearly unhappy with", "was also aware".)
  while (b > sfirst && !tok[b - 1].Is(kBe) && (tok[b - 1].lower == "not"sv || tok[b - 1].lower == "so"sv || tok[b - 1].lower == "very"sv ||
                                                tok[b - 1].lower == "more"sv || tok[b - 1].lower == "less"sv || tok[b - 1].lower == "too"sv ||
                                                (IsSkippable(tok[b - 1]) && !tok[b - 1].Is(kCueAuxiliary) && tok[b - 1].lower != "has"sv &&
                                                 tok[b - 1].lower != "have"sv && tok[b - 1].lower != "had"sv))) {
    --b;
  }
  if (b == sfirst) return std::nullopt;
  const std::string& v = tok[b - 1].lower;
  const bool linking = tok[b - 1].Is(kBe) || v.starts_with("remain") || v == "feel"sv || v == "feels"sv || v == "felt"sv ||
                       v == "seemed"sv || v == "seems"sv || v == "grew"sv || v == "became"sv;
  if (!linking || tok[b - 1].Is(kPronoun)) return std::nullopt;
  --b;
  while (b > sfirst && tok[b - 1].Is(kBe | kSkip | kCueAuxiliary) && !tok[b - 1].Is(kPronoun | kTime)) --b;
  auto subject = ChunkBefore(tok, b, sfirst);
  // (Not a relative clause's verb and object: "Voters who stayed home were aware ...".)
  if (!subject || subject->end != b || tok[subject->begin].Is(kTime | kNumber) || p.InsideQuote(i) ||
      (LooksLikeVerb(tok[subject->begin]) && subject->begin > sfirst && IsRelative(tok[subject->begin - 1]))) {
    return std::nullopt;
  }
  FrameMatch f;
  f.source = p.Bytes(subject->begin, subject->end);
  const size_t c = prep ? i + 2 : i + 1;
  const size_t e = that ? p.ClauseEnd(c) : p.PhraseEnd(c);
  if (e <= c) return std::nullopt;
  f.cue = p.Bytes(b, prep ? i + 2 : i + 1);
  f.content = p.Bytes(c, e);
  f.form = "adjective";
  return f;
}

// "Asked whether ...", "when asked about ...", "Asked to respond ...": a question put to the
// sentence's subject, a frame whose content is the question and whose source is the asker when a
// "by" names one, none otherwise.
std::optional<FrameMatch> AskedFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  const size_t sfirst = p.SentenceFirst(i), send = p.SentenceEnd(i);
  const bool opens = i == sfirst || (i == sfirst + 1 && tok[sfirst].Is(kQuote));
  // (attr18b) A passive, "Clinton was asked about securing the border", "Rubio was asked by
  // moderator Gerard Baker whether ...": the question is the content, the asker its source.
  const bool passive = i > sfirst && tok[i - 1].Is(kBe) && !p.InsideQuote(i - 1);
  if (!opens && !passive &&
      !(i > sfirst && (tok[i - 1].lower == "when"sv || tok[i - 1].lower == "after"sv || tok[i - 1].lower == "if"sv ||
                       tok[i - 1].lower == "once"sv))) {
    return std::nullopt;
  }
  size_t j = i + 1;
  // What opens the question: a wh-word, "about", or "to" before a verb ("Asked to respond").
  const auto question = [&](size_t k) {
    const Token& t = tok[k];
    return IsWh(t) || t.lower == "about"sv || t.lower == "which"sv || t.lower == "who"sv || t.lower == "whom"sv ||
           (t.lower == "to"sv && k + 1 < send && tok[k + 1].Is(kWord) &&
            !tok[k + 1].Is(kDeterminer | kCapitalised | kNumber | kPossessive | kPreposition | kPronoun));
  };
  // "Asked by Stephanopoulos to respond", "Rubio was asked by moderator Gerard Baker whether":
  // the one who asked is the question's source.
  std::optional<Span> asker;
  if (j < send && tok[j].lower == "by"sv) {
    size_t k = j + 1;
    while (k < send && k < j + 10 && !question(k) && !tok[k].Is(kPunct)) ++k;
    if (k < send && question(k)) {
      if (auto who = ChunkAfter(tok, j + 1, k)) asker = p.Bytes(who->begin, who->end);
      j = k;
    }
  }
  // A circumstance before the question: "Asked during a January debate why", "Asked on Fox News
  // who", "Asked specifically what".
  if (j < send && (tok[j].Is(kPreposition | kTime) || IsSkippable(tok[j])) && !question(j)) {
    size_t k = j + 1;
    while (k < send && k < j + 8 && !question(k) && tok[k].Is(kWord) && !tok[k].Is(kCue | kBe | kPronoun)) ++k;
    if (k < send && question(k)) j = k;
  }
  if (j >= send || !question(j)) return std::nullopt;
  size_t end = p.ClauseEnd(j);
  // The question ends at its comma: "Asked if ..., Briggs said".
  for (size_t k = j + 1; k < end; ++k) {
    if (p.IsOpening(k)) {
      k = p.Close(k);
      continue;
    }
    if (tok[k].Is(kComma)) {
      end = k;
      break;
    }
  }
  if (end < j + 2) return std::nullopt;
  FrameMatch f;
  f.cue = tok[i].span;
  f.content = p.Bytes(j, end);
  f.source = asker;
  f.form = "asked";
  return f;
}

bool IsDash(const Token& t) {
  const std::string& w = t.lower;
  return (w.size() == 1 && w[0] == '-') || (w.size() == 3 && w[0] == '\xe2' && w[1] == '\x80' && (w[2] == '\x94' || w[2] == '\x93'));
}

// A quotation signed after a dash at the end of its paragraph (`"We are not going anywhere." ―
// Sonya Herridge`): the name, one to four capitalised words, is the source, the dash the cue.
std::optional<FrameMatch> DashSignedFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  if (i < 2 || !p.IsClosing(i - 1)) return std::nullopt;
  size_t e = i + 1;
  while (e < tok.size() && e < i + 5 && tok[e].Is(kWord) && tok[e].Is(kCapitalised | kAbbreviation) && !tok[e].Is(kPronoun)) ++e;
  if (e == i + 1 || !tok[i + 1].Is(kCapitalised)) return std::nullopt;
  // The name ends its line (a paragraph may hold several lines, one signed quotation each).
  auto line_ends = [&](size_t k) { return k == tok.size() || p.text_.substr(tok[k - 1].span.end, tok[k].span.begin - tok[k - 1].span.end).find('\n') != std::string_view::npos; };
  if (!(line_ends(e) || (tok[e].Is(kFinal) && line_ends(e + 1)))) return std::nullopt;
  // The quotation opens its line (quotes nested in it pair wrongly: "... he calls “hell” than ..."),
  // else at the quote that pairs with the closing one.
  size_t open = i - 1;
  while (open > 0 && !line_ends(open)) --open;
  if (!p.IsOpening(open) && !(tok[open].Is(kQuote) && open < p.Open(i - 1))) open = p.Open(i - 1);
  if (open + 2 >= i) return std::nullopt;
  FrameMatch f;
  f.source = p.Bytes(i + 1, e);
  f.cue = tok[i].span;
  f.content = p.Bytes(open, i);
  f.form = "dash-signed";
  return f;
}

// A poll as a source through "in" ("In a new Fox News poll released Thursday, Trump achieved 45
// percent", "Rubio moved to second in a more recent survey"): the poll is the source, "in" the
// cue and the clause after its comma, or the clause before it, the content.
// `head` is the poll word; the walk finds its "in" from there (poll words are rare, "in" is not).
std::optional<FrameMatch> PollFrame(const Paragraph& p, size_t head) {
  const auto& tok = p.tok;
  const size_t sfirst = p.SentenceFirst(head), send = p.SentenceEnd(head);
  size_t i = SIZE_MAX;
  for (size_t k = head; k > sfirst && k + 12 > head; --k) {
    const Token& t = tok[k - 1];
    if (t.Is(kComma | kFinal | kQuote | kColon)) break;
    if (t.lower.size() == 2 && t.lower == "in") {
      i = k - 1;
      break;
    }
  }
  if (i == SIZE_MAX || i + 1 >= send) return std::nullopt;
  // (The last poll word of the phrase: "in the polls and surveys".)
  for (size_t k = head + 1; k < send && k < i + 12 && !tok[k].Is(kComma | kFinal | kQuote | kColon); ++k) {
    if (tok[k].Is(kPoll)) return std::nullopt;
  }
  if (!(tok[i + 1].Is(kDeterminer | kCapitalised | kNumber) || i + 1 == head ||
                            tok[i + 1].lower == "recent" || tok[i + 1].lower == "national" || tok[i + 1].lower == "new")) {
    return std::nullopt;
  }
  // ("in a poll released Monday", "in the Post-ABC poll conducted in May": to the comma.)
  size_t e = head + 1;
  while (e < send && e < head + 8 && !tok[e].Is(kComma | kFinal | kQuote | kColon | kOtherPunct)) ++e;
  const bool participle = head + 1 < send && (tok[head + 1].lower == "released" || tok[head + 1].lower == "conducted" ||
                                              tok[head + 1].lower == "published" || tok[head + 1].Is(kTime));
  const size_t src_end = participle ? e : head + 1;
  FrameMatch f;
  f.cue = tok[i].span;
  f.source = p.Bytes(i + 1, src_end);
  size_t b = p.ProseStart(sfirst, i);
  if (b < i && tok[b].Is(kBoundary) && tok[b].Is(kCapitalised) && (tok[b].lower == "but" || tok[b].lower == "and")) ++b;
  if (i == b) {
    // "In a new poll, Z."
    if (!(src_end < send && tok[src_end].Is(kComma))) return std::nullopt;
    const size_t end = p.ClauseEnd(src_end + 1);
    if (end < src_end + 4) return std::nullopt;
    f.content = p.Bytes(src_end + 1, end);
    f.form = "poll-before";
    return f;
  }
  // "Z in a new poll." / "Z in a new poll, a gain of ...": the poll closes the clause.
  if (!(src_end >= send || tok[src_end].Is(kFinal | kComma))) return std::nullopt;
  if (p.InsideQuote(i)) return std::nullopt;
  // A poll named by its pollster or date, not "the polls" ("trails in the polls", "going to the
  // polls").
  bool named = false;
  for (size_t k = i + 1; k < head && !named; ++k) named = tok[k].Is(kCapitalised | kNumber);
  if (!named) return std::nullopt;
  // The clause before: after the last comma, colon or semicolon ("Despite the recession, Z in ...").
  size_t first = i;
  while (first > b) {
    const Token& t = tok[first - 1];
    if (t.Is(kColon | kQuote | kComma) && !p.NumberComma(first - 1)) break;
    if (t.Is(kOtherPunct) && (t.lower == ";" || t.lower == "-")) break;
    --first;
  }
  if (first < i && (IsClauseOpener(tok[first]) || tok[first].lower == "but" || tok[first].lower == "and")) ++first;
  if (first + 3 > i) return std::nullopt;
  f.content = p.Bytes(first, i);
  f.form = "poll-after";
  return f;
}

// A source that measures: a poll, a study, a report ("A study by Media Matters": the head is
// before the preposition).
bool MeasuringSource(const std::vector<Token>& tok, Chunk src) {
  size_t h = src.end - 1;
  for (size_t k = src.begin + 1; k < src.end; ++k) {
    if (tok[k].Is(kPreposition)) {
      h = k - 1;
      break;
    }
  }
  return tok[h].Is(kPoll | kSourceHead);
}

// Where a poll's finding that ends at a comma `e` ends when figures go on after the comma: "showed
// Mr. Trump leading Mr. Cruz nationally, 45 percent to 18 percent, among white evangelical voters",
// "shows Trump leading Clinton 44 percent to 37 percent, with 13 percent supporting another
// candidate", "followed by Texas Senator Ted Cruz at 17 percent". Not when another cue follows
// ("..., with RealClearPolitics showing her ahead 3 points").
size_t FiguresGoOn(const Paragraph& p, size_t e, size_t clause_end) {
  const std::vector<Token>& tok = p.tok;
  if (e + 2 >= clause_end || !tok[e].Is(kComma)) return e;
  const Token& t = tok[e + 1];
  bool figures = t.Is(kNumber) || (t.lower == "followed"sv && tok[e + 2].lower == "by"sv) || t.lower == "earning"sv;
  if (t.lower == "with"sv || t.lower == "while"sv) {
    for (size_t k = e + 2; k < clause_end && k < e + 6 && !tok[k].Is(kPunct); ++k) figures = figures || tok[k].Is(kNumber);
  }
  if (!figures) return e;
  for (size_t k = e + 1; k < clause_end; ++k) {
    if (tok[k].Is(kCueSpeech) && !tok[k].Is(kCapitalised)) return e;
  }
  return clause_end;
}

// Where a possessive noun's infinitive or object ends: before a be or have after its first word,
// or a modal or "do" after its second (not a relative clause's: "her support for stem cell
// research that could lead to ..."). That is mostly the main verb of a sentence whose subject the
// noun phrase is ("The Bundesbank decision to send an expert ... was part of ...", "Manila's
// proposal to pay interest ... have been the sticking points", "Japan's plan to cut beef
// intervention prices ... will not boost demand"); an object phrase ("liked Clinton's promise to
// raise wages") has none.
size_t SubjectPhraseEnd(const Paragraph& p, size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    if (p.IsOpening(k)) {
      k = p.Close(k);
      continue;
    }
    const Token& t = p.tok[k];
    if (t.Is(kBe) || (t.Is(kSkip) && (t.lower == "has"sv || t.lower == "have"sv || t.lower == "had"sv)) ||
        (t.Is(kCueAuxiliary) && !t.Is(kPronoun | kTime) && k > from && !IsRelative(p.tok[k - 1]))) {
      return k;
    }
  }
  return end;
}

// A lower-case word in -s or -ed that no lexicon classes as a noun phrase's start: "matches",
// "passed" (the verb of a relative clause after "that").
bool LooksLikeVerb(const Token& t) {
  if (!t.Is(kWord) || t.Is(kCapitalised | kPronoun | kDeterminer | kNumber | kPossessive | kPreposition | kTime)) return false;
  const std::string& w = t.lower;
  return w.size() > 3 && ((w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us")) || w.ends_with("ed"));
}

bool VerbWord(const Token& t) { return (t.Is(kBe | kSkip | kCueAuxiliary) && !t.Is(kPronoun | kTime)) || LooksLikeVerb(t); }

// A word that opens a circumstance after an object: "in", "on", "at", "during", "after",
// "before", "when", "while".
bool IsCircumstanceWord(const Token& t) {
  if (t.lower.size() < 2 || t.lower.size() > 6) return false;
  static constexpr std::string_view kWords[] = {"in", "on", "at", "during", "after", "before", "when", "while"};
  return std::find(std::begin(kWords), std::end(kWords), t.lower) != std::end(kWords);
}
// A preposition that opens a circumstance of place or time ("in", "on", "at", "during"): a
// circumstance word that is no subordinator.
bool OpensCircumstance(const Token& t) { return IsCircumstanceWord(t) && !IsSubordinator(t); }

// The comma that opens a connective closed by the comma at `close` ("Clinton, however, said",
// "Supporters, on the other hand, argued", "Republicans, for their part, said"), or SIZE_MAX.
size_t ConnectiveOpen(const std::vector<Token>& tok, size_t close, size_t floor) {
  // The opening comma first, at most four words back (most commas before a cue open nothing).
  size_t open = close;
  while (open > floor && close - open < 5 && !tok[open - 1].Is(kComma)) {
    if (!tok[open - 1].Is(kWord)) return SIZE_MAX;
    --open;
  }
  if (open == floor || open == close || close - open > 4 || !tok[open - 1].Is(kComma)) return SIZE_MAX;
  const size_t words = close - open;
  struct Connective {
    size_t words;
    std::string_view w[4];
  };
  static constexpr Connective kConnectives[] = {
      {1, {"however"}}, {1, {"meanwhile"}}, {1, {"though"}}, {1, {"too"}}, {1, {"instead"}}, {1, {"nonetheless"}},
      {1, {"nevertheless"}}, {1, {"likewise"}}, {1, {"similarly"}}, {1, {"moreover"}}, {1, {"indeed"}}, {1, {"separately"}},
      {2, {"in", "turn"}}, {2, {"in", "response"}}, {2, {"in", "contrast"}}, {2, {"by", "contrast"}}, {2, {"of", "course"}},
      {2, {"in", "fact"}}, {2, {"in", "particular"}}, {2, {"for", "example"}}, {2, {"for", "instance"}}, {2, {"for", "one"}},
      {2, {"in", "addition"}}, {2, {"after", "all"}}, {3, {"for", "his", "part"}}, {3, {"for", "her", "part"}},
      {3, {"for", "their", "part"}}, {3, {"for", "its", "part"}}, {4, {"on", "the", "other", "hand"}}, {4, {"at", "the", "same", "time"}}};
  for (const Connective& c : kConnectives) {
    if (c.words != words) continue;
    bool same = true;
    for (size_t k = 0; same && k < words; ++k) same = tok[open + k].lower == c.w[k];
    if (same) return open - 1;
  }
  return SIZE_MAX;
}

// A circumstance between commas after the subject, a prepositional phrase with no verb:
// "A federal judge, in response to a Freedom of Information Act request, ordered ...", "Mr.
// Trump, in an interview on Sunday, said ...". Returns the opening comma, or SIZE_MAX.
size_t CircumstanceOpen(const std::vector<Token>& tok, size_t close, size_t floor) {
  size_t open = close;
  while (open > floor + 1 && close - open < 12 && !tok[open - 1].Is(kComma)) {
    const Token& t = tok[open - 1];
    if (!t.Is(kWord) || t.Is(kBe | kSkip | kCue | kCueAuxiliary | kFinal) || (LooksLikePast(t) && !t.Is(kCapitalised))) return SIZE_MAX;
    --open;
  }
  if (open <= floor + 1 || open == close || !tok[open - 1].Is(kComma)) return SIZE_MAX;
  const Token& first = tok[open];
  // (Not a comparison, an appositive of sorts: "Democratic economists, like their Republican
  // counterparts, say".)
  if (!first.Is(kPreposition) || first.Is(kCapitalised) || first.lower == "of"sv || first.lower == "to"sv || first.lower == "like"sv ||
      first.lower == "unlike"sv) {
    return SIZE_MAX;
  }
  // (The subject before it opens the sentence: not "Yet some voters who have listened to his
  // speeches, on television or at ..., said".)
  // (Or after a demonstrative or connective that opens it: "That letter, on Trump Organization
  // letterhead, demanded ...", "But the judge, in a ruling, said".)
  const auto head = ChunkBefore(tok, open - 1, floor);
  const bool opener = head && head->begin == floor + 1 && tok[floor].Is(kCapitalised) &&
                      (IsOpeningConnective(tok[floor]) || tok[floor].lower == "that"sv || tok[floor].lower == "this"sv);
  if (!head || (head->begin != floor && !opener) || tok[open - 2].Is(kNumber)) return SIZE_MAX;
  return open - 1;
}

// Whether a phrase after a verb of saying holds a name and a past right after it, the subject and
// verb of the content rather than an inverted source ("said Clinton erred."); not a participle
// before its preposition or day ("said Smith quoted in the report").
bool NameThenPast(const std::vector<Token>& tok, Chunk c, size_t send) {
  for (size_t k = c.begin + 1; k < c.end; ++k) {
    if (LooksLikePast(tok[k]) && tok[k - 1].Is(kCapitalised) && !(k + 1 < send && tok[k + 1].Is(kPreposition | kTime))) return true;
  }
  return false;
}

// An adverb of time or manner that may stand between a cue and its that-clause ("said earlier
// ... that", "argued repeatedly that").
bool IsTimeAdverb(const Token& t) {
  static constexpr std::string_view kWords[] = {"earlier", "later", "again", "previously", "recently", "repeatedly", "publicly",
                                                "privately", "then", "once", "first", "initially", "separately", "subsequently", "twice"};
  return std::find(std::begin(kWords), std::end(kWords), t.lower) != std::end(kWords);
}

// A run of prepositional phrases to the sentence's end ("she said in a video message to the
// convention."): a circumstance of the saying, with no clause of its own.
bool CircumstanceToEnd(const Paragraph& p, size_t k, size_t send) {
  // ("after" and "before" open one too when no clause follows: "said after the attacks".)
  if (k + 2 >= send || !(OpensCircumstance(p.tok[k]) || p.tok[k].lower == "after"sv || p.tok[k].lower == "before"sv)) return false;
  for (size_t c = k + 1; c < send; ++c) {
    const Token& t = p.tok[c];
    if (t.Is(kFinal)) return c + 1 == send || (c + 2 == send && p.tok[c + 1].Is(kQuote));
    // ("to" and "and" before a noun phrase: "in a message to the convention", "in Iowa and Ohio".)
    const bool joins = (t.lower == "to"sv || t.lower == "and"sv) && c + 1 < send && p.tok[c + 1].Is(kDeterminer | kCapitalised | kNumber | kPossessive) &&
                       !p.tok[c + 1].Is(kPronoun | kBoundary);
    if (!t.Is(kWord) || t.Is(kCue | kBe | kSkip | kCueAuxiliary) || (t.Is(kBoundary) && !joins) || (t.Is(kPronoun) && !t.Is(kDeterminer))) return false;
  }
  return false;
}

// What a participle of judgement or calling right after a word is: none (a reduced relative
// with no saying, or not such a participle), a reduced relative whose noun is the source, or the
// sentence subject's act after a time or an aspect verb.
enum class ReducedKind { kNone, kNoun, kSubject };
ReducedKind ReducedRelative(const std::vector<Token>& tok, size_t i, size_t send) {
  static constexpr std::string_view kCues[] = {"calling", "condemning", "criticizing", "criticising", "praising", "defending",
                                               "denouncing", "highlighting", "outlining", "mocking", "blasting", "endorsing",
                                               "favoring", "urging", "accusing", "attacking", "questioning", "demanding",
                                               "blaming", "lambasting", "supporting", "backing", "opposing"};
  const Token& cue = tok[i];
  if (std::find(std::begin(kCues), std::end(kCues), cue.lower) == std::end(kCues)) return ReducedKind::kNone;
  // A name given ("a man calling himself Paul", "the right calling card") is no saying.
  static constexpr std::string_view kNames[] = {"himself", "herself", "themselves", "itself", "card"};
  if (i + 1 < send && std::find(std::begin(kNames), std::end(kNames), tok[i + 1].lower) != std::end(kNames)) return ReducedKind::kNone;
  // Nor is calling a meeting ("a letter calling the special committee meeting").
  if (cue.lower == "calling"sv) {
    static constexpr std::string_view kConvened[] = {"meeting", "meetings", "session", "election", "elections", "strike", "vote"};
    for (size_t k = i + 1; k < send && k < i + 6 && !tok[k].Is(kPunct); ++k) {
      if (std::find(std::begin(kConvened), std::end(kConvened), tok[k].lower) != std::end(kConvened)) return ReducedKind::kNone;
    }
  }
  const Token& prev = tok[i - 1];
  static constexpr std::string_view kAspect[] = {"began", "begun", "begin", "begins", "continue", "continued", "continues", "started",
                                                 "start", "starts", "keep", "keeps", "kept", "stop", "stopped", "heard", "seen", "spent"};
  // (Only a time, not the other `time-word`s, which name documents and occasions: "a statement
  // condemning", "an open letter calling".)
  static constexpr std::string_view kTimes[] = {"week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night",
                                                "today", "yesterday", "tonight", "earlier", "later", "recently", "ago"};
  if (std::find(std::begin(kAspect), std::end(kAspect), prev.lower) != std::end(kAspect) ||
      std::find(std::begin(kTimes), std::end(kTimes), prev.lower) != std::end(kTimes) || (prev.Is(kTime) && prev.lower.ends_with("day"))) {
    return ReducedKind::kSubject;
  }
  return ReducedKind::kNoun;
}

// "his", "her", "their", "its": a possessive pronoun before a noun of saying is its source.
bool IsPossessivePronoun(const Token& t) {
  const std::string& w = t.lower;
  if (w.size() < 3 || w.size() > 5) return false;
  return w == "his"sv || w == "her"sv || w == "their"sv || w == "its"sv;
}

// The preposition that opens a noun of saying's object: "call for", "demand for".
bool NounObject(const Token& noun, const Token& prep) {
  const std::string& n = noun.lower;
  const std::string& w = prep.lower;
  // ("support for", "attacks on", "criticism of": about half of their train frames are
  // PolNeAR's, enough to raise F1 (s31); "concerns about", "questions about", "opposition to":
  // about a third, which does not.)
  return (w == "for"sv && (n.starts_with("call") || n.starts_with("demand") || n == "support"sv)) || (w == "on"sv && n.starts_with("attack")) ||
         (w == "of"sv && n.starts_with("critic"));
}

// A noun of saying after a possessive source ("Trump's claim that countries ...", "Clinton's
// promise to raise taxes", "Pence's call for a special prosecutor"): the possessor is the source,
// the noun the cue, the clause, infinitive or object after it the content.
std::optional<FrameMatch> NounCueFrame(const Paragraph& p, size_t i) {
  const auto& tok = p.tok;
  const size_t sfirst = p.SentenceFirst(i), send = p.SentenceEnd(i);
  size_t j = i + 1;
  while (j < send && j < i + 3 && tok[j].Is(kWord) && !tok[j].Is(kCueNoun | kCapitalised | kPunct | kBoundary)) ++j;
  if (j + 2 >= send || !tok[j].Is(kCueNoun)) return std::nullopt;
  // A plural noun before a base form makes it a verb: "His supporters claim that ..." (no claim
  // of "his").
  if (IsBaseForm(tok[j])) {
    for (size_t w = i + 1; w < j; ++w) {
      if (tok[w].lower.size() > 3 && tok[w].lower.ends_with('s') && !tok[w].lower.ends_with("ss") && !tok[w].lower.ends_with("ous")) return std::nullopt;
    }
  }
  const size_t k = j + 1;
  FrameMatch f;
  const bool pronoun = IsPossessivePronoun(tok[i]);
  if (IsThat(tok[k]) && !tok[k + 1].Is(kPunct | kBe | kCue) &&
      // (After "his"/"their" only a clause with its own subject: "his plan that matches his
      // rhetoric" is a relative clause.)
      (!pronoun || tok[k + 1].Is(kPronoun | kDeterminer | kCapitalised | kNumber) || p.IsOpening(k + 1))) {
    f.content = p.Bytes(k, p.ClauseEnd(k));
    f.form = "noun-that";
  } else if (pronoun && !NounObject(tok[j], tok[k])) {
    // ("his plan to remake coal mining", "her decision to meet": after a possessive pronoun
    // an infinitive is mostly the narration's, not a saying; PolNeAR marks few.)
    return std::nullopt;
  } else if (tok[k].lower == "to" && tok[k + 1].Is(kWord) && !tok[k + 1].Is(kDeterminer | kNumber | kPossessive | kCapitalised)) {
    f.content = p.Bytes(k, SubjectPhraseEnd(p, k + 2, p.PhraseEnd(k)));
    f.form = "noun-infinitive";
  } else if (NounObject(tok[j], tok[k]) && tok[k + 1].Is(kWord) && !tok[k + 1].Is(kBe | kCue)) {
    // "Pence's call for a special prosecutor", "their demand for a recount".
    f.content = p.Bytes(k + 1, SubjectPhraseEnd(p, k + 2, p.PhraseEnd(k + 1)));
    f.form = "noun-object";
  } else {
    return std::nullopt;
  }
  if (pronoun) {  // "his claim that", "their call for"
    f.source = tok[i].span;
    f.cue = tok[j].span;
    return f;
  }
  // The possessor: a name ("Donald Trump's") or a description ("the campaign's").
  size_t b = i;
  while (b > sfirst && b + 4 > i && tok[b - 1].Is(kWord) && tok[b - 1].Is(kCapitalised | kAbbreviation) &&
         !tok[b - 1].Is(kPossessive | kBoundary | kPreposition)) {
    --b;
  }
  if (b == i && b > sfirst && tok[b - 1].Is(kDeterminer) && !tok[b - 1].Is(kPronoun)) --b;
  Span src = p.Bytes(b, i + 1);
  const std::string& w = tok[i].lower;
  src.end -= w.ends_with("'s") ? 2 : (w.ends_with("'") ? 1 : 0);
  if (src.end <= src.begin) return std::nullopt;
  f.source = src;
  f.cue = tok[j].span;
  return f;
}

// A headline that names its speaker before a colon: "Clinton: I support D.C. statehood.", "IG
// report: State was inaccurate on Clinton.", "Clinton to Planned Parenthood: Trump will reverse
// the ruling." (the speaker is the words before "to", "on" or "at"; after them, whom it is said
// to or about). Not a label ("The Latest:", "BREAKING:", "BOOM:"), a topic ("The Ninth Circle:"),
// nor a headline with a verb before its colon ("Carly Fiorina Endorses Ted Cruz: ...").
std::optional<FrameMatch> HeadlineColonFrame(std::string_view text, const std::vector<Token>& tok) {
  const size_t n = tok.size();
  size_t colon = 0;
  while (colon < n && colon < 9 && !tok[colon].Is(kColon)) ++colon;
  if (colon == 0 || colon >= n || colon >= 9) return std::nullopt;
  size_t src_end = colon, lowercase = 0;
  for (size_t k = 0; k < colon; ++k) {
    const Token& t = tok[k];
    if (src_end < colon) continue;  // whom it is said to or about: any words
    if (k > 0 && (t.lower == "to"sv || t.lower == "on"sv || t.lower == "at"sv)) {
      src_end = k;
      continue;
    }
    if (!t.Is(kWord) || t.Is(kDeterminer | kBoundary | kBe | kPronoun | kPreposition | kSkip | kNumber)) return std::nullopt;
    if (k == 0 && t.Is(kTime)) return std::nullopt;  // ("Tuesday: ...", but "NY Post: ...")
    if (t.Is(kCue) && !t.Is(kSourceHead)) return std::nullopt;
    if (!t.Is(kCapitalised) && (k == 0 || ++lowercase > 2)) return std::nullopt;  // ("Clinton camp", "WSJ editorial")
  }
  if (tok[src_end - 1].Is(kColonLabel)) return std::nullopt;
  // One word in capitals is a label ("BOOM:", "BUSTED:"), but for a short acronym ("AP:").
  if (src_end == 1 && tok[0].span.size() > 3 && InCapitals(text, tok[0])) return std::nullopt;
  size_t end = colon + 1;
  while (end < n && tok[end].lower != ";"sv) ++end;
  while (end > colon + 1 && tok[end - 1].Is(kFinal | kComma | kColon | kOtherPunct) && tok[end - 1].lower != ")"sv) --end;
  size_t words = 0;
  for (size_t k = colon + 1; k < end; ++k) words += tok[k].Is(kWord) ? 1 : 0;
  // (Not a wire headline in capitals, whose colon opens a table.)
  if (words < 3 || MostlyCapitals(text, tok, colon + 1, end)) return std::nullopt;
  FrameMatch f;
  f.source = Span{tok[0].span.begin, tok[src_end - 1].span.end};
  f.cue = tok[colon].span;
  f.content = Span{tok[colon + 1].span.begin, tok[end - 1].span.end};
  f.form = "headline";
  return f;
}

}  // namespace

Result<FrameFinder> FrameFinder::Create(const rules::RuleSet& rules) {
  auto lex = TokenLexicon::FromRules(rules);
  if (!lex.ok()) return lex.status();
  FrameFinder f;
  f.lexicon_ = std::move(lex).value();
  return f;
}

// A verb of judging among the `cue-passive` words: criticized, praised, condemned, derided,
// mocked, rebuked, accused.
bool IsJudging(const Token& t) {
  const std::string& w = t.lower;
  return w.starts_with("critici"sv) || w.starts_with("prais"sv) || w.starts_with("condemn"sv) || w.starts_with("derid"sv) || w.starts_with("accus"sv) ||
         w.starts_with("mock"sv) || w.starts_with("rebuk"sv);
}

// A passive of judging with no agent ("Mr. Reagan was criticized for trading a guilty person for
// an innocent one", "His rhetoric has been widely condemned"): a frame with no source, as
// PolNeAR marks them. Its cue runs from the verb of being at `be` to the participle at `i`; its
// content is the clause, from its subject (after the sentence start, a comma or a conjunction;
// not a relative, "which was criticized") to a comma or a subordinate clause. Not before a
// number or "to". (Passives of reporting, "Terms were not disclosed", "The decision was
// announced late Friday", were right in 14 of 34 new polnear-train frames and fill wire copy:
// left out.) (Out of line: rare.)
[[gnu::noinline]] std::optional<FrameMatch> PassiveFrame(const Paragraph& p, size_t be, size_t i) {
  const auto& tok = p.tok;
  const size_t sfirst = p.SentenceFirst(i), send = p.SentenceEnd(i);
  if (be <= sfirst || i + 1 >= send || tok[i + 1].Is(kNumber) || tok[i + 1].lower == "to"sv) return std::nullopt;
  const size_t prose = p.ProseStart(sfirst, be);
  size_t first = be;
  while (first > prose && first + 12 > be) {
    const Token& t = tok[first - 1];
    if (t.Is(kPunct) && !(t.lower == ")"sv || t.lower == "("sv) && !p.NumberComma(first - 1)) break;
    if (t.Is(kBoundary) && !t.Is(kPronoun | kDeterminer) && t.lower != "to"sv) break;
    --first;
  }
  if (first == be || first + 12 <= be || p.InsideQuote(first) || IsRelative(tok[first]) || tok[first].Is(kTime)) return std::nullopt;
  size_t end = p.ClauseEnd(i + 1);
  for (size_t k = i + 1; k < end; ++k) {
    if ((tok[k].Is(kComma) && !p.NumberComma(k)) || IsSubordinator(tok[k]) || tok[k].lower == "as"sv) {
      end = k;
      break;
    }
  }
  end = std::max(end, i + 1);
  FrameMatch f;
  f.cue = p.Bytes(be, i + 1);
  f.content = p.Bytes(first, end);
  f.form = "passive";
  return f;
}

// The phrase that opens a sentence and ends in a comma, a dash or a relative before a
// parenthesis up to the comma at `l - 1`, when a clause follows the cue at `l`: the source of a
// verb of saying whose subject the walk could not close ("Yet some voters who have listened
// ..., on television or at ... events, said he ...", "Trump, later alleging - again falsely -
// that ..., said he would ..."). (Out of line: the walk stays small.)
[[gnu::noinline]] std::optional<Chunk> OpeningSubject(const Paragraph& p, size_t sfirst, size_t l, size_t send) {
  const auto& tok = p.tok;
  if (!ClauseAfterCue(p, l + 1, send)) return std::nullopt;
  size_t b = p.ProseStart(sfirst, l);
  if (b < l && IsOpeningConnective(tok[b])) ++b;
  if (b >= l || tok[b].Is(kPreposition | kTime) || (tok[b].Is(kBoundary) && !tok[b].Is(kDeterminer)) || IsParticiple(tok[b])) return std::nullopt;
  auto opening = ChunkAfter(tok, b, l - 1);
  // (Its next word a comma, a dash or a relative: no verb of its own follows it.)
  if (opening && (opening->begin != b || opening->end >= l - 1 ||
                  !(tok[opening->end].Is(kComma) || IsDash(tok[opening->end]) || IsRelative(tok[opening->end]) || tok[opening->end].lower == "whose"sv))) {
    return std::nullopt;
  }
  return opening;
}

// For a verb of talking whose content would start at `j`, its "about" or "of" past an adverb or
// whom it talked to: "spoke favorably of Mr. Putin's leadership", "spoke instead about", "spoke
// to CNN about the subject", "spoke with Breitbart News about Clinton"; `j` when there is none.
[[gnu::noinline]] size_t TalkParticle(const Paragraph& p, const Token& cue, size_t j, size_t send) {
  const auto& tok = p.tok;
  size_t k = j;
  bool addressee = false;
  while (k < send && k < j + 8 && !IsForCue(cue, tok[k])) {
    const Token& w = tok[k];
    if ((w.lower == "to"sv || w.lower == "with"sv) && !addressee && k + 1 < send && tok[k + 1].Is(kCapitalised | kDeterminer | kPronoun)) {
      addressee = true;
      ++k;
      continue;
    }
    // (And "out" or "up" and a day: "spoke out Tuesday about", "spoke up about".)
    const bool adverb = (w.lower.ends_with("ly"sv) && !w.Is(kCapitalised)) || w.lower == "instead"sv || w.lower == "again"sv || w.lower == "also"sv ||
                        w.lower == "out"sv || w.lower == "up"sv || (w.Is(kTime) && !addressee);
    if (!(adverb || (addressee && w.Is(kWord) && !w.Is(kCue | kBe | kSkip | kBoundary) && !(w.Is(kPreposition) && !IsForCue(cue, w))))) break;
    ++k;
  }
  // (After whom it talked to, only "about": "spoke with their network of consulates" is no
  // speaking of the consulates.)
  return k < send && k > j && IsForCue(cue, tok[k]) && (!addressee || tok[k].lower == "about"sv) && k + 1 < send && tok[k + 1].Is(kWord) ? k : j;
}

// Where a content [first, end) ends when "and" or "but" joins a second verb of saying to its cue,
// so that the second verb gives a frame of its own: at the conjunction (before its comma), or
// `end`. A quotation is passed over whole.
// - After a participle, a second participle, with a subject of its own or "also", "then",
//   "later" between ("saying she's experienced "on paper" but suggesting that might not be
//   enough", "Ryan saying he was "very encouraged" and Trump calling it a "great meeting"",
//   "noting ... and saying he could not answer"); not one that modifies a plain noun ("the head
//   of the budget and planning committee").
// - After a finite verb, a second finite verb of speech ("said he had been silent ... and
//   admitted, "..."", "cited "..." and said its specialty retailers had ..."): in -ed, or in -s
//   before a subject, a quotation, a colon or "that" (not a plural noun: "collaterals and
//   guarantees would", "in cash and notes, with"). A verb that mostly takes an object ("added 5
//   pct") only before a quotation, a colon, "that" or a subject pronoun, where it gives a frame.
size_t JoinedVerbOfSaying(const Paragraph& p, size_t first, size_t end, bool participle) {
  const std::vector<Token>& tok = p.tok;
  for (size_t k = first; k + 2 < end; ++k) {
    if (!tok[k].Is(kQuote | kBoundary)) continue;  // (one test for most words: "and", "but" are boundaries)
    if (p.IsOpening(k)) {
      k = p.Close(k);
      continue;
    }
    if (!IsAndOrBut(tok[k]) || tok[k].Is(kCapitalised)) continue;
    size_t m = k + 1;
    if (tok[m].lower == "also"sv || tok[m].lower == "then"sv || tok[m].lower == "later"sv) {
      ++m;
    } else if (participle) {
      while (m < end && m < k + 5 && tok[m].Is(kCapitalised | kAbbreviation) && tok[m].Is(kWord) && !tok[m].Is(kPronoun | kDeterminer)) ++m;
    }
    if (m + 1 >= end) continue;
    const Token& v = tok[m];
    const Token& next = tok[m + 1];
    if (!v.Is(kCue) || v.Is(kCapitalised) || IsParticiple(v) != participle) continue;
    bool joined;
    if (participle) {
      joined = !(next.Is(kWord) && !next.Is(kCapitalised | kPronoun | kDeterminer | kPreposition | kBoundary | kSkip | kNumber) && !IsWh(next));
    } else {
      const bool quotation = p.IsOpening(m + 1) || (next.Is(kComma | kColon) && m + 2 < end && p.IsOpening(m + 2));
      const bool opens = quotation || next.Is(kColon) || IsThat(next) || (next.Is(kPronoun) && !next.Is(kDeterminer)) ||
                         (!v.Is(kCueWeakClause) && next.Is(kWord));
      const bool third_person = v.lower.ends_with('s') && (next.Is(kPronoun | kCapitalised | kColon) || quotation || IsThat(next));
      joined = opens && v.Is(kCueSpeech) && !v.Is(kPronoun | kDeterminer | kCueNoun | kTime) && (LooksLikePast(v) || third_person);
    }
    if (joined) return tok[k - 1].Is(kComma) ? k - 1 : k;
  }
  return end;
}

// Whether [b, e) is a share given as a figure: a number with "percent" or "%", and "about",
// "nearly", "roughly", "just" or "some" before it ("49%", "about 67 percent"; not a year, "March
// 31, 1986,").
bool FigureBetween(const std::vector<Token>& tok, size_t b, size_t e) {
  bool number = false, percent = false;
  for (size_t k = b; k < e; ++k) {
    const std::string& w = tok[k].lower;
    if (tok[k].Is(kNumber)) {
      number = true;
      percent = percent || w.ends_with('%');
    } else if (w == "%"sv || w == "percent"sv) {
      percent = true;
    } else if (!(w == "about"sv || w == "nearly"sv || w == "roughly"sv || w == "just"sv || w == "some"sv)) {
      return false;
    }
  }
  return number && percent && e <= b + 4;
}

// "him", "them", "me", "us": a pronoun that is no subject ("her" may be a determiner).
bool ObjectCasePronoun(const Token& t) { return t.lower == "him"sv || t.lower == "them"sv || t.lower == "me"sv || t.lower == "us"sv; }

// A bare clause [first, end) whose words reach a relative clause that runs to the sentence's
// end (", which makes him an outlier") or "and" before another verb of saying ("claimed
// momentum and argued ...") with no verb of their own is the cue's object: where it ends, or
// SIZE_MAX when it is a clause. Not after a subject pronoun, an infinitive or a verb, nor when a
// verb follows the relative clause's comma ("the company, which markets ..., plans to",
// "income, which rose ..., and net income was"). A subordinate clause of the narration with a
// subject of its own ends an object too ("indicates a tightening race as Trump consolidates
// ...", "criticized the plan because it ..."): its subject a pronoun or a name ("before the
// primary will give him ..." has a preposition, "such as Iowa" is a list), and not "when", which
// mostly names a time of the object ("the excitement when M. Night Shyamalan approached the
// network", "last fall when he boasted"). (Out of line: the walk stays small.)
[[gnu::noinline]] size_t BareClauseObjectEnd(const Paragraph& p, size_t first, size_t end, size_t send) {
  const auto& tok = p.tok;
  // A pronoun in the object case before a circumstance is the object: "mentioned him in almost
  // every speech", "reiterated them on Hugh Hewitt's radio show Thursday".
  if (first + 1 < end && ObjectCasePronoun(tok[first]) && OpensCircumstance(tok[first + 1])) return first + 1;
  const bool pronoun_subject = tok[first].Is(kPronoun) && !tok[first].Is(kDeterminer);
  for (size_t k = first + 1; k + 1 < end; ++k) {
    if (p.IsOpening(k)) break;
    const Token& t = tok[k];
    const bool relative_clause = t.Is(kComma) && (tok[k + 1].lower == "which"sv || tok[k + 1].lower == "who"sv);
    const bool and_verb_after = IsAndOrBut(t) && !t.Is(kCapitalised) && tok[k + 1].Is(kCue) &&
                                !IsParticiple(tok[k + 1]) && !IsBaseForm(tok[k + 1]) && !tok[k + 1].Is(kPronoun | kTime | kCapitalised | kCueNoun);
    const bool subordinate = ((IsSubordinator(t) && t.lower != "when"sv) || t.lower == "as"sv) && !t.Is(kCapitalised) && tok[k - 1].lower != "such"sv &&
                             (tok[k + 1].Is(kPronoun) || tok[k + 1].Is(kCapitalised)) && !tok[k + 1].Is(kDeterminer | kTime | kNumber | kPossessive) &&
                             k + 2 < end && (VerbWord(tok[k + 2]) || LooksLikePast(tok[k + 2]) || tok[k + 2].Is(kCapitalised | kCue)) &&
                             !tok[k + 2].Is(kPossessive);  // ("before Mrs. Clinton's speech")
    if (subordinate && !pronoun_subject) return k;
    if (!relative_clause && !and_verb_after) {
      if (t.Is(kPunct) || VerbWord(t) || LooksLikePast(t) || (t.Is(kCue) && !t.Is(kPronoun | kTime)) || t.lower == "to"sv ||
          (t.Is(kPronoun) && !t.Is(kDeterminer))) {
        return SIZE_MAX;
      }
      continue;
    }
    if (pronoun_subject) return SIZE_MAX;
    bool main_verb = false;
    size_t m = k + 2;
    while (relative_clause && m < send && !tok[m].Is(kComma)) ++m;
    for (++m; relative_clause && m < send && !main_verb; ++m) {
      main_verb = (VerbWord(tok[m]) || LooksLikePast(tok[m]) || tok[m].Is(kCue)) && !tok[m].Is(kPronoun | kTime | kCapitalised);
    }
    return main_verb ? SIZE_MAX : k;
  }
  return SIZE_MAX;
}

// Whether a paragraph is a quotation that its own text does not close: it opens with a double
// quotation mark and has an odd count of straight marks or fewer closing curly marks than opening
// ones. (A quotation that runs over paragraphs opens each with a mark and closes in the last.)
bool OpensUnclosedQuote(std::string_view para) {
  if (para.starts_with("\""sv) || para.starts_with("''"sv)) {
    size_t straight = 0, doubled = 0;
    for (size_t k = 0; k < para.size(); ++k) {
      if (para[k] == '"') ++straight;
      if (para[k] == '\'' && k + 1 < para.size() && para[k + 1] == '\'') {
        ++doubled;
        ++k;
      }
    }
    return para[0] == '"' ? straight % 2 == 1 : doubled % 2 == 1;
  }
  if (!para.starts_with("\u201C"sv)) return false;
  size_t open = 0, close = 0;
  for (size_t k = para.find("\xE2\x80"sv); k != std::string_view::npos; k = para.find("\xE2\x80"sv, k + 3)) {
    if (k + 2 >= para.size()) break;
    if (para[k + 2] == '\x9C') ++open;
    if (para[k + 2] == '\x9D') ++close;
  }
  return close < open;
}

// A paragraph that ends in a cue and a colon ("He said:", "Hewitt writes:", "In a speech last
// July, he said:", "Clinton released the following statement:") introduces the next paragraph:
// its content is that paragraph, and every paragraph after it up to the one that closes a
// quotation the first opens. nullopt when the cue is not within the last eight words, or the
// words between the cue and the colon hold a verb or another stop.
std::optional<FrameMatch> ColonParagraphFrame(const std::vector<Token>& tok, Span content) {
  const size_t n = tok.size();
  if (n < 2 || !tok[n - 1].Is(kColon)) return std::nullopt;
  size_t c = n - 1;
  while (c > 0 && c + 9 > n) {
    --c;
    const Token& t = tok[c];
    if (t.Is(kQuote | kColon | kFinal)) return std::nullopt;
    // (A speech verb, or one of issuing before "the following statement".)
    if (t.Is(kCueSpeech) || (t.Is(kCueOther) && c + 3 < n && tok[c + 2].lower == "following"sv)) break;
    if (t.Is(kCue | kBe) || (t.Is(kSkip) && !IsSkippable(t))) return std::nullopt;
  }
  const Token& cue = tok[c];
  if (!(cue.Is(kCueSpeech) || cue.Is(kCueOther)) || (cue.Is(kCapitalised) && c > 0)) return std::nullopt;
  // Between the cue and the colon a circumstance or an addressee, no clause of its own ("Moody's
  // said it also assigned AAA ratings to:" lists what it rated): no subject pronoun, no past.
  for (size_t k = c + 1; k + 1 < n; ++k) {
    const Token& t = tok[k];
    const bool object = t.lower == "him"sv || t.lower == "her"sv || t.lower == "them"sv || t.lower == "us"sv || t.lower == "me"sv || t.lower == "you"sv;
    if (LooksLikePast(t) || (t.Is(kPronoun) && !t.Is(kDeterminer) && !object)) return std::nullopt;
  }
  // The sentence the cue ends: from the last stop before it.
  size_t first = c;
  while (first > 0 && !tok[first - 1].Is(kFinal | kColon | kQuote)) --first;
  FrameMatch f;
  f.cue = cue.span;
  f.content = content;
  f.form = "colon-paragraph";
  size_t l = c;
  while (l > first && IsSkippable(tok[l - 1]) && !tok[l - 1].Is(kPronoun)) --l;
  if (auto src = ChunkBefore(tok, l, first)) {
    f.source = Span{tok[src->begin].span.begin, tok[src->end - 1].span.end};
  } else if (c == first && c + 2 < n) {  // "Stated Stone:"
    if (auto after = ChunkAfter(tok, c + 1, n - 1); after && after->end == n - 1) {
      f.source = Span{tok[after->begin].span.begin, tok[after->end - 1].span.end};
    }
  }
  if (!f.source && c != first) return std::nullopt;
  return f;
}

std::vector<FrameMatch> FrameFinder::Find(const segment::Text& text, const std::vector<bool>& skip) const {
  std::vector<FrameMatch> out;
  const auto& ss = text.sentences;
  size_t s = 0;
  std::vector<Span> sentences;
  const auto skipped = [&](size_t pi) { return pi < skip.size() && skip[pi]; };
  std::optional<FrameMatch> pending;  // a colon paragraph's frame, added after the next paragraph's
  ColonFollow colon_follow;
  for (size_t pi = 0; pi < text.paragraphs.size(); ++pi) {
    const Span para = text.paragraphs[pi].span;
    sentences.clear();
    while (s < ss.size() && ss[s].span.end <= para.begin) ++s;
    for (size_t k = s; k < ss.size() && ss[k].span.begin < para.end; ++k) sentences.push_back(ss[k].span);
    if (sentences.empty()) sentences.push_back(para);
    if (skipped(pi)) {
      FindInHeadline(text.text, para, &out);
      continue;
    }
    // A paragraph that ends in a colon after a cue, and finds no frame of its own there: the
    // next paragraph is what the cue introduces (when that paragraph is no frame's content
    // already; the next iteration finds its own, so this one is added after it). Its content:
    // that paragraph, and the ones after it up to the one that closes a quotation it opens.
    ColonFollow* colon = nullptr;
    if (para.size() > 2 && text.text[para.end - 1] == ':' && pi + 1 < text.paragraphs.size() && !skipped(pi + 1)) {
      Span content = text.paragraphs[pi + 1].span;
      // (A view into the text, not a copy: `text.text` is a std::string, whose substr would be a
      // temporary that a string_view must not outlive.)
      const auto paragraph_text = [&](size_t q) {
        return std::string_view(text.text).substr(text.paragraphs[q].span.begin, text.paragraphs[q].span.size());
      };
      for (size_t q = pi + 1; q + 1 < text.paragraphs.size() && q < pi + 8 && OpensUnclosedQuote(paragraph_text(q)); ++q) {
        const std::string_view ft = paragraph_text(q + 1);
        if (!(ft.starts_with("\""sv) || ft.starts_with("\u201C"sv) || ft.starts_with("''"sv))) break;
        content.end = text.paragraphs[q + 1].span.end;
      }
      colon_follow.content = content;
      colon_follow.frame.reset();
      colon = &colon_follow;
    }
    const size_t before = out.size();
    FindInParagraph(text.text, para, sentences, pi == 0, &out, colon);
    if (pending) {
      bool covered = false;
      for (size_t k = before; k < out.size(); ++k) {
        const Span c = out[k].content;
        const uint32_t lo = std::max(c.begin, pending->content.begin), hi = std::min(c.end, pending->content.end);
        covered = covered || (hi > lo && 2 * (hi - lo) >= c.size());
      }
      if (!covered) out.push_back(*pending);
      pending.reset();
    }
    if (colon && colon->frame && (out.size() == before || out.back().content.end < para.end - 1)) pending = colon->frame;
  }
  return out;
}

std::vector<FrameMatch> FrameFinder::FindIn(std::string_view text) const {
  std::vector<FrameMatch> out;
  Span all{0, static_cast<uint32_t>(text.size())};
  FindInParagraph(text, all, {all}, false, &out);
  return out;
}

void FrameFinder::FindInHeadline(std::string_view text, Span paragraph, std::vector<FrameMatch>* out) const {
  // "Glenn Beck Says Trump Poses A Threat To Democracy.": a name in capitals, a speech or thought
  // verb, and the rest of the headline. Headlines are in Title Case, so the source is every word
  // before the cue and the cue the first capitalised cue verb (not a participle).
  const std::vector<Token> tok = Tokenize(text, paragraph, lexicon_);
  if (auto f = HeadlineColonFrame(text, tok)) {
    out->push_back(*f);
    return;
  }
  FindInHeadline(tok, out);
}

void FrameFinder::FindInHeadline(const std::vector<Token>& tok, std::vector<FrameMatch>* out) const {
  const size_t n = tok.size();
  size_t skipped = 0;  // "Kasich Just Revealed": adverbs between the name and its verb
  for (size_t i = 1; i < n && i < 8; ++i) {
    const Token& t = tok[i];
    if (!t.Is(kWord) || !(t.Is(kCapitalised) || t.Is(kPossessive) || t.Is(kAbbreviation))) return;
    if (t.lower == "just"sv || t.lower == "also"sv || t.lower == "finally"sv) {
      ++skipped;
      continue;
    }
    if (t.Is(kSkip | kBe)) return;  // "Trump May Not Have Suggested", "Tim Allen Just Got Asked"
    // ("Responds To Question About ..." says what it responds to, not what it says.)
    // (A base form after a singular noun is a noun: "San Bernardino Terror Suspect Named By
    // Police", "Trump Made This Shocking Final Demand"; after a plural or an auxiliary it is a
    // verb: "Republicans Blast Obama", "Trump Will Win".)
    const bool noun = IsBaseForm(t) && !tok[i - 1].Is(kCueAuxiliary) && !PluralSubject(tok, Chunk{0, i}) && tok[i - 1].lower != "and"sv;
    if (!t.Is(kCue) || IsParticiple(t) || t.Is(kPossessive) || t.lower.starts_with("respond"sv) || noun) {
      if (skipped > 0) return;  // "Just" comes right before the verb
      continue;
    }
    // Verbs of saying take the rest of the headline ("Says", "Warns"); other cues ("Endorses",
    // "Reveals", "Slams") their object, up to a dash or comma that opens a headline's second part.
    static constexpr std::string_view kSaying[] = {"says", "say", "said", "tells", "told", "warns", "claims", "insists", "admits",
                                          "thinks", "believes", "predicts", "argues", "writes", "wrote", "vows", "urges"};
    bool saying = false;
    for (std::string_view w : kSaying) saying = saying || t.lower == w;
    size_t end = n;
    // A particle belongs to the cue ("Mike Pence Calls for Special Prosecutor").
    const size_t first = i + 1 < n && IsForCue(t, tok[i + 1]) ? i + 2 : i + 1;
    if (!saying) {
      for (size_t j = first; j < n; ++j) {
        // (Or a subordinate clause in lower case: "... after Report Reveals ...", "... While
        // Republicans Tweet Prayers".)
        if (tok[j].Is(kComma | kColon) || (tok[j].Is(kOtherPunct) && tok[j].lower != "'"sv) || (j > first && IsSubordinator(tok[j]))) {
          end = j;
          break;
        }
      }
    }
    while (end > i + 1 && tok[end - 1].Is(kFinal | kComma | kColon | kOtherPunct)) --end;
    if (end < first + (saying ? 3 : 1)) return;
    FrameMatch f;
    f.source = Span{tok[0].span.begin, tok[i - 1 - skipped].span.end};
    f.cue = Span{t.span.begin, tok[first - 1].span.end};
    f.content = Span{tok[first].span.begin, tok[end - 1].span.end};
    f.form = "headline";
    out->push_back(f);
    return;
  }
}

void FrameFinder::FindInParagraph(std::string_view text, Span paragraph, const std::vector<Span>& sentences, bool first,
                                  std::vector<FrameMatch>* out, ColonFollow* colon_follow) const {
  Paragraph p(text, Tokenize(text, paragraph, lexicon_), sentences);
  const auto& tok = p.tok;
  const size_t n = tok.size();
  if (first && sentences.size() == 1) {
    if (auto f = HeadlineColonFrame(text, tok)) {
      out->push_back(*f);
      return;
    }
  }
  // A headline that ends like a sentence ("Glenn Beck Says Trump Poses A Threat."): one sentence,
  // a capitalised speech verb among its first words, and every word capitalised but short
  // function words.
  if (sentences.size() == 1 && n > 4 && n < 40 && tok[0].Is(kCapitalised)) {
    bool title = true, cue = false;
    for (size_t k = 0; k < n && title; ++k) {
      const Token& t = tok[k];
      cue = cue || (k < 8 && t.Is(kCue) && t.Is(kCapitalised));
      // (Function words may stay in lower case: "Glenn Beck Blasts Drudge for Mocking His Fast,
      // Quotes Bible to Encourage Indiana to Turn Away from Boasters", "... after Report
      // Reveals ...".)
      title = !t.Is(kWord) || t.Is(kCapitalised | kNumber) || t.lower.size() <= 3 || t.Is(kPreposition | kBoundary | kDeterminer) ||
              IsSubordinator(t) || t.lower == "against"sv || t.lower == "amid"sv || t.lower == "than"sv;
    }
    // The inverted form, the verb of saying last: "Clinton Hid Past Health Problems From Public,
    // Former White House Doctor Says.", "Trump Could Address Clean Energy, Lindsey Graham Says."
    if (title) {
      size_t e = n;
      while (e > 0 && tok[e - 1].Is(kFinal)) --e;
      if (e >= 5 && tok[e - 1].Is(kCueSpeech) && tok[e - 1].Is(kCapitalised) && !IsParticiple(tok[e - 1])) {
        size_t c = e - 1;
        while (c > 2 && c + 7 > e && tok[c - 1].Is(kWord) && tok[c - 1].Is(kCapitalised)) --c;
        // (A name or description, not a pronoun: "Trump Will Win Ohio, He Said" is a line of
        // quoted speech.)
        if (c < e - 1 && tok[c - 1].Is(kComma) && !tok[c].Is(kPronoun)) {
          FrameMatch f;
          f.source = p.Bytes(c, e - 1);
          f.cue = tok[e - 1].span;
          f.content = p.Bytes(0, c - 1);
          f.form = "headline";
          out->push_back(f);
          return;
        }
      }
    }
    if (title && cue) {
      // ("Obama: I'm Optimistic Americans Will Say No to Trump.": a name and a colon first.)
      // (Not a phrase with a verb of its own: "The One Thing Both Sides Want: ...".)
      size_t colon = 0;
      while (colon < n && colon < 7 && !tok[colon].Is(kColon) && !tok[colon].Is(kCue)) ++colon;
      // (Nor a topic that a determiner opens in the story's first line: "The Ninth Circle: The
      // Hellish View from Inside the Beltway", with "View" a verb of thought.)
      if (colon < n && tok[colon].Is(kColon) && !(first && tok[0].Is(kDeterminer))) {
        if (auto f = ColonFrame(p, 0)) {
          out->push_back(*f);
          return;
        }
      }
      FindInHeadline(tok, out);
      return;
    }
  }
  uint32_t last_content_end = 0;
  uint32_t content_end_before_last = 0;  // last_content_end before the last frame of the main form
  std::optional<Span> last_source;  // the last frame's source in this sentence (for "..., adding")
  size_t last_source_sentence = SIZE_MAX;
  // A cue built outside the token list: a glued cue ("Khovarwrote") or "made (it) clear". (One
  // for the walk: a string constructed per token costs.)
  Token joined;
  // Every frame below starts at a token with one of these classes, or at "according" or a
  // "made (it) clear": one test rules out most words.
  constexpr uint32_t kStarts = kCapitalised | kOtherPunct | kColon | kPoll | kPossessive | kDeterminer | kEvidential | kCue;
  for (size_t i = 0; i < n; ++i) {
    // (Of the words with none of these classes only "according" and the forms of "make" go on.)
    if (!tok[i].Is(kStarts) && !MayBeAccordingOrMake(tok[i])) continue;
    if (tok[i].Is(kCapitalised) && (i == 0 || (i == 1 && tok[0].Is(kQuote)) || (i > 1 && IsDash(tok[i - 1]))) &&
        // (In a headline, one word in capitals before a colon is a label, "BOOM: Trump Just ...",
        // a phrase with a determiner a topic, "The Ninth Circle: The Hellish View ...", and a
        // line in capitals a wire headline, "SAO PAULO STATE: PRESIDENTE PRUDENTE 0.6 MM, ...".)
        !(first && i == 0 && n > 1 && ((tok[1].Is(kColon) && tok[0].span.size() > 3 && InCapitals(text, tok[0])) || tok[0].Is(kDeterminer)))) {
      auto f = ColonFrame(p, i);
      // (Only once a colon frame is found: the count reads every word of the paragraph.)
      if (f && first && i == 0 && MostlyCapitals(text, tok, 0, n)) f.reset();
      if (f) {
        // A transcript's speaker in capitals ("FALLIN: Well, I think ..."): the turn is one
        // attribution; the verbs of speech inside it ("I think", "they want") give no frames.
        size_t e = i;
        while (e < n && tok[e].span.end <= f->source->end) ++e;
        if (e > i && f->source->size() > 2 && MostlyCapitals(text, tok, i, e) && InCapitals(text, tok[i])) {
          last_content_end = std::max(last_content_end, f->content.end);
        }
        out->push_back(*f);
        continue;
      }
    }
    if (tok[i].Is(kOtherPunct) && i + 1 < n && IsDash(tok[i])) {
      if (auto f = DashSignedFrame(p, i); f && f->content.begin >= last_content_end) {
        last_content_end = std::max(last_content_end, f->content.end);
        out->push_back(*f);
        continue;
      }
    }
    if (tok[i].Is(kColon)) {
      // (Not again for a speaker's colon that opens the paragraph or follows a dash.)
      if (auto f = ColonQuoteFrame(p, i); f && f->content.begin >= last_content_end && (out->empty() || out->back().cue.begin != f->cue.begin)) {
        last_content_end = std::max(last_content_end, f->content.end);
        out->push_back(*f);
        continue;
      }
    }
    if (tok[i].Is(kPoll) && !p.InsideQuote(i)) {
      if (auto f = PollFrame(p, i); f && f->content.begin >= last_content_end) {
        last_content_end = std::max(last_content_end, f->content.end);
        out->push_back(*f);
        continue;
      }
    }
    // (One flag read first, possessive or determiner, rules out most tokens; then the cue-noun
    // test, three flag reads, before the possessive pronoun's string compare.)
    if (tok[i].Is(kPossessive | kDeterminer) && i + 3 < n && (tok[i + 1].Is(kCueNoun) || tok[i + 2].Is(kCueNoun) || tok[i + 3].Is(kCueNoun)) &&
        (tok[i].Is(kPossessive) || IsPossessivePronoun(tok[i])) && !p.InsideQuote(i)) {
      if (auto f = NounCueFrame(p, i); f && f->content.begin >= last_content_end) {
        last_content_end = std::max(last_content_end, f->content.end);
        out->push_back(*f);
        continue;
      }
    }
    // Past here only a cue or an evidential gives a frame, or a word glued to a cue, "according"
    // and the forms of "make": most tokens past the gate (determiners, names, punctuation) stop
    // here.
    if (!tok[i].Is(kCue | kEvidential) && !MayBeGluedCue(tok[i]) && !MayBeAccordingOrMake(tok[i])) continue;
    if (tok[i].Is(kEvidential) && !p.InsideQuote(i)) {
      if (auto f = IsStanceAdjective(tok[i]) ? AdjectiveFrame(p, i) : EvidentialFrame(p, i); f && f->content.begin >= last_content_end) {
        out->push_back(*f);
        continue;
      }
    }
    if (tok[i].lower.size() == 5 && (tok[i].lower == "asked"sv) && !p.InsideQuote(i)) {
      if (auto f = AskedFrame(p, i); f && f->content.begin >= last_content_end) {
        last_content_end = std::max(last_content_end, f->content.end);
        out->push_back(*f);
        continue;
      }
    }
    // (Only a capitalised word of eight letters or more that ends like "wrote" or "said" can hold
    // a glued cue: MayBeGluedCue before the look-up.)
    const bool is_joined = MayBeGluedCue(tok[i]) && JoinedCue(tok[i], lexicon_, &joined);
    const Token* cue_token = is_joined ? &joined : &tok[i];
    size_t clear_end = 0;  // after "made (it) clear", the token after "clear"
    const bool according = cue_token->lower.size() == 9 && i + 1 < n && cue_token->lower == "according"sv && tok[i + 1].lower == "to"sv;
    // A participle that opens the sentence, its phrase closed by a comma before the main clause:
    // "Noting that both Reagan and Trump battled the media, Schlafly ...", "Reflecting on his
    // career, the Senate leader said ...": the subject after the comma is the source (PolNeAR).
    const bool opening_participle = !according && cue_token->Is(kCapitalised) && cue_token->Is(kCueSpeech | kCueThought | kCueOther) &&
                                    IsParticiple(*cue_token) && !is_joined && !p.InsideQuote(i) && i == p.ProseStart(p.SentenceFirst(i), i) &&
                                    // ("Speaking of the plan, ...", a change of topic.)
                                    !(i + 1 < n && tok[i + 1].lower == "of"sv);
    if (!according && !opening_participle && (!cue_token->Is(kCue) || cue_token->Is(kCapitalised))) {
      // "made (it) clear": a verb of saying of three words, whose content follows "clear" ("Mr.
      // Obama made clear that ...", "She made it clear that ..."); before a that-clause or a
      // subject. (Tested only on the words that are no cue, first by their first letter.)
      if (is_joined || tok[i].lower[0] != 'm' || !MadeClear(tok, i, &clear_end)) continue;
      joined = tok[i];
      joined.cls |= kCueSpeech;
      joined.span.end = tok[clear_end - 1].span.end;
      cue_token = &joined;
    }
    const Token& cue = *cue_token;
    if (p.InsideQuote(i)) continue;
    // "Having said that, ...": an idiom of the narration, no saying.
    if (i > 0 && i + 2 < n && tok[i - 1].lower == "having"sv && cue.lower == "said"sv && IsThat(tok[i + 1]) && tok[i + 2].Is(kComma)) continue;
    const size_t sfirst = p.SentenceFirst(i);
    const size_t send = p.SentenceEnd(i);
    FrameMatch f;
    f.cue = cue.span;
    std::optional<size_t> content_first, content_end;  // tokens
    bool base_by_aux = false;  // a base form after a singular subject, licensed by an auxiliary
    size_t chain = SIZE_MAX;  // a catenative before "to" and the cue ("refused to endorse")
    bool opening_gerund = false;  // "In declaring ..., the pope ...": the phrase ends at its comma
    size_t issued_through = SIZE_MAX;  // the participle after a verb of issuing's object ("issued a statement saying")
    bool bare_clause = false;  // the content is a bare clause after the cue

    // "As reported by Western Journalism, Z", "Weeks ago, as The Hill reported, Z", "Z, as CNN
    // reported.": Z is what the source reported.
    std::optional<Chunk> as_source;
    size_t as_word = 0, as_after = 0;  // "as", and the token after the source and its circumstance
    if (!according && !is_joined && i > sfirst && cue.Is(kCueSpeech | kCueOther) && !IsParticiple(cue) && !p.InsideQuote(i)) {
      if (tok[i - 1].lower == "as"sv && i + 2 < send && tok[i + 1].lower == "by"sv) {
        as_word = i - 1;
        as_source = ChunkAfter(tok, i + 2, send);
      } else if (auto s = ChunkBefore(tok, [&] {
                   // (Past an auxiliary or adverb: "as police have said", "as the Post first reported";
                   // not for a verb of intent, "..., as it had threatened", which is no report.)
                   size_t e = i;
                   if (cue.Is(kCueInfinitive)) return e;
                   while (e > sfirst + 1 && e + 3 > i && (tok[e - 1].Is(kSkip) || IsSkippable(tok[e - 1])) && !tok[e - 1].Is(kPronoun)) --e;
                   return e;
                 }(), sfirst);
                 s && s->begin > sfirst && tok[s->begin - 1].lower == "as"sv) {
        as_word = s->begin - 1;
        as_source = s;
      }
      if (as_source) {
        // (A circumstance of a few words runs to the comma: "as Hedrick Smith reported in his
        // book, ...".)
        // (Not an object: "as Mrs. Clinton echoed the criticism, ..." is a time, not a report.)
        as_after = std::max(as_source->end, i + 1);
        const bool circumstance = as_after < send && tok[as_after].Is(kPreposition | kTime) && !tok[as_after].Is(kCapitalised);
        for (size_t k = as_after; k < send && k < as_after + 8 && !p.InsideQuote(k) && (circumstance || k == as_after); ++k) {
          if (tok[k].Is(kComma | kFinal)) {
            as_after = k;
            break;
          }
          if (!tok[k].Is(kWord) || tok[k].Is(kCue | kBe | kPronoun) || (tok[k].Is(kBoundary) && !tok[k].Is(kPreposition))) break;
        }
        const size_t prose = p.ProseStart(sfirst, as_word);
        const bool opens = as_word == prose || (as_word == prose + 1 && tok[prose].Is(kQuote)) || tok[as_word - 1].Is(kComma);
        const bool goes_on = as_after + 2 < send && tok[as_after].Is(kComma) && tok[as_after + 1].Is(kWord);
        const bool ends = as_after + 1 == send && tok[as_after].Is(kFinal) && as_word > prose + 2 && tok[as_word - 1].Is(kComma);
        if (!opens || !(goes_on || ends) || (as_word > sfirst && tok[as_word - 1].Is(kWord) && !tok[as_word - 1].Is(kBoundary) && as_word != prose)) {
          as_source.reset();
        }
      }
    }
    if (as_source) {
      f.source = p.Bytes(as_source->begin, as_source->end);
      f.form = "as-reported";
      const size_t prose = p.ProseStart(sfirst, as_word);
      if (as_after + 1 == send) {
        content_first = prose;  // "Z, as CNN reported."
        content_end = as_word - 1;
      } else {
        // (After a connective, "And, as The Huffington Post reported, Z", Z alone.)
        const bool connective = as_word >= prose + 2 && as_word <= prose + 3 && tok[as_word - 1].Is(kComma) &&
                                (EndsClause(tok[prose]) || IsSkippable(tok[prose]) || tok[prose].lower == "and"sv || tok[prose].lower == "but"sv ||
                                 tok[prose].lower == "so"sv);
        content_first = as_word == prose || tok[prose].Is(kQuote) || connective ? as_after + 1 : prose;
        content_end = p.ClauseEnd(as_after + 1);
      }
    } else if (according) {
      f.cue = {cue.span.begin, tok[i + 1].span.end};
      auto src = ChunkAfter(tok, i + 2, send);
      if (!src) continue;
      f.source = p.Bytes(src->begin, src->end);
      // "Z according to X." with no comma: only when X is a determined or named phrase that ends
      // the sentence or its clause ("Clinton leads by 271 delegates according to a count by The
      // Associated Press, but ..."; not "went according to plan").
      const bool bare_after = i > sfirst + 3 && tok[i - 1].Is(kWord) && !tok[i - 1].Is(kBoundary | kPreposition | kBe | kSkip) &&
                              !p.InsideQuote(i - 1) && tok[i + 2].Is(kDeterminer | kCapitalised | kPossessive) &&
                              !tok[i + 2].Is(kPronoun) && [&] {
                                size_t c = src->end;  // (the source runs to its comma: "a count by The Associated Press")
                                while (c < send && c < src->end + 8 && tok[c].Is(kWord)) ++c;
                                if (!(c >= send || tok[c].Is(kFinal | kComma)) || p.NumberComma(c)) return false;
                                f.source = p.Bytes(src->begin, c);
                                return true;
                              }();
      // (The comma may close a quotation: `... a "root canal," according to Axelrod's memoir`.)
      const bool quote_comma = i > sfirst + 2 && p.IsClosing(i - 1) && tok[i - 2].Is(kComma);
      // (Or a dash: "Ferguson had 115 instances of violent crime - according to the FBI.")
      // (Not a parenthesis between dashes: "... while - according to emails unearthed - knowing".)
      const bool dash = i > sfirst + 2 && IsDash(tok[i - 1]) && !p.InsideQuote(i - 1) && [&] {
        size_t c = src->end;  // (the source runs to the sentence's end: "the most recent data available from the FBI")
        while (c < send && c < src->end + 8 && tok[c].Is(kWord)) ++c;
        return c + 1 == send && tok[c].Is(kFinal);
      }();
      if (i > sfirst && (tok[i - 1].Is(kComma) || bare_after || quote_comma || dash)) {
        // "Z, according to X."
        const size_t z_end = tok[i - 1].Is(kComma) || dash ? i - 1 : i;
        size_t b = p.ProseStart(sfirst, i);
        // (A quotation of sentences is all of it: `"A. B.," according to CNN`.)
        if (quote_comma && p.Open(i - 1) < b) b = p.Open(i - 1);
        // (After a colon or semicolon: "... financial firms: London was ..., according to X".)
        for (size_t c = i - 1; c > b; --c) {
          if ((tok[c - 1].Is(kColon) || tok[c - 1].lower == ";") && !p.InsideQuote(c - 1)) {
            b = c;
            break;
          }
        }
        if (b < z_end) {
          content_first = b;
          content_end = z_end;
          f.form = "according-after";
          // What the source gives is the last clause before it: a relative clause or a "with"
          // phrase after the sentence's comma ("He won the state's Mormons, who account for a
          // majority of its population, according to ..."; "..., with a net worth estimated at
          // less than $100,000, according to ...").
          for (size_t c = z_end; c > b + 2; --c) {
            if (p.IsClosing(c - 1)) {
              c = p.Open(c - 1) + 1;
              continue;
            }
            if (!tok[c - 1].Is(kComma) || c >= z_end) continue;
            const std::string& w = tok[c].lower;
            if (w == "which"sv || w == "who"sv || w == "whose"sv) {
              content_first = c;
              break;
            }
            if (w == "with"sv && c + 1 < z_end) {
              content_first = c + 1;
              break;
            }
          }
          // The source runs on to the sentence's end: ", according to a report in the Des Moines
          // Register."
          if (!bare_after) {
            size_t c = src->end;
            while (c < send && c < src->end + 12 && tok[c].Is(kWord) && !tok[c].Is(kBoundary)) ++c;
            if (c > src->end && c < send && tok[c].Is(kFinal) && c + 1 == send) f.source = p.Bytes(src->begin, c);
          }
          // "Now, according to the poll, some are swinging": a clause that goes on after the
          // source is the content with the words before it (PolNeAR's two pieces, one span).
          size_t c = src->end;
          while (c < send && c < src->end + 12 && !tok[c].Is(kComma | kFinal | kQuote | kColon)) ++c;
          // (Not a phrase about the source: ", according to the order, signed by five ministers".)
          auto about_source = [&](const Token& w) { return w.lower.ends_with("ed") || IsParticiple(w) || w.Is(kPreposition); };
          if (!bare_after && i - 1 - b <= kAroundMax && c + 2 < send && tok[c].Is(kComma) && tok[c + 1].Is(kWord) && !about_source(tok[c + 1])) {
            const size_t e = p.ClauseEnd(c + 1);
            if (e > c + 2) {
              content_end = e;
              f.form = "according-around";
            }
          }
        }
      } else {
        // "According to X, Z.": X runs to its comma ("a source in the security services").
        size_t c = src->end;
        while (c < send && c < src->end + 20 && !tok[c].Is(kComma | kFinal | kQuote | kColon)) ++c;
        if (c + 1 < send && tok[c].Is(kComma)) {
          f.source = p.Bytes(src->begin, c);
          content_first = c + 1;
          // (What the source gives runs to the sentence's end, over the commas and semicolons
          // that end a clause elsewhere: "According to the AP, 571 of the 714 superdelegates
          // supported Clinton, with less than 100 still uncommitted." Not over a cue of its own,
          // ", the SCB said", nor another source's "according to".)
          const size_t e = p.ClauseEnd(c + 1);
          content_end = e;
          if (std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(std::min(e, send)), tok.begin() + static_cast<std::ptrdiff_t>(send),
                           [](const Token& w) { return w.Is(kCue) || w.lower == "according"sv; })) {
            content_end = std::max(e, p.Trimmed(c + 1, send));
          }
          f.form = "according-before";
        }
      }
    } else {
      // Left of the cue: adverbs and auxiliaries, then the source phrase.
      size_t l = i;
      bool auxiliary = false, quantity_source = false, relative_that = false, gerund = false;
      std::optional<Chunk> src;
      if (is_joined) {
        // The glued name is the source's last word; only after a quotation ("...," the state
        // news agency Khovarwrote).
        src = ChunkBefore(tok, i + 1, sfirst);
        if (!src || src->begin == sfirst || !tok[src->begin - 1].Is(kComma | kQuote)) continue;
        l = src->begin;
      } else {
        // (An -ly word after a determiner is a noun: "the daily wrote".)
        while (l > sfirst && IsSkippable(tok[l - 1]) && (tok[l - 1].Is(kSkip) || l - 1 == sfirst || !tok[l - 2].Is(kDeterminer))) --l;
        // "there" after a plural or a name is a place ("Executives there indicate that"), like
        // "here" in the skip words.
        if (l >= sfirst + 2 && tok[l - 1].lower == "there"sv && !tok[l - 1].Is(kCapitalised) &&
            ((tok[l - 2].lower.ends_with('s') && !tok[l - 2].lower.ends_with("ss") && tok[l - 2].Is(kWord) && !VerbWord(tok[l - 2])) ||
             (tok[l - 2].Is(kCapitalised) && !tok[l - 2].Is(kBoundary | kDeterminer)))) {
          --l;
        }
        // A time between source and cue: "The State Department on Monday said".
        size_t time_first = SIZE_MAX, time_end = 0;
        if (const size_t t = TimeBeforeCue(tok, l, sfirst); t < l) {
          time_first = t;
          time_end = l;
          l = t;
          while (l > sfirst && IsSkippable(tok[l - 1]) && tok[l - 1].Is(kSkip)) --l;
        }
        // "so far" is an adverb too: "Poindexter has so far invoked".
        if (l >= sfirst + 3 && tok[l - 1].lower == "far"sv && tok[l - 2].lower == "so"sv) {
          l -= 2;
          while (l > sfirst && IsSkippable(tok[l - 1])) --l;
        }
        // A connective between commas: "Clinton, however, said", "Supporters of abortion rights,
        // on the other hand, argued".
        if (l > sfirst + 3 && tok[l - 1].Is(kComma) && !p.InsideQuote(l - 1)) {
          if (size_t c = ConnectiveOpen(tok, l - 1, sfirst); c != SIZE_MAX || (c = CircumstanceOpen(tok, l - 1, sfirst)) != SIZE_MAX) {
            l = c;
            while (l > sfirst && IsSkippable(tok[l - 1]) && tok[l - 1].Is(kSkip)) --l;
          }
        }
        if (l > sfirst && tok[l - 1].Is(kBe)) {
          if (!IsParticiple(cue)) {
            // A passive with its agent ("O'Malley's move was first reported by MSNBC", "His
            // comments were quickly derided by Armin Laschet"): the agent is the source, the
            // subject the content. Not a relative or a pronoun subject ("which was criticized by").
            // Only verbs of reporting and judging: the other speech verbs' passives describe
            // ("The notes are guaranteed by Fuji Bank", "published by a printer", "explained by
            // special factors", read on reuters-dev), and "X was quoted by the daily" makes X
            // the speaker. Not a time ("could be announced by the end of the month").
            // (The `cue-passive` lexicon of rules/claims/cues.yaml.)
            if (cue.Is(kCuePassive) && i + 2 < send && tok[i + 1].lower == "by"sv && !p.InsideQuote(i)) {
              size_t be = l - 1;
              while (be > sfirst && tok[be - 1].Is(kSkip | kBe)) --be;  // "has been", "will be"
              auto agent = ChunkAfter(tok, i + 2, send);
              auto time_in = [&](size_t b, size_t e) {
                for (size_t k = b; k < e; ++k) {
                  if (tok[k].Is(kTime)) return true;
                }
                return false;
              };
              auto subject = ChunkBefore(tok, be, sfirst);
              if (agent && subject && subject->end == be && !tok[subject->begin].Is(kPronoun) && !IsRelative(tok[subject->begin]) &&
                  !tok[agent->begin].Is(kTime | kNumber) && !time_in(agent->begin, agent->end)) {
                FrameMatch pf;
                pf.source = p.Bytes(agent->begin, agent->end);
                pf.cue = p.Bytes(be, i + 2);
                pf.content = p.Bytes(subject->begin, subject->end);
                pf.form = "passive-agent";
                last_content_end = std::max(last_content_end, pf.content.end);
                out->push_back(pf);
              }
            } else if (cue.Is(kCuePassive) && IsJudging(cue) && !p.InsideQuote(i)) {
              size_t be = l - 1;
              while (be > sfirst && tok[be - 1].Is(kSkip | kBe) && !tok[be - 1].Is(kPronoun)) --be;
              if (auto pf = PassiveFrame(p, be, i); pf && pf->content.begin >= last_content_end) {
                last_content_end = std::max(last_content_end, pf->content.end);
                out->push_back(*pf);
              }
            }
            continue;  // a passive: "was asked", "is expected"
          }
          --l;
          while (l > sfirst && IsSkippable(tok[l - 1])) --l;
        }
        // A verb that goes on to the cue through "to": "Trump went on to say that ...", "she
        // continued to question whether ...": the source is that verb's subject.
        // (Or a verb of occasion with its object or place: "Clinton took to Twitter to say".)
        const bool to_cue = l > sfirst + 2 && tok[l - 1].lower == "to"sv && IsBaseForm(cue) && !p.InsideQuote(l - 1);
        const bool catenative = to_cue && IsCatenative(tok[l - 2], tok[l - 3]);
        const size_t purpose = to_cue && !catenative ? PurposeVerbBefore(tok, l - 1, sfirst) : SIZE_MAX;
        if (catenative || purpose != SIZE_MAX) {
          chain = purpose != SIZE_MAX ? purpose : tok[l - 2].lower == "on"sv ? l - 3 : l - 2;
          l = chain;
          // ("was quick to", "are slightly more likely to", "is trying to": an adjective or a
          // participle after a form of "be".)
          if (IsCatenativeAdjective(tok[chain]) || IsParticiple(tok[chain])) {
            while (l > sfirst && (IsSkippable(tok[l - 1]) || tok[l - 1].lower == "more"sv || tok[l - 1].lower == "less"sv)) --l;
            if (!(l > sfirst && tok[l - 1].Is(kBe))) continue;
            --l;
          }
          while (l > sfirst && IsSkippable(tok[l - 1])) --l;
          auxiliary = true;  // (the cue is an infinitive)
        }
        // A quantity that opens a clause is a source on its own: "Many fear ...", "But some
        // argue that ...", "Two in three said ...".
        std::optional<Chunk> quantity;  // (or, below, a source with a parenthesis between dashes)
        // ("Another says ...", a quantity of one; "42% say", "Some 42% say", a share written
        // with a sign.)
        const bool percent = l > sfirst + 1 && tok[l - 1].lower == "%"sv && tok[l - 2].Is(kNumber);
        if (l > sfirst && ((tok[l - 1].Is(kDeterminer) && (IsQuantity(tok[l - 1]) || tok[l - 1].lower == "another"sv) && !tok[l - 1].Is(kNumber)) || percent)) {
          size_t b = l - 1;
          if (percent) {
            b = l - 2;
            if (b > sfirst && tok[b - 1].Is(kWord) && !tok[b - 1].Is(kPunct) && (IsQuantity(tok[b - 1]) || tok[b - 1].lower.ends_with("ly") ||
                                                                              tok[b - 1].lower == "just"sv || tok[b - 1].lower == "about"sv)) {
              --b;
            }
          }
          if (b >= sfirst + 2 && tok[b - 1].lower == "in"sv && IsQuantity(tok[b - 2])) b -= 2;  // "two in three"
          // "the two write" (a count; not "the most elaborate").
          if (b > sfirst && tok[b - 1].lower == "the"sv && tok[b].lower != "most"sv && tok[b].lower != "many"sv && tok[b].lower != "few"sv) --b;
          // ("Nearly one in five say", "About half say": an approximation before the count.)
          if (b > sfirst && (tok[b - 1].lower == "nearly"sv || tok[b - 1].lower == "about"sv || tok[b - 1].lower == "almost"sv ||
                             tok[b - 1].lower == "roughly"sv || tok[b - 1].lower == "only"sv || tok[b - 1].lower == "just"sv)) {
            --b;
          }
          const Token* prev = b > sfirst ? &tok[b - 1] : nullptr;
          if (!prev || prev->Is(kComma | kQuote) || prev->lower == ";"sv || prev->lower == "and"sv || prev->lower == "but"sv || prev->lower == "while"sv ||
              prev->lower == "though"sv || prev->lower == "although"sv || prev->lower == "because"sv) {
            quantity = Chunk{b, l};
          }
        }
        // A relative "that" after a noun before a verb of saying, showing or finding: "a new poll
        // that shows", "a statement that said" (not "said that", "that said" as a connective).
        relative_that = !quantity && l == i && l >= sfirst + 2 && tok[l - 1].lower == "that"sv && !tok[l - 1].Is(kCapitalised) && tok[l - 2].Is(kWord) &&
            !tok[l - 2].Is(kCue | kBe | kSkip | kCueAuxiliary | kPronoun | kDeterminer | kPreposition | kBoundary) && !IsBaseForm(cue) && !IsParticiple(cue) && !p.InsideQuote(l - 1) &&
            ((cue.Is(kCueSpeech) && !cue.lower.starts_with("read"sv) && !cue.lower.starts_with("publish"sv)) || cue.lower.starts_with("show"sv) ||
             cue.lower == "found"sv || cue.lower == "finds"sv);
        // A participle right after a preposition is a gerund, its source the sentence's subject:
        // "responded by saying"; "In" only where it opens the sentence, "In asking to depose
        // Clinton, Judicial Watch ...".
        gerund = opening_participle || (l == i && l > sfirst && IsParticiple(cue) && GerundPreposition(p, sfirst, l));
        // (A participle before a day is the source's: "A news report published Wednesday said".)
        const bool day_of_source = l == time_first && (tok[l - 1].lower == "out"sv || (LooksLikePast(tok[l - 1]) && !tok[l - 1].Is(kCapitalised)));
        if (!quantity && !relative_that && !gerund && !day_of_source && l > sfirst &&
            (tok[l - 1].lower == "to"sv || tok[l - 1].Is(kDeterminer | kPreposition) || tok[l - 1].Is(kCue))) {
          // "to say", "the report", "her plans"; but "The report said", "advocates say": a cue
          // word that heads the source.
          if (!(tok[l - 1].Is(kPronoun)) && !(tok[l - 1].Is(kCue) && SourceHeadAt(tok, l - 1, sfirst))) continue;
        }
        // An auxiliary in the verb group takes a base form ("CNN did not report", "would say").
        // (Only before a verb of speech: "I don't know if", "we would want to" are mostly no
        // attribution in PolNeAR; nor is a contraction before any other cue.)
        // A negation in the verb group ("The spokesman did not say how much", "would not
        // discuss the investigation", "has not endorsed") still gives the frame, as PolNeAR
        // annotates it; the source commits to nothing, so it hedges (FrameMatch::negated).
        bool contraction = false, negated = false;
        for (size_t k = l; k < i; ++k) {
          auxiliary = auxiliary || tok[k].Is(kCueAuxiliary);
          contraction = contraction || (tok[k].Is(kCueAuxiliary) && tok[k].lower.ends_with("n't"));
          negated = negated || tok[k].lower == "not"sv || tok[k].lower == "never"sv || tok[k].lower == "cannot"sv ||
                    tok[k].lower.ends_with("n't");
        }
        if (!cue.Is(kCueSpeech) && chain == SIZE_MAX) {
          if (contraction) continue;
          if (!cue.Is(kCueOther)) auxiliary = false;
        }
        f.negated = negated;
        // A parenthesis between dashes before the cue: "Jason Sims - a teacher from Mount
        // Pleasant - says ...", "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar --
        // agreed that ...": the phrase before the first dash and the parenthesis are the source.
        if (!quantity && l > sfirst + 3 && IsDash(tok[l - 1]) && !p.InsideQuote(l - 1)) {
          size_t close = l - 1;
          if (IsDash(tok[close - 1])) --close;  // "--"
          for (size_t d = close - 1; d > sfirst && d + 40 > close; --d) {
            if (tok[d].Is(kQuote | kColon) || (tok[d].Is(kFinal) && !tok[d + 1].Is(kComma))) break;
            if (!IsDash(tok[d])) continue;
            const size_t open = IsDash(tok[d - 1]) ? d - 1 : d;
            if (open + 2 > close) break;
            if (auto head = ChunkBefore(tok, open, sfirst)) quantity = Chunk{head->begin, close};
            break;
          }
        }
        src = quantity ? quantity : ChunkBefore(tok, l, sfirst);
        // A quantity of a relative's antecedent: "victims' families, many of whom say ...", "95
        // generals, most of whom had announced ...".
        if (src && src->end == src->begin + 1 && tok[src->begin].lower == "whom"sv && src->begin >= sfirst + 2 &&
            tok[src->begin - 1].lower == "of"sv && (IsQuantity(tok[src->begin - 2]) || IsCollective(tok[src->begin - 2]))) {
          src->begin -= 2;
          // ("a number of whom")
          if (src->begin > sfirst && tok[src->begin - 1].Is(kDeterminer) && !tok[src->begin - 1].Is(kPronoun)) --src->begin;
        }
        // Adjectives between commas before the phrase, right after a quotation, are part of it:
        // '"...," the bespectacled, 71-year-old diplomat said'. (Not at a sentence's start: "The
        // editorial, sources said, ...".)
        if (src && src->begin >= sfirst + 4 && tok[src->begin - 1].Is(kComma) && p.IsClosing(src->begin - 4) &&
            tok[src->begin - 3].Is(kDeterminer) && !tok[src->begin - 3].Is(kPronoun | kNumber) && tok[src->begin - 2].Is(kWord) &&
            !tok[src->begin - 2].Is(kCapitalised | kPronoun | kNumber | kPossessive | kCue | kBoundary | kTime) && !tok[src->begin - 2].lower.ends_with('s') &&
            !IsRelative(tok[src->begin]) && !tok[src->begin].Is(kPronoun)) {
          src->begin -= 3;
        }
        // The day of a participle is the source's ("a Monmouth poll out Monday showed"); the chunk
        // may stop at the participle, a cue word itself ("The report published").
        if (day_of_source && (!src || src->end == l)) {
          size_t b = src ? src->begin : l;
          if (b + 1 >= l) {
            if (auto head = ChunkBefore(tok, l - 1, sfirst); head && head->end == l - 1) b = head->begin;
          }
          if (b + 1 < l) src = Chunk{b, time_end};
        }
        if (relative_that) src = Chunk{l - 1, l};
        // A gerund's preposition is no source; "In" that opens the sentence makes the phrase one
        // whose source is the subject after its comma.
        if (gerund) {
          src.reset();
          // (So does any that opens the sentence: "After explaining to the captain that ..., the
          // men returned to work".)
          opening_gerund = opening_participle || tok[l - 1].lower == "in"sv || l - 1 == p.ProseStart(sfirst, l);
        }
        quantity_source = quantity && quantity->end == l;
        // Sources joined by "and" ("Smith and Jones said", "..., teachers and union officials told
        // POLITICO."): one source, when the first opens the sentence or follows a comma (not an
        // object before them: "He praised the workers and officials said").
        if (src && !quantity && !relative_that && src->end == l && src->begin > sfirst + 1 && tok[src->begin - 1].lower == "and"sv &&
            !tok[src->begin].Is(kTime)) {
          if (auto left = ChunkBefore(tok, src->begin - 1, sfirst);
              left && left->end + 1 == src->begin && !tok[left->begin].Is(kTime | kNumber) && !IsParticiple(tok[left->begin]) &&
              std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(left->begin), tok.begin() + static_cast<std::ptrdiff_t>(left->end),
                           [](const Token& t) { return !t.Is(kCapitalised) && t.lower.ends_with("ed"); }) &&
              (left->begin == sfirst || (tok[left->begin - 1].Is(kComma) && !p.NumberComma(left->begin - 1)) ||
               // (or a connective that opens the sentence: "But Mr. Grassley and Mr. Leahy say";
               // or a subordinator: "as China and Russia support the government")
               (left->begin == sfirst + 1 && IsOpeningConnective(tok[sfirst])) ||
               ((IsSubordinator(tok[left->begin - 1]) || tok[left->begin - 1].lower == "as"sv) && tok[left->begin].Is(kCapitalised) &&
                tok[left->end - 1].Is(kCapitalised)) ||
               // (or a quotation: '"...," Smith and Jones said')
               (p.IsClosing(left->begin - 1) && left->begin >= sfirst + 2 && tok[left->begin - 2].Is(kComma)))) {
            src->begin = left->begin;
            quantity_source = true;  // (plural: "Smith and Jones say")
          }
        }
        // An appositive between source and cue: "Graham, a former candidate, told", "Chris Cox,
        // who runs the NRA's lobbying arm, says".
        // Only where content follows the cue: in "Z, said X." the comma closes the content.
        // (Not for a participle after a frame of the sentence: its source is that frame's, `"...,"
        // said Ed Rendell, a former governor, referring to ...`.)
        // (The comma may be inside a quotation that closes right before the cue: see title_end.)
        if (!src && l > sfirst + 2 && (tok[l - 1].Is(kComma) || (l > sfirst + 3 && p.IsClosing(l - 1) && tok[l - 2].Is(kComma))) &&
            !(IsParticiple(cue) && last_source && last_source_sentence == sfirst)) {
          size_t k = SkipCircumstance(p, i + 1, send);
          // (Only a verb of saying has its source after it: "The poll, conducted by Fox, shows
          // Sanders with 47 percent" has a name for content.)
          bool content_follows = k < send && !tok[k].Is(kFinal) &&
                                 (cue.Is(kObjectFirst) || !cue.Is(kCueSpeech) || !(tok[k].Is(kCapitalised) && !tok[k].Is(kPronoun | kDeterminer)));
          // "X, a former official, said Ms. Brainard conveyed ...": a name with more of a clause
          // after it (not a circumstance, a comma or the end) is the content's subject, not an
          // inverted source.
          if (!content_follows && k < send && !tok[k].Is(kFinal)) {
            size_t e = k;
            while (e < send && e < k + 6 && tok[e].Is(kCapitalised | kAbbreviation) && !tok[e].Is(kPunct)) ++e;
            e = SkipCircumstance(p, e, send);
            // (A quotation may open after the name: 'said Fiorina "was personally involved"'.)
            const size_t w = e < send && e > k && p.IsOpening(e) ? e + 1 : e;
            size_t words = 0;
            // (Or inside one: 'said Nunberg was "looking for free publicity"'.)
            for (size_t c = w; c < send && words < 2 && tok[c].Is(kWord | kQuote); ++c) words += tok[c].Is(kWord) ? 1 : 0;
            content_follows = (words >= 2 || (e > k && tok[e - 1].Is(kPossessive) && words >= 1)) && !tok[e].Is(kTime | kPreposition);
          }
          // The clause the source opens: after the sentence start, a quotation (`"...," the
          // press secretary, Josh Earnest, said`) or a colon, and an opening "But"/"And".
          size_t cs = sfirst, quoted = SIZE_MAX;
          // (A title or short quotation inside an appositive or participle between commas is part
          // of it: 'Hemsley, the co-author of "Going Viral," said', "Manafort, citing ''the unique
          // magic of Trump,'' said"; not one in a circumstance that opens the sentence, 'On "Face
          // the Nation," Sen. Bernie Sanders said'.)
          const auto appositive_quote = [&](size_t close) {
            if (!p.IsClosing(close)) return false;
            const size_t open = p.Open(close);
            // (After a comma, only a title: 'a contestant on his show, "The Apprentice," who'.)
            const auto title = [&] {
              for (size_t c = open + 1; c < close; ++c) {
                if (tok[c].Is(kWord) && !tok[c].Is(kCapitalised) && tok[c].lower.size() > 3) return false;
              }
              return tok[open + 1].Is(kCapitalised);
            };
            if (open <= sfirst || close > open + 12 || !(tok[open - 1].Is(kWord) || (tok[open - 1].Is(kComma) && title()))) return false;
            for (size_t c = open; c-- > sfirst;) {
              if (tok[c].Is(kComma)) return true;
            }
            return false;
          };
          // A title in quotation marks that closes the appositive right before the cue, its comma
          // inside the marks ('Bob Beckel, a co-host of "The Five," said', "Manafort, citing ''the
          // unique magic of Trump,'' said"): the source runs through the closing mark. (Any other
          // quotation there gives no source here.)
          const bool title_end = !tok[l - 1].Is(kComma);
          const bool title_fits = !title_end || appositive_quote(l - 1);
          const size_t src_end = title_end ? l : l - 1;
          for (size_t c = title_end ? l : l - 1; c > sfirst && c + 48 > l; --c) {
            if (appositive_quote(c - 1)) {
              c = p.Open(c - 1) + 1;
              continue;
            }
            if (tok[c - 1].Is(kQuote | kColon) || (tok[c - 1].Is(kFinal) && tok[c].lower != ")"sv && !tok[c].Is(kComma))) {
              cs = c;
              if (tok[c - 1].Is(kQuote) && p.IsClosing(c - 1)) quoted = c - 1;
              break;
            }
          }
          if (cs < l && tok[cs].Is(kComma) && quoted != SIZE_MAX) ++cs;
          cs = std::max(cs, p.ProseStart(sfirst, l));  // not a headline and dateline before it
          if (cs < l && IsOpeningConnective(tok[cs])) ++cs;
          // (A stop inside a parenthesis is an abbreviation's: "(R-Ga.)".)
          // (Nor one before a comma: "Sen. Marco Rubio, R-Fla., said".)
          auto stops = [&](size_t c) {
            return tok[c].Is(kQuote | kColon) || (tok[c].Is(kFinal) && !(c + 1 < l && (tok[c + 1].lower == ")"sv || tok[c + 1].Is(kComma))));
          };
          std::optional<Chunk> near;
          bool nearest = true;
          for (size_t c = title_end ? l - 1 : l - 2; title_fits && (content_follows || quoted != SIZE_MAX) && c > cs && c + 40 > l; --c) {
            if (appositive_quote(c) && p.Open(c) > cs) {
              c = p.Open(c);
              continue;
            }
            if (stops(c)) break;
            if (!tok[c].Is(kComma)) continue;
            auto head = ChunkBefore(tok, c, cs);
            // (Two names joined by "and" open the clause: "Phil Berger and Tim Moore, both
            // Republicans, said".)
            if (head && head->begin > cs + 1 && tok[head->begin - 1].lower == "and"sv && tok[head->begin].Is(kCapitalised)) {
              if (auto left = ChunkBefore(tok, head->begin - 1, cs); left && left->begin == cs && tok[left->end - 1].Is(kCapitalised)) head->begin = cs;
            }
            if (nearest && content_follows) {
              // (Or a description before a name: "The state's campaign chairman, Phil Lovas, said".)
              const bool named_apposition = tok[c + 1].Is(kCapitalised) && !tok[c + 1].Is(kDeterminer | kBoundary | kPronoun) &&
                                            tok[l - 2].Is(kCapitalised) && l - c < 6;
              // (Or a share given as a figure: "Just shy of half, 49%, say", "about two-thirds, 67
              // percent, say".)
              const bool figure_apposition = !title_end && head && FigureBetween(tok, c + 1, l - 1) &&
                                             std::any_of(tok.begin() + static_cast<std::ptrdiff_t>(head->begin),
                                                         tok.begin() + static_cast<std::ptrdiff_t>(head->end), [](const Token& t) {
                                                           return IsQuantity(t) || t.lower.ends_with("thirds"sv) || t.lower.ends_with("quarters"sv);
                                                         });
              // (Not before a clause of the narration, ClauseBetweenCommas, or one joined by "and":
              // "... went over well with Republicans, and the meeting deteriorated from there, said
              // one GOP source".)
              if (head && (tok[head->end - 1].Is(kCapitalised | kPronoun | kAnonymous) || named_apposition || figure_apposition) &&
                  !p.ClauseBetweenCommas(c + 1, l - 1) &&
                  !(IsAndOrBut(tok[c + 1]) &&
                    std::any_of(tok.begin() + static_cast<std::ptrdiff_t>(c + 2), tok.begin() + static_cast<std::ptrdiff_t>(l - 1),
                                [](const Token& w) {
                                  return (w.Is(kBe | kSkip | kCueAuxiliary) && !w.Is(kPronoun | kTime)) ||
                                         (LooksLikePast(w) && !w.Is(kCapitalised));
                                }))) {
                near = Chunk{head->begin, src_end};
              }
            }
            nearest = false;
            // A name or description that opens the clause, then appositives and relative clauses
            // up to the cue: "Paul Porter, a truck driver from Ava, Mo., who is a member of the
            // union, said ...", `"...," the press secretary, Josh Earnest, said`.
            // (Not a clause of its own between: "Alaska Housing Corp, a U.S. agency, has become
            // the first ..., said": a verb group after a comma outside a relative clause.)
            bool clause = false;
            for (size_t m = head ? head->end + 1 : l, seg = head ? head->end : l; m + 1 < l && !clause; ++m) {
              if (tok[m].Is(kComma)) seg = m;
              const bool relative = seg + 1 < l && (tok[seg + 1].lower == "who"sv || tok[seg + 1].lower == "which"sv || tok[seg + 1].lower == "whose"sv);
              clause = !relative && tok[m].Is(kSkip | kBe) && tok[m - 1].Is(kComma);
            }
            // (Or a described person with a relative clause: "The lawmaker, who represents a
            // district in Albay province, said ...".)
            // ("One attendee, who spoke on condition of anonymity, said": a count as the determiner.)
            const bool described = head && ((tok[head->begin].Is(kDeterminer) && !tok[head->begin].Is(kPronoun)) ||
                                            (IsQuantity(tok[head->begin]) && head->end > head->begin + 1)) &&
                                   head->end + 1 < l && tok[head->end].Is(kComma) &&
                                   (tok[head->end + 1].lower == "who"sv || tok[head->end + 1].lower == "whose"sv ||
                                    // (Or an appositive with an article: "The employee, a
                                    // registered Republican who spoke on condition of anonymity,
                                    // said".)
                                    tok[head->end + 1].lower == "a"sv || tok[head->end + 1].lower == "an"sv ||
                                    // (Or members named: "Other major unions, including the AFT, have
                                    // endorsed".)
                                    tok[head->end + 1].lower == "including"sv ||
                                    // (Or a participle's phrase: "The survey, conducted by the
                                    // institute, found that ...".)
                                    (LooksLikePast(tok[head->end + 1]) && !tok[head->end + 1].Is(kCapitalised) && head->end + 2 < l &&
                                     tok[head->end + 2].Is(kPreposition | kTime)));
            // (Or a plural compared: "Democratic economists, like their Republican counterparts,
            // say ...".)
            const bool compared = head && head->end + 1 < l && tok[head->end].Is(kComma) &&
                                  (tok[head->end + 1].lower == "like"sv || tok[head->end + 1].lower == "unlike"sv) &&
                                  PluralSubject(tok, *head);
            // (Nor a clause with a verb group anywhere after the name: "In nearby Decatur, the big
            // plant is hanging on, said the company's chief executive".)
            if (head && head->begin == cs && !clause &&
                (tok[head->end - 1].Is(kCapitalised | kAnonymous) || tok[head->end - 1].lower == ")"sv || tok[l - 2].Is(kCapitalised) || described ||
                 compared) &&
                !p.ClauseBetweenCommas(head->end + 1, l - 1)) {
              near = Chunk{head->begin, src_end};
              break;
            }
          }
          // A stray comma after a name and its party ("Sen. Jack Reed (D-R.I.), said after a
          // lunch that ..."): the name is the source when it opens the clause.
          if (!near && content_follows && l >= cs + 3 && tok[l - 2].lower == ")"sv) {
            if (auto head = ChunkBefore(tok, l - 1, cs); head && head->begin == cs && tok[head->begin].Is(kCapitalised)) near = head;
          }
          // "Z, Patrick F. Kennedy, the undersecretary for management, wrote in a memo.": a name
          // between commas, then its appositive, with only a circumstance after the cue: the name
          // and appositive are the source, the sentence before them the content.
          if (!near && !content_follows && quoted == SIZE_MAX && cue.Is(kCueSpeech) && (k >= send || tok[k].Is(kFinal))) {
            for (size_t c = l - 2; c > sfirst + 2 && c + 16 > l; --c) {
              if (tok[c].Is(kQuote | kColon | kFinal) || tok[c].Is(kBe | kSkip | kCueAuxiliary)) break;
              if (!tok[c].Is(kComma)) continue;
              auto head = ChunkBefore(tok, c, sfirst);
              if (head && head->begin > sfirst + 1 && tok[head->begin - 1].Is(kComma) && head->end - head->begin <= 4 &&
                  tok[head->begin].Is(kCapitalised) && !tok[head->begin].Is(kDeterminer | kBoundary | kPronoun | kTime) &&
                  tok[head->end - 1].Is(kCapitalised) && !p.NumberComma(head->begin - 1)) {
                near = Chunk{head->begin, src_end};
              }
              break;
            }
          }
          if (near) src = near;
        }
      }
      bool inverted_source = false;
      if (src && tok[src->begin].lower == "that"sv && !relative_that) src.reset();
      // A time phrase is no source: "Concepcion, who two days ago expressed doubts".
      if (src && tok[src->end - 1].lower == "ago"sv && IsQuantity(tok[src->begin])) continue;
      // "the candidates' plans", "Clinton's call": a possessive makes the cue a noun.
      // (Not an appositive's last word before the comma: "Paul Begala, a friend of the couple's,
      // said".)
      if (src && tok[src->end - 1].Is(kPossessive) && !(src->end < n && tok[src->end].Is(kComma))) continue;
      // So does a verb or adjective right before "plans": "Trump did not unveil plans to pay",
      // "they made plans to build bunkers", "dialing back plans to cut", "The new plans".
      if (cue.lower == "plans"sv && i > sfirst && !tok[i - 1].Is(kCapitalised | kPronoun) && [&] {
            const std::string& w = tok[i - 1].lower;
            return LooksLikePast(tok[i - 1]) || (w.size() > 4 && w.ends_with("ing")) || w == "made"sv || w == "make"sv || w == "unveil"sv ||
                   w == "announce"sv || w == "new"sv || w == "back"sv;
          }()) {
        continue;
      }
      // "a group called Black Votes Matter", "a move called the boneless", "the founder of a
      // Facebook group called Occupy DNC": a name given, no saying (an indefinite noun before
      // "called", "named" or "dubbed" is no speaker; not a name right before the cue, "a day
      // after Trump called").
      // (But an object pronoun after the cue makes the noun its caller: "A reporter for Agence
      // France-Presse called it \"absolute chaos.\"".)
      if (src && src->end == i && (cue.lower == "called"sv || cue.lower == "named"sv || cue.lower == "dubbed"sv) && i + 1 < send &&
          tok[i + 1].lower != "for"sv && tok[i + 1].lower != "on"sv && tok[i + 1].lower != "it"sv && tok[i + 1].lower != "him"sv &&
          tok[i + 1].lower != "her"sv && tok[i + 1].lower != "them"sv) {
        bool indefinite = tok[src->begin].lower == "a"sv || tok[src->begin].lower == "an"sv;
        for (size_t k = i - 1; !indefinite && k > sfirst && k + 4 > i && !tok[i - 1].Is(kCapitalised | kPronoun) && !tok[k - 1].Is(kPunct); --k) {
          indefinite = tok[k - 1].lower == "a"sv || tok[k - 1].lower == "an"sv;
        }
        if (indefinite) continue;
      }
      // "notes" after a common noun is the plural noun ("deposit notes due 1992", "floating
      // rate treasury notes carrying ..."): a speaker notes ("He notes", "Smith notes", "the
      // report notes", "the email notes that").
      if (src && cue.lower == "notes"sv && src->end == i && !(i + 1 < send && IsThat(tok[i + 1])) &&
          !tok[src->end - 1].Is(kPronoun | kCapitalised | kSourceHead | kAnonymous | kAbbreviation)) {
        continue;
      }
      // A base form takes a pronoun or a plural subject ("they say", "voters want"), never a
      // singular noun ("offered unspecified support").
      // ("38 percent support": after a count, "support" is mostly a noun, the count's share.)
      if (src && cue.lower == "support"sv && (IsQuantity(tok[src->end - 1]) || tok[src->end - 1].lower == "%"sv)) continue;
      // A base form that is also a noun, right after a singular noun, is that noun's compound
      // ("by roll call vote", "a media call set up by", "the reality TV show \"The Apprentice\""):
      // no cue.
      if (src && src->end == i && (cue.Is(kCueNoun) || cue.lower == "support"sv || cue.lower == "show"sv) && IsBaseForm(cue) &&
          tok[i - 1].Is(kWord) && !tok[i - 1].Is(kPronoun | kAnonymous) && !tok[i - 1].lower.ends_with("s") &&
          !tok[i - 1].lower.ends_with("ed") && !IsQuantity(tok[i - 1]) &&
          // ("Young men support": plurals without -s take a base form.)
          tok[i - 1].lower != "men"sv && tok[i - 1].lower != "women"sv && tok[i - 1].lower != "people"sv) {
        const bool common = !tok[i - 1].Is(kCapitalised);
        const bool show_noun = cue.lower == "show"sv && i + 1 < send && (tok[i + 1].Is(kQuote) || (common && LooksLikeVerb(tok[i + 1])));
        if (((cue.Is(kCueNoun) || cue.lower == "support"sv) && common) || show_noun) continue;
      }
      // A long subject that opens the sentence, a plural noun with what modifies it, up to a verb
      // of saying or thinking: "Democrats trying to regain control of the Senate in November say
      // ...", "The state officials whose laws have been invalidated say ...", "Lobbyists in
      // general prefer not to register". (No punctuation inside, and no verb group before the
      // first relative, participle or preposition.)
      const auto long_subject = [&]() -> std::optional<Chunk> {
        // (Not a cue word that is also a noun: "Balances in tax and loan note accounts fell".)
        if (l != i || !cue.Is(kCueSpeech | kCueThought) || cue.Is(kSourceHead | kCueNoun | kTime) || IsParticiple(cue) || p.InsideQuote(i)) {
          return std::nullopt;
        }
        size_t b = p.ProseStart(sfirst, l);
        if (b < l && tok[b].Is(kCapitalised) && (tok[b].lower == "but"sv || tok[b].lower == "and"sv || tok[b].lower == "even"sv)) ++b;
        if (l < b + 3 || l > b + 16) return std::nullopt;
        const Token& opener = tok[b];
        if (!opener.Is(kWord) || opener.Is(kPreposition | kPronoun | kTime | kCue) || (opener.Is(kBoundary) && !opener.Is(kDeterminer)) ||
            IsParticiple(opener)) {
          return std::nullopt;
        }
        // The head: the word before the first relative, participle or preposition.
        size_t h = l;
        for (size_t k = b + 1; k < l; ++k) {
          if (tok[k].Is(kPunct)) return std::nullopt;
          const bool opens = IsRelative(tok[k]) || tok[k].lower == "whose"sv || (IsParticiple(tok[k]) && !tok[k].Is(kCapitalised)) ||
                             (tok[k].Is(kPreposition) && !IsQuantity(tok[k - 1]));
          if (h == l && opens) h = k;
          if (h == l && (tok[k].Is(kBe | kSkip | kCueAuxiliary | kCue) && !tok[k].Is(kTime))) return std::nullopt;
        }
        if (h == l) return std::nullopt;
        if (!PluralSubject(tok, Chunk{b, h})) return std::nullopt;
        return Chunk{b, l};
      };
      if (src && IsBaseForm(cue) && chain == SIZE_MAX && !tok[src->end - 1].Is(kPronoun) && !quantity_source && !PluralSubject(tok, *src)) {
        if (auto subject = long_subject()) {
          src = subject;
        } else {
          if (!auxiliary) continue;
          // (A name's support or criticism takes an object: "Grayson would support later school
          // start times", "Trump did endorse Cruz".)
          base_by_aux = !(cue.Is(kCueOther) && tok[src->end - 1].Is(kCapitalised));
        }
      }
      // `"...," said X` / `..., said X.`: the source after the cue.
      if (!src && l > sfirst && tok[l - 1].Is(kComma | kQuote) && cue.Is(kCueSpeech) && !IsParticiple(cue)) {
        src = ChunkAfter(tok, i + 1, send);
        // A verb group after the phrase makes it the subject of the content, no source: "Yet
        // economists, like their counterparts, say taxing consumption encourages savings", "Mr.
        // Manafort, citing ..., said the candidate could ...".
        if (src && ((src->end < send && !tok[src->end].Is(kPronoun | kTime) &&
                     (tok[src->end].Is(kBe | kSkip | kCueAuxiliary) || (LooksLikeVerb(tok[src->end]) && tok[src->end].lower.ends_with("s")))) ||
                    // (Or a past right after a name, inside the phrase: "Mukasey, the attorney
                    // general, said Clinton erred.")
                    NameThenPast(tok, *src, send) ||
                    (IsParticiple(tok[src->begin]) && !tok[src->begin].Is(kCapitalised)))) {
          src.reset();
        }
        // Sources joined by "and" up to a comma or the sentence's end: "said lobbyist and GOP
        // strategist Charlie Black, ...", "said Smith and Jones."
        // (Only after a verb of saying in the past or "says": not "..., notes 1.39 billion and
        // credits 597.5 mln.", "..., maintain market liquidity and channel ...".)
        if (src && src->end + 1 < send && tok[src->end].lower == "and"sv && !IsBaseForm(cue) && (!cue.lower.ends_with('s') || cue.lower == "says"sv)) {
          if (auto right = ChunkAfter(tok, src->end + 1, send);
              right && right->begin == src->end + 1 && right->end < send && tok[right->end].Is(kComma | kFinal)) {
            src->end = right->end;
          }
        }
        inverted_source = src.has_value();
        if (src) {
          // An appositive to the sentence's end: "said Yuriy Ushakov, a Putin aide."
          size_t e = src->end;
          if (e + 2 < send && tok[e].Is(kComma) && tok[e + 1].Is(kDeterminer) && !tok[e + 1].Is(kPronoun)) {
            size_t k = e + 2;
            while (k < send && k < e + 24 && tok[k].Is(kWord)) ++k;
            if (k + 1 == send && tok[k].Is(kFinal)) src->end = k;
          }
          // So does a relative clause: "said an American official who was briefed on the details
          // and spoke anonymously."
          if (e + 2 < send && (tok[e].lower == "who"sv || tok[e].lower == "whose"sv)) {
            size_t k = e + 1;
            while (k < send && k < e + 30 && tok[k].Is(kWord)) ++k;
            if (k + 1 == send && tok[k].Is(kFinal)) src->end = k;
          }
          // A circumstance after the source (", in an analysis for ..."): a quotation after
          // this one is not simply its continuation.
          if (src->end + 2 < send && tok[src->end].Is(kComma) && tok[src->end + 1].Is(kPreposition)) {
            f.merges_continuation = false;
          }
        }
      }
      const size_t before = src && !inverted_source ? src->begin : l;  // the token after what precedes the frame
      const size_t after = inverted_source ? src->end : i + 1;          // the first token after source and cue
      // A question put to someone ("Do you support Donald Trump?"): no attribution.
      if (src && !inverted_source && src->begin == sfirst + 1 && tok[sfirst].Is(kCueAuxiliary) && tok[src->begin].Is(kPronoun) &&
          tok[send - 1].lower == "?"sv) {
        continue;
      }
      if (src) f.source = p.Bytes(src->begin, src->end);
      // A relative pronoun as the source stands for the phrase before it (and its comma).
      if (src && src->end == src->begin + 1 && (tok[src->begin].lower == "who"sv || tok[src->begin].lower == "that"sv)) {
        const size_t b = src->begin > sfirst && tok[src->begin - 1].Is(kComma) ? src->begin - 1 : src->begin;
        if (auto ante = ChunkBefore(tok, b, sfirst)) f.antecedent = p.Bytes(ante->begin, ante->end);
      }
      if (src && is_joined) f.source->end = cue.span.begin;
      // What precedes: a closing quotation (`"...," he said`) or a comma (`Z, he said.`).
      size_t q = before;
      while (q > sfirst && q > 0 && tok[q - 1].Is(kComma) && q - 1 > 0 && tok[q - 2].Is(kQuote)) --q;
      if (inverted_source && q == before && q > sfirst + 2 && tok[q - 1].Is(kComma)) {
        // `"..." between Rahmon and Putin, said X`: a quotation a few words before the comma.
        for (size_t c = q - 2; c > sfirst && c + 12 > q; --c) {
          if (p.IsClosing(c)) {
            q = c + 1;
            break;
          }
          if (!tok[c].Is(kWord)) break;
        }
      }
      const bool speech = cue.Is(kCueSpeech | kCueThought);
      // "..., other studies have shown.", "..., a Fox poll found.": evidence verbs come after
      // their content too (clause-before only).
      const bool evidence = cue.Is(kCueOther) && (cue.lower.starts_with("show") || cue.lower == "found"sv || cue.lower == "finds"sv);
      // (Not a quotation that closed the sentence before: `..."same rigged system." She adds, "..."`.)
      // But a quotation that trails off ("...people...\" Clinton said.") ends no sentence, and one
      // whose frame ends the sentence after it (`"We will win." Trump said.`) is that frame's.
      const auto trails_off = [&] { return q > 3 && tok[q - 3].lower == "."sv && tok[q - 4].lower == "."sv; };
      const auto ends_after = [&] {
        const size_t k = SkipCircumstance(p, after, send);
        return k < n && tok[k].lower == "."sv && k + 1 == send;
      };
      const bool closed_before = q > 1 && q == before && tok[q - 2].lower == "."sv &&
                                 (q <= sfirst || (tok[before].Is(kPronoun) && tok[before].Is(kCapitalised))) &&
                                 !trails_off() && !ends_after();
      // A relative clause around its source and cue: "The changes, which officials said will go
      // into effect ...", "the plan that he believes would fail": the clause from the relative
      // word on (PolNeAR has two pieces, "which" and the rest) when a verb group follows the cue.
      const bool relative_shape = src && !inverted_source && src->begin > sfirst + 1 && speech && !IsParticiple(cue) &&
                                  !p.InsideQuote(src->begin - 1) && i + 2 < send && tok[i + 1].Is(kCueAuxiliary | kBe | kSkip) &&
                                  !tok[i + 1].Is(kPronoun | kTime) && tok[i + 2].Is(kWord);
      const bool relative = relative_shape && IsRelative(tok[src->begin - 1]);
      // (With no relative word, after the noun it modifies: "a step they believe could help
      // unify the party", "a probe the agency said was ongoing", "something Sanders aides argue
      // is possible": the clause from that noun's phrase on.)
      std::optional<Chunk> antecedent;
      // (The source a subject pronoun or a short phrase that a determiner or a name opens, an
      // auxiliary or "be" after the cue: not "an official who asked not to be named", "the
      // official slaid the USDA replied only that", "those owning its 11.25 dlrs convertible
      // preferred will".)
      const auto short_subject = [&] {
        const Token& s0 = tok[src->begin];
        if (s0.Is(kPronoun)) return src->end == src->begin + 1 && !IsRelative(s0) && !s0.Is(kDeterminer);
        if (!s0.Is(kDeterminer | kCapitalised) || src->end > src->begin + 5) return false;
        for (size_t k = src->begin; k < src->end; ++k) {
          if (tok[k].Is(kNumber)) return false;
        }
        return true;
      };
      if (relative_shape && !relative) {  // (relative_shape: a source after the sentence's first two tokens, two tokens after the cue)
        const Token& before_source = tok[src->begin - 1];
        const std::string& aux = tok[i + 1].lower;
        if ((tok[i + 1].Is(kCueAuxiliary | kBe) || aux == "has"sv || aux == "have"sv || aux == "had"sv) && before_source.Is(kWord) &&
            !before_source.Is(kCapitalised | kPreposition | kDeterminer | kBe | kSkip | kCue | kBoundary | kPronoun | kNumber | kTime) &&
            !VerbWord(before_source) && short_subject()) {
          antecedent = ChunkBefore(tok, src->begin, sfirst);
          if (antecedent && antecedent->end != src->begin) antecedent.reset();
        }
      }
      // A quotation closed before the source (`"...," he said`), and whether it is a title (one
      // test, for the two uses below).
      const bool quoted_before = !relative && !antecedent && src && speech && q > 0 && p.IsClosing(q - 1) && !IsParticiple(cue) && !closed_before;
      const bool title = quoted_before && TitleQuote(p, p.Open(q - 1), q - 1);
      if (relative || antecedent) {
        // (It ends at a comma: ", which officials said will go into effect, will not apply".)
        content_first = antecedent ? antecedent->begin : src->begin - 1;
        content_end = p.PhraseEnd(i + 1, /*second_verb=*/false);
        f.form = "clause-relative";
      } else if (quoted_before && !(!inverted_source && title && ClauseAfterCue(p, after, send))) {
        const size_t open = p.Open(q - 1);
        // A title quoted in the narration with no clause after the cue ('He appeared on "This
        // Week," Sanders said'): no quotation said, and no frame.
        if (open > sfirst && title) continue;
        content_first = open;
        content_end = q;
        f.form = "quote-before";
        // A quotation that a clause of the narration leads into (`Guns are "the ultimate crisis,"
        // he said`, `He was "a respected colleague," it said`): the content is the clause.
        if (const size_t prose = p.ProseStart(sfirst, open); open > prose && tok[open - 1].Is(kWord) && !p.InsideQuote(open - 1)) {
          content_first = prose;
          // (And it runs on to the comma before an inverted source when words follow the
          // quotation: 'Mrs. Clinton would do well to begin "building bridges" to Mr. Sanders,
          // said David Axelrod'.)
          if (inverted_source && q + 1 < before && tok[before - 1].Is(kComma)) content_end = before - 1;
        }
        // A quotation split around its cue: `"A," he said, "B."` is one content, and so is one
        // that "and" or "but" joins (`"I love Larry," he said, but "when it comes to ..."`).
        size_t k = SkipCircumstance(p, after, n);
        // (An adverb may follow the conjunction: 'and still "got to sit in on ..."'.)
        const size_t adverb =
            k + 3 < n && tok[k].Is(kComma) && (tok[k + 2].lower == "still"sv || tok[k + 2].lower == "also"sv || tok[k + 2].lower == "then"sv) ? 1 : 0;
        const bool and_quote = k + 2 + adverb < n && tok[k].Is(kComma) && IsAndOrBut(tok[k + 1]) &&
                               p.IsOpening(k + 2 + adverb);
        if (and_quote) k += 1 + adverb;
        if (k + 1 < n && (tok[k].Is(kComma | kColon) || and_quote) && p.IsOpening(k + 1)) {
          content_end = p.Close(k + 1) + 1;
          f.form = "quote-split";
        }
      } else if (src && (speech || evidence) && before > sfirst && tok[before - 1].Is(kComma) && !IsParticiple(cue)) {
        // "Z, he said." / "Z, a source told Reuters.": the sentence before the comma, when
        // nothing but the cue's object and circumstance follows.
        size_t k = after;
        if (cue.Is(kObjectFirst)) {
          if (auto obj = ChunkAfter(tok, k, send)) k = obj->end;
        }
        k = SkipCircumstance(p, k, send);
        size_t b = p.ProseStart(sfirst, before);
        if (tok[b].Is(kQuote) && p.IsOpening(b) && p.Close(b) >= before) ++b;
        // After the comma, a clause of the reporter's own ("..., X said Friday, as they ...") or
        // a participle (", referencing ...") leaves the content before the source.
        // So does an appositive after an inverted source ("..., noted Daniel Williams, an analyst"),
        // and any words after one that follows a clause of four words or more ("Clinton has a
        // strong ground game, said Mindy Romero, director of ..."; not "The paradox of Nancy, says
        // Carl Anthony, historian at ..., is that", nor "And Trump, said Sunshine, who ...", nor
        // before a verb: "The major drawback to certificates, said Landis, is that", "The cost of
        // certificates, said the GAO source, depends on").
        const bool appositive = inverted_source && k + 1 < send &&
                                (tok[k + 1].Is(kDeterminer) || (tok[k + 1].Is(kWord) && !VerbWord(tok[k + 1]) &&
                                                                 before >= b + 4 && p.VerbSeen(b, before - 1)));
        const bool own_clause = k + 1 < send && tok[k].Is(kComma) &&
                                (appositive || tok[k + 1].lower == "as"sv || tok[k + 1].lower == "after"sv || tok[k + 1].lower == "before"sv ||
                                 IsClauseOpener(tok[k + 1]) ||
                                 // (Not a gerund that is the next clause's subject: "..., he said,
                                 // replacing Clinton would be much more acrimonious".)
                                 // (Nor "including": PolNeAR's contents go on there.)
                                 (IsParticiple(tok[k + 1]) && tok[k + 1].lower != "including"sv && !GerundSubject(tok, k + 1, send)) ||
                                 // A circumstance with no verb group to the sentence's end: "..., he
                                 // said, on condition of anonymity to speak freely."
                                 (OpensCircumstance(tok[k + 1]) && !p.VerbSeen(k + 1, send)));
        // So does a longer circumstance of a verb of saying ("..., she said in a video message to
        // the convention."), when the words before the comma are a clause with no saying of
        // their own (not "After the court refused, ...", "X said ..., he insisted in ...").
        const auto circumstance_to_end = [&] {
          return cue.Is(kCueSpeech) && CircumstanceToEnd(p, k, send) && !tok[b].Is(kPreposition | kBoundary | kTime) && !IsParticiple(tok[b]) &&
                 std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(b), tok.begin() + static_cast<std::ptrdiff_t>(before),
                              [](const Token& t) { return t.Is(kCueSpeech) && !t.Is(kCueNoun); });
        };
        // (So does a dash before an appositive that sums the clause up: "..., the Congressional
        // Budget Office reported on Tuesday -- a development that injects ...".)
        const auto dash_appositive = [&] {
          size_t d = k;
          while (d < send && IsDash(tok[d])) ++d;
          return d > k && d + 1 < send && (tok[d].lower == "a"sv || tok[d].lower == "an"sv);
        };
        // A subordinate clause after the inverted frame goes on with the content, when no cue of
        // its own follows: "He's leaning toward Kasich, he said, because he prizes electability",
        // "One offered to shelter them, Bob said, while others didn't want to help" (PolNeAR's two
        // pieces, one span here); not "..., KING-TV reported, while in Chicago ..., the Sun-Times
        // reported".
        const bool subordinate_after =
            speech && k + 2 < send && tok[k].Is(kComma) && b + 1 < before && !p.InsideQuote(b) &&
            (tok[k + 1].lower == "because"sv || tok[k + 1].lower == "while"sv || tok[k + 1].lower == "when"sv ||
             tok[k + 1].lower == "though"sv || tok[k + 1].lower == "although"sv) &&
            std::none_of(tok.begin() + static_cast<std::ptrdiff_t>(k + 2), tok.begin() + static_cast<std::ptrdiff_t>(send),
                         [](const Token& w) { return w.Is(kCue) && !w.Is(kCapitalised); });
        if (subordinate_after) {
          content_first = b;
          content_end = p.Trimmed(k + 1, send);
          f.form = "clause-around";
        } else if ((k >= send || tok[k].Is(kFinal) ||
                    // (A semicolon ends the sentence's first clause: "..., analysts say; in 2012, ...".)
                    (tok[k].lower == ";"sv && k + 1 < send) || own_clause || circumstance_to_end() || dash_appositive()) &&
                   b + 1 < before) {
          content_first = b;
          content_end = before - 1;
          f.form = "clause-before";
        } else if (speech && k + 2 < send && tok[k].Is(kComma) && !p.IsOpening(k + 1) && b < before - 1 &&
                   !tok[k + 1].Is(kPunct) && !p.InsideQuote(b)) {
          // "Acts of protest, Mr. Obama said, are acts of patriotism.": the sentence around the
          // source and cue is the content (PolNeAR's two pieces, one span here).
          // ", which, Tompkins said, is ...": the relative clause alone.
          if (before >= b + 2 && (tok[before - 2].lower == "which"sv || tok[before - 2].lower == "who"sv)) b = before - 2;
          content_first = b;
          content_end = p.ClauseEnd(k + 1);
          f.form = "clause-around";
        }
      }
      bool and_verb = false;  // a verb after "and" that takes the sentence's subject
      if (!content_first && !inverted_source) {
        // The content after the cue.
        if (!src) {
          // A participle after a comma takes the sentence's subject: "..., adding that".
          // So does a verb after "and" that follows a frame: "said ... and warned that".
          const bool coordinated = l > sfirst && IsAndOrBut(tok[l - 1]) &&
                                   last_source && last_source_sentence == sfirst && !IsParticiple(cue);
          // A second verb of the sentence's subject: "Mr. Trump was forced into damage control
          // and said that ...", "Mrs. Clinton shook her head and said, ..." (a subject found below).
          and_verb = !coordinated && l > sfirst + 1 && IsAndOrBut(tok[l - 1]) &&
                                cue.Is(kCueSpeech | kCueThought | kCueOther) && !IsParticiple(cue) && (auxiliary || !IsBaseForm(cue)) &&
                                !p.InsideQuote(l - 1) && i + 1 < send &&
                                // (Not "debentures and notes, ...", but 'smiled and said, "..."'; a noun
                                // before a quotation is no verb: 'stocks and notes, "cheap" ones'.)
                                (!tok[i + 1].Is(kComma | kFinal) ||
                                 (tok[i + 1].Is(kComma) && i + 2 < n && p.IsOpening(i + 2) && !cue.Is(kSourceHead | kCueNoun)));
          // (The comma may close a quotation, `a defense of "New York values," saying ...`, or be
          // a dash: "dismissed the accusations - saying ...".)
          // (Or a preposition, the participle a gerund: "responded by saying ...", "before
          // insisting he had ...", "was criticized for saying ...".)
          const bool participle = opening_participle || (IsParticiple(cue) && l > sfirst &&
                                  (tok[l - 1].Is(kComma) || IsDash(tok[l - 1]) || (l >= sfirst + 2 && p.IsClosing(l - 1) && tok[l - 2].Is(kComma)) ||
                                   GerundPreposition(p, sfirst, l) ||
                                   // (Or "and" after a frame of the sentence: "calling them rapists and
                                   // vowing to ...".)
                                   // (Right after it: "and is now seeking customers" is a verb group.)
                                   (l == i && (tok[l - 1].lower == "and"sv || tok[l - 1].lower == "or"sv) &&
                                    ((last_source && last_source_sentence == sfirst) || AfterCommaParticiple(p, sfirst, l - 1)))));
          // A verb of saying after a subject that the walk could not close, a phrase that opens
          // the sentence and a parenthesis up to the comma before the cue ("Yet some voters who
          // have listened ..., on television or at ... events, said he ...", "Trump, later
          // alleging - again falsely - that ..., said he would ..."): that phrase is the source,
          // when a clause follows the cue.
          std::optional<Chunk> opening;
          if (!coordinated && !and_verb && !participle && cue.Is(kCueSpeech) && !IsParticiple(cue) && !IsBaseForm(cue) &&
              !cue.Is(kCapitalised) && l == i && l > sfirst + 3 && tok[l - 1].Is(kComma) && !p.InsideQuote(l - 1)) {
            opening = OpeningSubject(p, sfirst, l, send);
          }
          if (!coordinated && !and_verb && !participle && !opening) continue;
          if (opening) {
            f.source = p.Bytes(opening->begin, opening->end);
          } else if (last_source && last_source_sentence == p.SentenceFirst(i)) {
            f.source = last_source;
          } else {
            size_t b = p.ProseStart(sfirst, i);  // (not a headline and dateline)
            if (tok[b].Is(kQuote)) ++b;
            // (A connective that opens the sentence is no subject: "But the court overruled and
            // said ...".)
            if (b + 1 < i && IsOpeningConnective(tok[b]) && !tok[b + 1].Is(kComma)) ++b;
            // An opening phrase ("Speaking in Salem, Trump ..."; "Though she ..., Clinton ...") is
            // not the subject: it ends at its comma.
            // (So does a connective: "However, Arango, like ..., was more explicit and said ...".)
            // (And an adverb before a subordinator or preposition: "Even as he won in South
            // Carolina, Mr. Trump ...", "Shortly after the vote, ...".)
            const auto adverb_opening = [&] {
              return b + 1 < i && tok[b + 1].Is(kPreposition | kBoundary) && !tok[b + 1].Is(kPronoun | kDeterminer) &&
                     (IsSkippable(tok[b]) || tok[b].lower == "even"sv || tok[b].lower == "just"sv || tok[b].lower == "only"sv ||
                      tok[b].lower == "soon"sv || tok[b].lower == "long"sv || tok[b].lower == "right"sv);
            };
            if (b < i && (tok[b].Is(kPreposition | kBoundary) || IsParticiple(tok[b]) || tok[b].Is(kTime) || adverb_opening() ||
                          ((EndsClause(tok[b]) || IsSkippable(tok[b]) || tok[b].lower == "meanwhile"sv) && b + 1 < i && tok[b + 1].Is(kComma)))) {
              size_t c = b;
              while (c < i && !tok[c].Is(kComma)) ++c;
              b = c + 1 < i ? c + 1 : i;
            }
            if (b < i && tok[b].Is(kPronoun)) {
              f.source = tok[b].span;
            } else if (b < i && tok[b].Is(kCapitalised) && !tok[b].Is(kTime | kDeterminer | kBoundary | kPreposition)) {
              size_t e = b;
              while (e < i && tok[e].Is(kCapitalised | kAbbreviation) && !tok[e].Is(kPunct)) ++e;
              // After the name, a party and state and a day ("Sen. Chuck Grassley (R-Iowa) on
              // Wednesday downplayed ... and said") are no other subject.
              size_t after_name = e;
              if (after_name + 1 < i && tok[after_name].lower == "("sv) {
                size_t c = after_name + 1;
                while (c < i && c < after_name + 6 && tok[c].lower != ")"sv) ++c;
                if (c < i && tok[c].lower == ")"sv) after_name = c + 1;
              }
              if (after_name + 1 < i && tok[after_name].Is(kPreposition) && tok[after_name + 1].Is(kTime)) after_name += 2;
              // (Not an opening participle or adverb, "Asked ...", "Initially", nor a possessive.)
              // (Nor a verb that opens a list item: "Preys on our worst fears ... and calls people".)
              if (!and_verb || !(tok[b].Is(kCue) || IsSkippable(tok[b]) || tok[b].lower.ends_with("ed") || tok[e - 1].Is(kPossessive) ||
                                 (after_name < i && tok[after_name].Is(kPreposition | kDeterminer)))) {
                f.source = p.Bytes(b, e);
              }
            } else if (and_verb && b < i && tok[b].Is(kDeterminer) && !IsThat(tok[b])) {
              // "The agency declined and said ...": a short phrase, no time ("A month later").
              auto subject = ChunkAfter(tok, b, l - 1);
              // A determiner right after the phrase opens its verb's object: the phrase's last word
              // is that verb ("The company gave no details but said": "The company"; "The American
              // Bar Association completed its review and deemed": "The American Bar Association").
              size_t subject_end = subject ? subject->end : 0;
              if (subject && subject_end < l && tok[subject_end].Is(kDeterminer) && !tok[subject_end].Is(kPronoun) &&
                  subject_end >= subject->begin + 3) {
                --subject_end;
              }
              // (Or a past verb in the phrase ends it: "The senator survived prison and said".)
              for (size_t k = subject ? subject->begin + 2 : 0; subject && k < subject_end; ++k) {
                if (LooksLikePast(tok[k]) && !tok[k].Is(kCapitalised)) {
                  subject_end = k;
                  break;
                }
              }
              bool plain = subject && subject_end - subject->begin <= 4;
              for (size_t k = subject ? subject->begin : 0; plain && k < subject_end; ++k) {
                plain = !tok[k].Is(kTime | kPossessive) && !tok[k].lower.ends_with("ed");
              }
              if (plain) f.source = p.Bytes(subject->begin, subject_end);
            }
            if (and_verb && !f.source) continue;
          }
        }
        size_t j = clear_end ? clear_end : i + 1;
        size_t object_first = SIZE_MAX, object_end = SIZE_MAX;  // an object after the cue
        if (cue.Is(kObjectFirst)) {
          // (A subject pronoun opens the content's clause, no object: "candidates promise they will
          // stand by Israel", "warned he would veto it".)
          const auto subject_case = [&](const Token& t) {
            return t.lower == "he"sv || t.lower == "she"sv || t.lower == "they"sv || t.lower == "we"sv || t.lower == "i"sv;
          };
          if (auto obj = ChunkAfter(tok, j, send); obj && !(obj->end == obj->begin + 1 && subject_case(tok[obj->begin]))) {
            object_first = obj->begin;
            object_end = j = obj->end;
          }
        }
        // A parenthesis between commas right after the cue ("understood, for the first time, the
        // psychology of crookedness", "now says, however, that ...", "recapitulated, with
        // contempt, the moderators' zingers"): the content starts after it. Words only, no verb
        // of saying or verb group inside, and a clause or phrase opens after it.
        // (The parenthesis opens as a circumstance or connective does: a preposition, an adverb,
        // "however", a subordinator; not an appositive, "told Rostenkowski, an Illinois Democrat,
        // he backed", nor an inverted frame, ", the company said".)
        const auto opens_parenthesis = [&](const Token& o) {
          return (o.Is(kPreposition) && !o.Is(kCapitalised)) || IsSkippable(o) || IsSubordinator(o) || o.lower == "however"sv ||
                 o.lower == "though"sv || o.lower == "again"sv || o.lower == "according"sv || o.lower == "referring"sv;
        };
        if (j + 3 < send && tok[j].Is(kComma) && !p.InsideQuote(j) && opens_parenthesis(tok[j + 1])) {
          size_t m = j + 1;
          while (m < send && m < j + 12 && tok[m].Is(kWord) && !tok[m].Is(kCueSpeech | kBe | kCueAuxiliary)) ++m;
          if (m > j + 1 && m + 1 < send && tok[m].Is(kComma) && !p.NumberComma(m)) {
            const Token& a = tok[m + 1];
            if (IsThat(a) || IsWh(a) || p.IsOpening(m + 1) || (a.Is(kDeterminer | kPronoun) && !IsRelative(a) && !a.Is(kCapitalised))) j = m + 1;
          }
        }
        // A that-clause a few words on ("said in a statement Monday that").
        size_t window = j + 8;
        size_t passed = 0;  // the tokens of a relative clause passed over
        for (size_t k = j; k < send && k < window; ++k) {
          const Token& t = tok[k];
          // (A particle's object is the content, not a relative "that" after it: "called for
          // changing any of the provisions that benefit him".)
          // (Not "argued for the second debate that ...", a circumstance; nor "talking about what".)
          if (k == j && t.lower == "for"sv && IsForCue(cue, t) && !cue.lower.starts_with("argu"sv) && k + 1 < send && !IsWh(tok[k + 1]) &&
              !IsThat(tok[k + 1])) {
            break;
          }
          // (Each preposition lets a chain of circumstances go on four more words, up to 16: "said
          // in one of a series of Twitter messages that".)
          if (k > j && t.Is(kPreposition) && !t.Is(kBoundary) && window < j + 16) window = std::min(j + 16, window + 4);
          // (A relative clause between commas after a circumstance is passed over: "said on CNN,
          // where he is now a paid contributor, that".)
          if (k > j && t.Is(kComma) && k + 2 < send && (tok[k + 1].lower == "where"sv || tok[k + 1].lower == "who"sv)) {
            size_t c = k + 2;
            while (c < send && c < k + 16 && !tok[c].Is(kPunct)) ++c;
            if (c + 1 < send && c < k + 16 && tok[c].Is(kComma) && IsThat(tok[c + 1])) {
              window = c + 2;
              passed += c + 1 - k;
              k = c;
              continue;
            }
          }
          // (A quotation may open the clause: 'said that "there were issues".')
          // (A "that" after other words opens a clause only before a subject: "defended his plan
          // that matches his rhetoric" is a relative clause.)
          // (A cue word there is a plural noun before a preposition or verb group: "asked whether
          // questions about his health were fair game", "said that reports of ... were false".)
          auto noun_after = [&] {
            return k + 2 < send && tok[k + 1].Is(kCue) && tok[k + 1].lower.ends_with('s') &&
                   tok[k + 2].Is(kPreposition | kBe | kSkip | kCueAuxiliary) && !tok[k + 2].Is(kPronoun);
          };
          // (Past eight words, only a verb of saying's "that" before a subject, after a circumstance
          // with no verb or comma of its own: "said in an interview with The Associated Press last
          // week that she ...".)
          const bool far = k >= j + 8 + passed;
          if (far && !(IsThat(t) && cue.Is(kCueSpeech) &&
                       (tok[j].Is(kPreposition) || tok[j].lower == "ahead"sv || (tok[j].Is(kTime) && j + 1 < k && tok[j + 1].Is(kPreposition))) && k + 1 < send &&
                       tok[k + 1].Is(kDeterminer | kPronoun | kCapitalised | kNumber) &&
                       !tok[k + 1].Is(kBe | kSkip | kCueAuxiliary | kBoundary) && !IsRelative(tok[k + 1]) && !p.HasVerbGroup(j, k) && [&] {
                         // (A cue word after a determiner is a noun: "in an interview with".)
                         // (The circumstance may close with a comma right before "that": "said
                         // Thursday during a taping of a town hall meeting in Buffalo, that ...".)
                         for (size_t w = j; w < k; ++w) {
                           // (And a place's comma: "in Buffalo, New York, that".)
                           const bool place = w > j && w + 1 < k && tok[w - 1].Is(kCapitalised) && tok[w + 1].Is(kCapitalised) &&
                                              !tok[w + 1].Is(kDeterminer | kPronoun | kBoundary);
                           if ((tok[w].Is(kComma) && w + 1 != k && !place) || (tok[w].Is(kCue) && !(w > j && tok[w - 1].Is(kDeterminer)))) return false;
                         }
                         return true;
                       }())) {
            if (t.Is(kFinal | kQuote | kColon | kCue | kBe | kPronoun) || t.lower == "to"sv || t.lower == ";"sv) break;
            continue;
          }
          // (A verb of talking or voting takes no "that" past a comma: "they voted for Sanders in
          // Virginia, but that group ...".)
          if (t.Is(kComma) && ParticleOnly(cue.lower) && !cue.lower.starts_with("point") && !cue.lower.starts_with("referr")) break;
          // (Nor before an auxiliary past an object: "found virtually nothing about Clinton's
          // actions that had not been reported", "opposed alternatives that would have allowed",
          // relative clauses of the object.)
          const bool relative_aux = k > j && IsThat(t) && k + 1 < send && tok[k + 1].Is(kSkip | kCueAuxiliary) && !tok[k + 1].Is(kPronoun | kTime) &&
                                    tok[k - 1].Is(kWord) && !tok[k - 1].Is(kTime | kPreposition);
          // (A circumstance between commas may open the clause: "told ABC News that, in
          // retrospect, it was a mistake", "that, if elected, he would".)
          if ((IsThat(t) || IsWh(t)) && k + 1 < send &&
              (!tok[k + 1].Is(kPunct | kBe | kCue) || p.IsOpening(k + 1) || noun_after() || ThatCommaCircumstance(tok, k, send)) &&
              !relative_aux &&
              (k == j || !IsThat(t) || p.IsOpening(k + 1) || !LooksLikeVerb(tok[k + 1]) ||
               // (A plural noun before a verb group is a subject: "said ... that trials were".)
               // (Or before a parenthesis: "said in an interview that trials, with expert
               // witnesses, were".)
               (k + 2 < send && tok[k + 1].lower.ends_with('s') && (tok[k + 2].Is(kBe) || tok[k + 2].Is(kComma)) && !tok[k + 2].Is(kPronoun | kTime)))) {
            content_first = k;
            f.form = "that-clause";
            break;
          }
          // (A participle in -ed or -en after a determiner is an adjective: "said in a written
          // statement that"; not "dismissed a report circulating ... that".)
          const bool adjective = (t.Is(kCue) && (t.lower.ends_with("ed") || t.lower.ends_with("en")) && k > j &&
                                  tok[k - 1].Is(kDeterminer) && !tok[k - 1].Is(kPronoun) &&
                                  k + 1 < send && tok[k + 1].Is(kWord) && !tok[k + 1].Is(kBoundary | kPreposition | kCue | kBe | kSkip)) ||
                                 // (Nor is a word of the occasion after a modifier, a noun: "said in
                                 // the annual report issued today that".)
                                 (t.Is(kCue) && t.Is(kTime) && k > j && tok[k - 1].Is(kWord) && !tok[k - 1].Is(kPronoun | kPreposition | kDeterminer));
          // (An addressee right after a verb of saying is a circumstance: "explained to reporters
          // that", "said to the officers that"; not an infinitive, "said to be".)
          // (Only right after the cue, and not after a verb that takes "to" and a thing, "responding
          // to charges that", "adding to concerns that", "admitted to reports that".)
          const auto to_thing = [&] {
            static constexpr std::string_view kStems[] = {"respond", "repl", "react", "add", "admit", "agree", "testif", "confess", "object"};
            for (std::string_view st : kStems) {
              if (cue.lower.starts_with(st)) return true;
            }
            return false;
          };
          const bool addressee = k == j && k == i + 1 && t.lower == "to"sv && cue.Is(kCueSpeech) && k + 1 < send && !IsThat(tok[k + 1]) && !to_thing() &&
                                 (tok[k + 1].Is(kDeterminer | kCapitalised | kAnonymous) ||
                                  // (a plural, not "to pass", "to guess")
                                  (tok[k + 1].Is(kWord) && tok[k + 1].lower.ends_with('s') && !tok[k + 1].lower.ends_with("ss") &&
                                   !tok[k + 1].Is(kCue | kBe | kSkip))) &&
                                 !tok[k + 1].Is(kPronoun | kNumber);
          if (((t.Is(kFinal | kQuote | kColon | kCue | kBe | kPronoun) && !adjective) || t.lower == "to"sv || t.lower == ";"sv) && !addressee) break;
          // ("some said this might occur if ...": an auxiliary makes the words before it a clause
          // of their own, the content.)
          // (An adverb of time right after the cue does not: "said earlier on Friday during a news
          // conference that"; but "contradicting Tulsa police's earlier claim that" is no
          // that-clause of the cue's, and "reveals just how" opens it at "just".)
          // (Nor does a time word inside a circumstance, right after the cue or after a name, a
          // number or another time word, before anything but a cue noun: "told Reuters last week
          // that"; nor a skip word after an article after a preposition, an adjective there: "said
          // in a long interview that". Not "citing trade talk earlier this year that" or "repeated
          // an earlier projection that", whose "that" is the noun's.)
          if (t.Is(kSkip | kCueAuxiliary)) {
            const bool time_word = t.Is(kTime) && k + 1 < send && !tok[k + 1].Is(kCue | kCueNoun) &&
                                   (k == j || tok[k - 1].Is(kCapitalised | kNumber | kTime));
            const bool adjective_skip = k >= j + 2 && tok[k - 2].Is(kPreposition) &&
                                        (tok[k - 1].lower == "a"sv || tok[k - 1].lower == "an"sv || tok[k - 1].lower == "the"sv);
            // (Nor does an adverb between commas: "said, twice, that".)
            const bool parenthetical = k > j && tok[k - 1].Is(kComma) && k + 1 < send && tok[k + 1].Is(kComma) && !t.Is(kCueAuxiliary);
            if (!time_word && !adjective_skip && !parenthetical && t.lower != "also"sv && !(k == j && IsTimeAdverb(t))) break;
          }
        }
        if (!content_first) {
          // "pointed out", "lashed out at"
          if (j < send && tok[j].lower == "out" && (cue.lower.starts_with("point") || cue.lower.starts_with("lash"))) ++j;
          // An adverb before a particle: "called again for President Obama to resign".
          if (j + 1 < send && (tok[j].lower == "again"sv || tok[j].lower == "repeatedly"sv || tok[j].lower == "publicly"sv) && IsForCue(cue, tok[j + 1])) ++j;
          // A verb of talking reaches its "about" or "of" past an adverb or whom it talked to
          // (TalkParticle).
          if (j < send && (cue.lower.starts_with("talk"sv) || cue.lower.starts_with("spok"sv) || cue.lower.starts_with("speak"sv)) &&
              !IsForCue(cue, tok[j])) {
            j = TalkParticle(p, cue, j, send);
          }
          // (A particle "at" is no circumstance's: "lashed out at Khan".)
          if (!(j < send && tok[j].lower == "at"sv && IsForCue(cue, tok[j]))) j = SkipCircumstance(p, j, send);
          bool punct = false;
          if (j < send && tok[j].Is(kComma | kColon)) {
            ++j;
            punct = true;
          }
          if (j < n && p.IsOpening(j)) {
            content_first = j;
            content_end = p.Close(j) + 1;
            f.form = "quote-after";
            // A quoted phrase that the clause goes on from ('called it "fraud" over delegate
            // selection', 'said "of course" Clinton has the qualifications'): the whole clause.
            // (Not after a quotation that its own comma or stop closes, a whole saying or a title
            // set off: 'denounce "self-deportation," which is like ...', 'yelled "You lie!" at
            // President Obama', 'titled "The Day of the Donald," which takes place ...'; unless a
            // second quotation follows, 'said "A," and "B."', or an inverted frame, 'added "A,"
            // he said', which a content of its own would take for a quotation before it.)
            const size_t c = *content_end;
            const bool closed_by_stop = tok[c - 2].Is(kComma | kFinal) &&
                                        !((c + 1 < send && p.IsOpening(c + 1)) || (c + 2 < send && p.IsOpening(c + 2))) &&
                                        !p.InvertedFrameAt(c, c + 4, send);
            if (!punct && !closed_by_stop && c < send && tok[c].Is(kWord) && !tok[c].Is(kCue)) {
              content_end = std::max(c, p.ClauseEnd(c));
            }
          } else if (const size_t rel = chain == SIZE_MAX ? ObjectRelative(p, src, sfirst, cue, j, send) : SIZE_MAX; rel != SIZE_MAX) {
            // "a claim that Gowdy's office strongly disputes", "which he once supported": the
            // relative word stands for what the verb takes (PolNeAR's content is the word).
            content_first = rel;
            content_end = rel + 1;
            f.form = "object-relative";
          } else if (!punct && j < send && tok[j].lower == "so"sv && cue.Is(kCueSpeech | kCueThought) &&
                     (j + 1 >= send || tok[j + 1].Is(kPunct | kTime | kPreposition) || IsSkippable(tok[j + 1]) || tok[j + 1].lower == "too"sv)) {
            // "after 55 percent said so in December", "Ted Cruz apparently thinks so, too": "so"
            // stands for what was said (PolNeAR's content); not "so many".
            content_first = j;
            content_end = j + 1;
            f.form = "object";
          } else if (punct || j >= send) {
            continue;
          } else if ((tok[j].lower == "to" || (tok[j].lower == "not"sv && j + 2 < send && tok[j + 1].lower == "to"sv && tok[j + 2].Is(kWord) &&
                                                 !tok[j + 2].Is(kDeterminer | kNumber | kPossessive | kCapitalised) &&
                                                 // (Not the wire's anonymity: "who asked not to be identified".)
                                                 !(tok[j + 2].lower == "be"sv && j + 3 < send &&
                                                   (tok[j + 3].lower == "named"sv || tok[j + 3].lower == "identified"sv || tok[j + 3].lower == "quoted"sv)))) &&
                     cue.Is(kObjectFirst | kCueOther | kCueThought | kCueInfinitive) && !IsForCue(cue, tok[j]) &&
                     // (Nor "spoke to reporters", "talked to officials": a verb of talking's "to" is whom to.)
                     !(ParticleOnly(cue.lower) && !cue.lower.starts_with("vot")) &&
                     // (Not a preposition: "agreed to a moratorium", "pointed to 2008", "declined to
                     // $281 million", "refers to as", "called to mind".)
                     !(j + 1 < send && ((!tok[j + 1].Is(kWord) && !p.IsOpening(j + 1)) || tok[j + 1].Is(kDeterminer | kNumber | kPossessive | kCapitalised) ||
                                        tok[j + 1].lower == "as"sv || tok[j + 1].lower == "mind"sv))) {
            // "urged Congress to pass the bill": PolNeAR's content is the object and its
            // infinitive ("Congress to pass the bill").
            content_first = object_first != SIZE_MAX && j == object_end ? object_first : j;
            f.form = "infinitive";
            content_end = p.PhraseEnd(j);
          } else if (tok[j].lower == "as"sv && j + 1 < send && !tok[j + 1].Is(kFinal | kComma) && src && src->begin > sfirst &&
                     (IsRelative(tok[src->begin - 1]) || tok[src->begin - 1].lower == "whom"sv) && IsNaming(cue)) {
            // "which he described as \"like an open orchid\"", "whom he described as \"volatile\"":
            // the relative word's noun was named so (PolNeAR's content is the relative word and
            // the "as" phrase; the phrase here).
            content_first = j;
            // (A quotation after "as" is the whole of it: 'as "peaceful," for the length of the route'.)
            content_end = p.IsOpening(j + 1) ? p.Close(j + 1) + 1 : p.PhraseEnd(j);
            f.form = "object";
          } else if (const size_t pj = (speech && j + 1 < send && IsSkippable(tok[j]) && ThoughtParticle(cue, tok[j + 1])) ? j + 1 : j;  // "agreed completely with"
                     speech && pj + 2 < send && ThoughtParticle(cue, tok[pj]) && (tok[pj + 1].Is(kWord) || p.IsOpening(pj + 1)) &&
                     !tok[pj + 1].Is(kBe | kCueAuxiliary) && !(IsParticiple(cue) && i > sfirst && tok[i - 1].Is(kDeterminer | kPossessive))) {
            j = pj;
            // "agreed with Mr. Trump on the issue", "We believe in freedom of religion", "worried
            // about a lack of passion", "hinted at Donald Trump": what the particle takes
            // (ThoughtParticle).
            content_first = j + 1;
            content_end = p.PhraseEnd(j + 1);
            f.form = "object";
            // (An agreement to act is a deal, no opinion: "Venezuela agreed with its 13-bank
            // advisory committee to lower the interest margin", "agreed with Boesky to park
            // stock".)
            if (tok[j].lower == "with"sv) {
              bool deal = false;
              for (size_t k = j + 1; k + 1 < *content_end && !deal; ++k) {
                const size_t v = p.IsOpening(k + 1) ? k + 2 : k + 1;  // ('to "park" stock')
                deal = tok[k].lower == "to"sv && v < send && tok[v].Is(kWord) && IsBaseForm(tok[v]) && !tok[v].Is(kDeterminer | kCapitalised | kNumber);
              }
              // (Nor a participle after a determined noun: "a package agreed with the IMF".)
              // (A singular one: "his rallies agreed with" is the subject and its verb.)
              const bool reduced = i >= sfirst + 2 && tok[i - 1].Is(kWord) && !tok[i - 1].Is(kPronoun | kCapitalised | kSkip | kAnonymous) &&
                                   !tok[i - 1].lower.ends_with('s') && tok[i - 2].Is(kDeterminer);
              if (deal || reduced) continue;
            }
          } else if (speech && j + 1 < send && tok[j + 1].Is(kWord) && !ApproximateQuantity(tok, j, send) &&
                     // (A participle after a modifier is a noun: "its bluntest warning about".)
                     !(IsParticiple(cue) && i > sfirst && !tok[i - 1].Is(kComma | kPronoun)) &&
                     (tok[j].lower == "about"sv || (tok[j].lower == "for"sv && cue.lower.starts_with("ask")) ||
                      // ("commented on Crutcher's death": what was commented on.)
                      (tok[j].lower == "on"sv && cue.lower.starts_with("comment"))) &&
                     !(cue.lower.starts_with("talk") || cue.lower.starts_with("said") || cue.lower.starts_with("say"))) {
            // "asked Sanders about the deportations", "wrote to Mrs. Clinton about a visit",
            // "asked the Supreme Court for quick action": what was asked or written about.
            // (Not a reduced relative: "Lawmakers asked about the budget were silent".)
            const size_t e = p.PhraseEnd(j);
            bool verb_after = false;
            for (size_t k = j + 1; k < e && !verb_after; ++k) verb_after = tok[k].Is(kBe | kCueAuxiliary) && !p.InsideQuote(k);
            if (verb_after) continue;
            content_first = j;
            content_end = e;
            f.form = "object";
          } else if (speech && !tok[j].Is(kPunct | kBe) && (!tok[j].Is(kCue) || CueNounPhrase(tok, j, send)) &&
                     // ("this" as the object: "I write this because ...", "understood this, and".)
                     !(tok[j].lower == "this"sv && j + 1 < send &&
                       (tok[j + 1].Is(kPunct | kPreposition) || (tok[j + 1].Is(kBoundary) && !tok[j + 1].Is(kBe | kSkip)))) &&
                     // (A preposition opens no clause, but an approximate quantity does: "said about
                     // half of the adjustment reflected ...", "said nearly 40 pct of ...".)
                     // (Only after "say": "had questioned about 3,000 employees" is no saying.)
                     (!tok[j].Is(kPreposition) ||
                      ((cue.lower == "said"sv || cue.lower == "says"sv || cue.lower == "say"sv) && ApproximateQuantity(tok, j, send))) &&
                     (tok[j].Is(kPronoun | kDeterminer | kCapitalised | kNumber) || !tok[j].Is(kBoundary) ||
                      tok[j].lower == "there"sv) &&
                     // A verb that mostly takes an object ("maintained a lead", "pledged allegiance")
                     // takes a bare clause only when a pronoun or "there" opens it.
                     // So does a verb after "and" ("recounted his wife's ...", "said little").
                     (!(cue.Is(kCueWeakClause) || and_verb) ||
                      (tok[j].Is(kPronoun) && !tok[j].Is(kDeterminer) && tok[j].lower != "which"sv && tok[j].lower != "who"sv) ||
                      tok[j].lower == "there"sv ||
                      // ("... and said his former secretary of State would finish the job": after
                      // "said", a clause with a verb group of its own.)
                      (and_verb && !cue.Is(kCueWeakClause) && (cue.lower == "said"sv || cue.lower == "says"sv) &&
                       p.HasVerbGroup(j + 1, p.ClauseEnd(j))))) {
            content_first = j;
            f.form = "bare-clause";
            bare_clause = true;
          } else if (cue.Is(kCueOther) && tok[j].Is(kWord) && !tok[j].Is(kBe) &&
                     (!tok[j].Is(kCue) || CueNounPhrase(tok, j, send)) &&
                     tok[j].lower != "by"sv &&
                     tok[j].lower != "as"sv &&
                     (!tok[j].Is(kPreposition | kBoundary) ||
                      // (Or a sum: "calls for $1 trillion in new spending".)
                      (IsForCue(cue, tok[j]) && j + 1 < send &&
                       (tok[j + 1].Is(kWord) || p.IsOpening(j + 1) || (tok[j + 1].lower == "$"sv && j + 2 < send && tok[j + 2].Is(kNumber)))) ||
                      (tok[j].lower == "on" && cue.lower.starts_with("call")))) {
            // "talked about X", "referring to X", "pointed to X" / "pointed out X" only with their
            // particle ("talked politics", "pointed a gun").
            const std::string& c = cue.lower;
            const bool finding = c.starts_with("find") || c == "found"sv;
            // A person as the object: a name or "him", "her", "them".
            const bool object_pronoun = tok[j].lower == "him"sv || tok[j].lower == "her"sv || tok[j].lower == "them"sv;
            if (ParticleOnly(c) && !IsForCue(cue, tok[j]) &&
                !(j > i + 1 && tok[j - 1].lower == "out"sv)) {
              continue;
            }
            // A verb of issuing ("offered", "issued", "signed", "listed", "ordered") says something
            // through what it issues, but not when it issues securities, money or goods, as
            // business copy does ("issued floating rate notes", "offered a 3.5-inch floppy diskette
            // version"). (Before a count, as a participle or in a passive it is no cue at all: see
            // the Paragraph.)
            if (IsIssuing(c)) {
              if (IssuesGoods(tok, j, std::min(send, j + 8))) continue;
              // "issued a statement Tuesday saying ...", "issued a statement, calling on ...": the
              // participle gives what was issued, the content (PolNeAR's cue runs to it).
              for (size_t k = j + 1, e = std::min(send, j + 10); k + 1 < e && !tok[k].Is(kFinal | kQuote | kColon); ++k) {
                // (Not a participle before a plural noun, an adjective: "comprehensive voting laws";
                // nor a noun after a modifier: "its bluntest warning about".)
                if (tok[k].Is(kCue) && IsParticiple(tok[k]) && !tok[k].Is(kCapitalised) && !LooksLikeVerb(tok[k + 1]) &&
                    !tok[k - 1].Is(kDeterminer | kPossessive) && !tok[k - 1].lower.ends_with("est")) {
                  issued_through = k;
                  break;
                }
                // (Or a relative clause's verb of saying: "issued a statement that said ...".)
                if (IsRelative(tok[k]) && k + 2 < e && tok[k + 1].Is(kCueSpeech) && !tok[k + 1].Is(kCapitalised)) {
                  issued_through = k + 1;
                  break;
                }
              }
            }
            // "referred to" says something only of a speaker: "the two billion dlrs referred to
            // principal" is what the money was.
            if (c.starts_with("referr") && src && !tok[src->end - 1].Is(kPronoun | kCapitalised | kAnonymous)) continue;
            // A particle or an adverb makes another verb ("backed out", "showed up", "pushed
            // through", "declined slightly").
            static constexpr std::string_view kParticles[] = {"up", "out", "off", "down", "away", "back", "through", "over"};
            bool particle = IsSkippable(tok[j]);
            for (std::string_view w : kParticles) particle = particle || tok[j].lower == w;
            if (particle && !(j > i + 1 && tok[j - 1].lower == "out")) continue;
            // "attacked" a person or what a person said ("attacked Rubio for ...", "attacked
            // Trump's comments"), not a place ("attacked police posts and military bases").
            if (c.starts_with("attack") && !(tok[j].Is(kPossessive) || (tok[j].Is(kCapitalised) && !tok[j].Is(kDeterminer)) || object_pronoun)) {
              continue;
            }
            // What was found is a finding only as a clause ("found that ..."), not an object
            // ("found ways to", "found itself").
            // But a poll, study or report finds what it measured ("The April survey found Clinton
            // leading", "A study by Media Matters found the nominee garnered ...").
            const bool showing = c.starts_with("show");
            // (Looked up only for "found" and "show": the source's words are read once more.)
            const bool measured = (finding || showing) && src && MeasuringSource(tok, *src);
            if (finding && !measured) continue;
            // A participle right after a noun is a reduced relative ("a super PAC supporting
            // Clinton", "ads attacking Cruz"): no saying, but for verbs of judgement and calling,
            // whose noun is their source ("a resolution condemning ...", "an open letter calling
            // Trump unfit"). After a time or an aspect verb ("this week praising", "began calling
            // Emanuel to resign") the participle is the sentence subject's.
            bool reduced_noun = false;  // a reduced relative whose noun is the source
            // (Not a gerund after its preposition: "began by discussing the crisis", "while
            // talking about the issue".)
            if (IsParticiple(cue) && i > 0 && tok[i - 1].Is(kWord) && !tok[i - 1].Is(kBe | kSkip | kPronoun) && !IsSkippable(tok[i - 1]) &&
                !GerundPreposition(p, sfirst, i)) {
              const ReducedKind kind = ReducedRelative(tok, i, send);
              if (kind == ReducedKind::kNone) continue;
              reduced_noun = kind == ReducedKind::kNoun;
              // (The noun's phrase starts after a verb that ChunkBefore went past: "candidates
              // issued statements condemning".)
              if (reduced_noun && src && f.source) {
                for (size_t k = src->end - 1; k > src->begin; --k) {
                  if (LooksLikePast(tok[k - 1])) {
                    src->begin = k;
                    f.source = p.Bytes(src->begin, src->end);
                    break;
                  }
                }
              }
              if (kind == ReducedKind::kSubject) {
                f.source = last_source && last_source_sentence == sfirst ? last_source : std::nullopt;
                f.antecedent.reset();
              }
            }
            // "called for X" is X ("called on X to" is all of it); other prepositions or
            // conjunctions open no object ("found in refrigerants", "detailed and structured").
            if (IsForCue(cue, tok[j])) ++j;
            content_first = j;
            f.form = "object";
            // (What a poll found is a clause's worth: "found Clinton leading by seven points, with 17
            // percent undecided"; what it shows goes on over its figures, FiguresGoOn.)
            content_end = finding ? p.ClauseEnd(j) : p.PhraseEnd(j);
            if (showing && measured) content_end = FiguresGoOn(p, *content_end, p.ClauseEnd(j));
            // A reduced relative's object ends before the verb of the clause its noun opens
            // ("super PACs backing Mr. Cruz began March with ...", "Democrats supporting Mrs.
            // Clinton have pointed to ...").
            // (Not inside a relative clause of the object: "a coup ... that would elevate".)
            for (size_t k = j + 1; reduced_noun && k < *content_end && !IsRelative(tok[k]); ++k) {
              if (p.IsOpening(k)) {
                k = p.Close(k);
              } else if ((tok[k].Is(kBe | kSkip | kCueAuxiliary) && !tok[k].Is(kPronoun | kTime | kCapitalised)) ||
                         (tok[k].Is(kCueSpeech) && !tok[k].Is(kCapitalised) && !IsParticiple(tok[k]) && !tok[k - 1].Is(kPossessive | kDeterminer)) ||
                         (LooksLikePast(tok[k]) && !tok[k - 1].Is(kDeterminer | kPossessive | kPreposition))) {
                content_end = k;
              }
            }
            // A person as the object ends before a circumstance: "praised Cruz in a recent
            // interview", "attacked him on Capitol Hill on Thursday". (What a poll or a record shows
            // goes on past a person's circumstance: "shows Trump at the top with 36 percent support".)
            if (!finding && !showing && (tok[j].Is(kCapitalised) || object_pronoun || ObjectCasePronoun(tok[j]) || tok[j].lower == "it"sv) && !tok[j].Is(kDeterminer | kPreposition | kBoundary)) {
              size_t k = j + 1;
              while (k < *content_end && k < j + 5 && tok[k].Is(kCapitalised | kAbbreviation) && tok[k].Is(kWord) &&
                     !tok[k].Is(kTime)) {  // (a name ends before a day: "endorsed Cruz Wednesday")
                ++k;
              }
              // (A possessive name determines the noun after it: "criticized Clinton's email
              // use", "condemned Trump's call for ...".)
              if (k < *content_end && k > j && !tok[k - 1].Is(kPossessive) && (tok[k].Is(kTime) || IsCircumstanceWord(tok[k]))) content_end = k;
            }
            // An object ends before a subordinate clause of the narration: "criticized it because
            // it fell short", "banned waterboarding when he took office"; and before a clause of
            // its own after a quotation's comma ('called it "a disgrace," and he left').
            for (size_t k = j + 1; !finding && k < *content_end; ++k) {
              if (p.IsOpening(k)) {
                k = p.Close(k);
              } else if (IsSubordinator(tok[k])) {
                content_end = k;
                break;
              } else if (IsAndOrBut(tok[k]) && k + 1 < *content_end &&
                         tok[k + 1].Is(kPronoun) && !tok[k + 1].Is(kDeterminer) && !IsRelative(tok[k + 1])) {
                content_end = k;
                break;
              }
            }
          } else {
            continue;
          }
        }
        if (issued_through != SIZE_MAX) {
          size_t k = issued_through + 1;
          if (IsForCue(tok[issued_through], tok[k]) && k + 1 < send) ++k;  // "calling on"
          f.cue.end = tok[k - 1].span.end;
          content_first = k;
          content_end = p.ClauseEnd(k);
        }
        if (!content_end) content_end = p.ClauseEnd(*content_first);
        // A bare clause with no verb of its own before a relative clause, "and" and a verb of
        // saying, or a subordinate clause of the narration is the cue's object
        // (BareClauseObjectEnd).
        if (bare_clause) {
          if (const size_t e = BareClauseObjectEnd(p, *content_first, *content_end, send); e != SIZE_MAX) {
            content_end = e;
            f.form = "object";
          }
        }
      }
      // A relative clause between commas ("Ted Cruz, who said the plan would fail, resigned
      // early"): its content ends at the comma before the main clause's verb.
      if (content_first && content_end && src && src->end == src->begin + 1 && tok[src->begin].lower == "who"sv &&
          src->begin > sfirst && tok[src->begin - 1].Is(kComma)) {
        for (size_t c = *content_first + 1; c + 1 < *content_end; ++c) {
          if (p.IsOpening(c)) {
            c = p.Close(c);
          } else if (tok[c].Is(kComma) && VerbWord(tok[c + 1]) && p.VerbSeen(*content_first, c)) {
            content_end = c;
            break;
          }
        }
      }
      // Verbs of saying joined by "and" or "but" are two frames (JoinedVerbOfSaying). (After the
      // cue; not in a content that is one quotation.)
      if (content_first && content_end && *content_first > i && !(p.IsOpening(*content_first) && p.Close(*content_first) + 2 >= *content_end)) {
        content_end = JoinedVerbOfSaying(p, *content_first, *content_end, IsParticiple(cue));
      }
    }
    if (!content_first || !content_end || *content_end <= *content_first) continue;
    // "read" (a sign, a statement, an email read "...") introduces a quotation only ("read the
    // words", "read it aloud" are no saying).
    if ((cue.lower == "read"sv || cue.lower == "reads"sv) && f.form != "quote-before"sv && f.form != "quote-after"sv &&
        f.form != "quote-split"sv) {
      continue;
    }
    // So does "writing", or a that-clause ("writing that the real issue was terrorism"):
    // "writing a book", "stopped writing his speech", "a creative writing professor" say nothing.
    if (cue.lower == "writing"sv && f.form != "quote-after"sv && f.form != "quote-split"sv && f.form != "that-clause"sv) continue;
    // A base form that only an auxiliary licenses takes a that-clause or a quotation: "will add
    // Chicago to its list", "His plan would guarantee a payment" are no attribution.
    if (base_by_aux && f.form != "that-clause"sv && f.form != "quote-after"sv) continue;
    if (opening_gerund) {
      bool closed = false;  // the phrase's comma, a subject after it
      for (size_t c = *content_first, stop = p.SentenceEnd(i); c < stop; ++c) {
        // (The comma may close a quotation: 'Citing ... their "reveries about ... job," Will
        // urged'.)
        size_t cut = c, after = c + 1;
        if (p.IsOpening(c)) {
          c = p.Close(c);
          if (!(c > cut + 1 && c < stop && tok[c - 1].Is(kComma))) continue;
          cut = c + 1;
          after = c + 1;
        } else if (!tok[c].Is(kComma)) {
          continue;
        }
        content_end = std::min(*content_end, cut);
        if (auto subject = ChunkAfter(tok, after, stop)) {
          // (Up to the main clause's verb.)
          // (A name ends with its capitalised words: "..., Schlafly put her finger on".)
          const bool name = tok[subject->begin].Is(kCapitalised) && !tok[subject->begin].Is(kDeterminer | kPronoun);
          size_t e = subject->begin + 1;
          while (e < subject->end && !VerbWord(tok[e]) && !LooksLikePast(tok[e]) && !(name && !tok[e].Is(kCapitalised | kAbbreviation))) ++e;
          f.source = p.Bytes(subject->begin, e);
          closed = true;
        }
        break;
      }
      // (An opening participle with no comma and subject after it is a gerund subject:
      // "Criticizing police tactics will alienate ...".)
      if (*content_end <= *content_first || (opening_participle && !closed)) continue;
    }
    f.content = p.Bytes(*content_first, *content_end);
    // A catenative that is a cue itself ("refused", "sought") gave a frame with the infinitive as
    // its content; the chain's frame replaces it: its cue runs from the catenative, its content
    // is what the last verb takes ("refused to endorse | Ryan").
    if (chain != SIZE_MAX) {
      f.cue.begin = tok[chain].span.begin;
      if (!out->empty() && out->back().cue.begin == tok[chain].span.begin && out->back().form == "infinitive"sv) {
        out->pop_back();
        last_content_end = content_end_before_last;
      }
    }
    if (f.content.begin < last_content_end && f.cue.begin < last_content_end) continue;  // a cue inside the last content
    if (cue.Is(kObjectFirst) && f.source && f.source->end <= cue.span.begin) {
      // "told Russian news agency Interfax": the outlet the source spoke through.
      if (auto obj = ChunkAfter(tok, i + 1, send)) {
        for (size_t k = obj->begin; k < obj->end; ++k) {
          if (tok[k].Is(kOutlet) && obj->end - 1 > k && tok[obj->end - 1].Is(kCapitalised)) {
            f.outlet = p.Bytes(obj->begin, obj->end);
            break;
          }
        }
      }
    }
    if (f.source) {
      last_source = f.source;
      last_source_sentence = sfirst;
    }
    content_end_before_last = last_content_end;
    last_content_end = std::max(last_content_end, f.content.end);
    out->push_back(f);
  }
  // (A colon paragraph's frame from the tokens at hand: Find adds it after the next paragraph's.)
  if (colon_follow) colon_follow->frame = ColonParagraphFrame(tok, colon_follow->content);
}

}  // namespace claimcheck::extract
