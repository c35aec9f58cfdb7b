#include "extract/tokens.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <type_traits>

namespace claimcheck::extract {
namespace {

struct LexiconClass {
  const char* name;
  uint32_t cls;
};

constexpr LexiconClass kLexiconClasses[] = {
    {"cue-speech", kCueSpeech},        {"cue-thought", kCueThought},   {"cue-other", kCueOther},
    {"source-pronoun", kPronoun},      {"determiner", kDeterminer},    {"cue-skip", kSkip},
    {"source-boundary", kBoundary},    {"cue-object-first", kObjectFirst}, {"preposition", kPreposition},
    {"be", kBe},                       {"time-word", kTime},           {"anonymous-head", kAnonymous},
    {"abbreviation", kAbbreviation},   {"outlet", kOutlet},
    {"colon-label", kColonLabel},      {"cue-evidential", kEvidential},
    {"cue-clause-weak", kCueWeakClause},
    // (An auxiliary is a cue-skip word too; the negated contractions of have and be are classed
    // as their bare forms, so DebugString names them by the first entry of their class.)
    {"cue-auxiliary", kCueAuxiliary | kSkip}, {"cue-skip-negated", kSkip}, {"be-negated", kBe},
    {"cue-infinitive", kCueInfinitive}, {"cue-noun", kCueNoun}, {"poll-word", kPoll},
    {"source-head", kSourceHead},      {"cue-passive", kCuePassive},
};

// ASCII classes inline: <cctype>'s calls go through the locale for every byte.
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsWordByte(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : IsDigit(c) || c >= 0x80; }
constexpr bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline char ToLower(char c) { return IsUpper(static_cast<unsigned char>(c)) ? static_cast<char>(c | 0x20) : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToLower(c);
  return out;
}

}  // namespace

Result<TokenLexicon> TokenLexicon::FromRules(const rules::RuleSet& rules) {
  TokenLexicon lex;
  size_t words = 0;
  for (const auto& pack : rules.packs()) {
    for (const auto& [name, cls] : kLexiconClasses) {
      if (auto it = pack.lexicons.find(name); it != pack.lexicons.end()) words += it->second.size();
    }
  }
  size_t size = 64;
  while (size < 4 * words) size *= 2;
  lex.slots_.resize(size);
  bool any_cue = false;
  for (const auto& pack : rules.packs()) {
    for (const auto& [name, cls] : kLexiconClasses) {
      auto it = pack.lexicons.find(name);
      if (it == pack.lexicons.end()) continue;
      any_cue = any_cue || (cls & kCue) != 0;
      for (const auto& word : it->second) lex.Add(LowerAscii(word), cls);
    }
  }
  if (!any_cue) return Status::Error("no cue lexicon (cue-speech, cue-thought, cue-other) in the rule packs");
  return lex;
}

TokenLexicon TokenLexicon::FromLexicons(const rules::RuleSet& rules,
                                       const std::vector<std::pair<std::string, uint32_t>>& lexicons) {
  std::vector<std::pair<std::string, uint32_t>> words;
  for (const auto& [name, cls] : lexicons) {
    if (const auto* l = rules.Lexicon(name)) {
      for (const auto& word : *l) words.emplace_back(word, cls);
    }
  }
  return FromWords(words);
}

TokenLexicon TokenLexicon::FromWords(const std::vector<std::pair<std::string, uint32_t>>& words) {
  TokenLexicon lex;
  size_t size = 64;
  while (size < 4 * words.size()) size *= 2;
  lex.slots_.resize(size);
  for (const auto& [word, cls] : words) lex.Add(LowerAscii(word), cls);
  return lex;
}

namespace {

// The first 16 bytes of `s`, zero-padded, as two words.
inline void Pack(std::string_view s, uint64_t out[2]) {
  char buf[16] = {};
  std::memcpy(buf, s.data(), std::min<size_t>(s.size(), 16));
  std::memcpy(out, buf, 16);
}

}  // namespace

void TokenLexicon::Add(const std::string& word, uint32_t cls) {
  const uint64_t h = HashOf(word);
  uint64_t packed[2];
  Pack(word, packed);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.cls == 0) {
      s.hash = h;
      s.word[0] = packed[0];
      s.word[1] = packed[1];
      s.cls = cls;
      s.size = static_cast<uint32_t>(word.size());
      if (word.size() > kInline) long_words_.emplace_back(h, word);
      return;
    }
    if (s.hash == h && s.size == word.size() && s.word[0] == packed[0] && s.word[1] == packed[1]) {
      bool same = word.size() <= kInline;
      for (const auto& [lh, lw] : long_words_) same = same || (lh == h && lw == word);
      if (same) {
        s.cls |= cls;
        return;
      }
    }
  }
}

uint32_t TokenLexicon::Probe(std::string_view lower, uint64_t hash) const {
  // Most words miss at the first empty slot or differ in hash: the word is packed for the
  // compare only once a slot's hash and size agree.
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.cls == 0) return 0;
    if (s.hash != hash || s.size != lower.size()) continue;
    // The slot's inline bytes against the word's first kInline bytes, in place (sizes agree, and
    // the slot is zero-padded past them), rather than a variable-length memcpy into a buffer.
    const auto* inline_bytes = reinterpret_cast<const char*>(s.word);
    const size_t n = std::min<size_t>(lower.size(), kInline);
    size_t k = 0;
    while (k < n && inline_bytes[k] == lower[k]) ++k;
    if (k < n) continue;
    if (lower.size() <= kInline) return s.cls;
    for (const auto& [lh, lw] : long_words_) {
      if (lh == hash && lw == lower) return s.cls;
    }
  }
}

namespace {

// By byte: its lower-case form when it may stand in a word (letters, digits and every byte of
// a multi-byte UTF-8 character), else 0. One look-up classes and lower-cases a word's byte.
constexpr std::array<char, 256> kWordLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') t[c] = static_cast<char>(c | 0x20);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) t[c] = static_cast<char>(c);
  }
  return t;
}();

// By byte: whether it is white space (IsSpace), one look-up for the scan between tokens.
constexpr std::array<bool, 256> kSpaceByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = IsSpace(static_cast<unsigned char>(c));
  return t;
}();

// The hyphenated rest of a word after an abbreviation's period ("U.S." + "-Mexico"), appended
// to `lower` from byte `j`; returns the byte after it. Out of line: it is rare.
[[gnu::noinline]] uint32_t TakeCompound(std::string_view text, uint32_t j, uint32_t end, std::string* lower) {
  while (j < end) {
    const auto d = static_cast<unsigned char>(text[j]);
    if (const char lower_d = kWordLower[d]) {
      lower->push_back(lower_d);
    } else if ((d == '-' || d == '.' || d == '\'') && j + 1 < end && IsWordByte(static_cast<unsigned char>(text[j + 1]))) {
      lower->push_back(static_cast<char>(d));
    } else {
      break;
    }
    ++j;
  }
  return j;
}

}  // namespace

// Words up to this many bytes are lower-cased into a buffer on the stack while they are scanned.
constexpr uint32_t kWordBuffer = 64;

// The lexicon classes of a word when it is a source pronoun ("he" of "he's"), else 0.
[[gnu::noinline]] static uint32_t PronounClass(const TokenLexicon& lexicon, std::string_view word) {
  const uint32_t cls = lexicon.ClassOf(word);
  return cls & kPronoun ? cls : 0;
}

// The classes of a capitalised modal at [i, j) whose token is the last of `out`: a name inside a
// sentence, "Will" before a capitalised word ("said Will Doyle"), "May" after one ("Theresa May
// said", "Yin Myint May, 60, said"); else `cls`. Not at a sentence's or a colon's start ("Will
// Trump win?"), in capitals ("GATT ROUND MAY STOP"), nor "May" after a preposition or a time
// ("in May", "Sunday May 1").
[[gnu::noinline]] static uint32_t CapitalModal(std::string_view text, uint32_t i, uint32_t j, const std::vector<Token>& out, uint32_t cls) {
  if (out.size() < 2 || j >= text.size() || IsUpper(static_cast<unsigned char>(text[i + 1]))) return cls;
  const Token& prev = out[out.size() - 2];
  if (prev.cls & (kFinal | kColon)) return cls;
  const std::string& lower = out.back().lower;
  if (lower == "will" && j + 1 < text.size() && text[j] == ' ' && IsUpper(static_cast<unsigned char>(text[j + 1]))) return kWord | kCapitalised;
  // "George Will wrote", `"...," Will wrote`: after a name or a closing quotation mark, one with a
  // space after it (not an opening one, `asked, "Will you ...`; nor after a pronoun or a function
  // word: "So They Will win").
  if (lower == "will" && (((prev.cls & kQuote) && prev.span.end < i) || ((prev.cls & kCapitalised) && (prev.cls & kWord) &&
                               !(prev.cls & (kPreposition | kTime | kDeterminer | kPronoun | kBoundary | kNumber | kCueAuxiliary))))) {
    return kWord | kCapitalised;
  }
  if (lower == "may" && !(prev.cls & kQuote) && (prev.cls & kCapitalised) && (prev.cls & kWord) &&
      !(prev.cls & (kPreposition | kTime | kDeterminer | kPronoun | kBoundary | kNumber))) {
    return kWord | kCapitalised;
  }
  return cls;
}

std::vector<Token> Tokenize(std::string_view text, Span scope, const TokenLexicon& lexicon) {
  std::vector<Token> out;
  out.reserve(scope.size() / 5 + 4);
  uint32_t i = scope.begin;
  const uint32_t end = std::min<uint32_t>(scope.end, static_cast<uint32_t>(text.size()));
  // Each token is built in its place in `out`: no token or string is copied or moved.
  auto punct = [&](uint32_t b, uint32_t e, char lower, uint32_t cls) {
    Token& t = out.emplace_back();
    t.span = {b, e};
    t.lower.push_back(lower);
    t.cls = cls;
  };
  while (i < end) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (kSpaceByte[c]) {
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      // Two apostrophes or two backquotes are a double quote (''...'', ``...'').
      if ((c == '\'' || c == '`') && i + 1 < end && (text[i + 1] == '\'' || text[i + 1] == '`')) {
        punct(i, i + 2, '"', kQuote);
        i += 2;
        // Three apostrophes are a single quote inside a double one, opened or closed together
        // ("''We are told, 'Kosovo is a special case,''' Mr. Putin said"): one double quote.
        if (i < end && text[i] == '\'' && c == '\'' && text[i - 1] == '\'') [[unlikely]] out.back().span.end = ++i;
        continue;
      }
      uint32_t cls = kOtherPunct;
      switch (c) {
        case '"': cls = kQuote; break;
        case ',': cls = kComma; break;
        case ':': cls = kColon; break;
        case '.': case '?': case '!': cls = kFinal; break;
        default: break;
      }
      punct(i, i + 1, static_cast<char>(c), cls);
      ++i;
      continue;
    }
    // A word: letters and digits, with inner apostrophes, hyphens, periods, ampersands and
    // slashes ("O'Neill", "69-year-old", "U.S", "3.5", "AT&T"). Its bytes are lower-cased and
    // hashed as they are scanned, into a buffer (a longer word is lower-cased in its token).
    char buf[kWordBuffer];
    uint64_t hash = TokenLexicon::kHashSeed;
    // (Bytes past the buffer are only hashed; `checked` says whether a byte may be past it.)
    auto take = [&](uint32_t k, char ch, auto checked) {
      if (!decltype(checked)::value || k - i < kWordBuffer) buf[k - i] = ch;
      hash = TokenLexicon::HashStep(hash, ch);
    };
    take(i, ToLower(static_cast<char>(c)), std::false_type{});
    uint32_t j = i + 1;
    bool inner_period = false;
    // Scans the word's bytes while j < stop; false when a byte ends the word.
    auto scan = [&](uint32_t stop, auto checked) {
      while (j < stop) {
        const auto d = static_cast<unsigned char>(text[j]);
        if (const char lower_d = kWordLower[d]) {
          take(j, lower_d, checked);
          ++j;
        } else if ((d == '\'' || d == '-' || d == '.' || d == '&' || d == '/') && j + 1 < end &&
                   IsWordByte(static_cast<unsigned char>(text[j + 1]))) {
          inner_period = inner_period || d == '.';
          take(j, static_cast<char>(d), checked);
          take(j + 1, kWordLower[static_cast<unsigned char>(text[j + 1])], checked);
          j += 2;
        } else {
          return false;
        }
      }
      return true;
    };
    // While the word fits the buffer (with room for the two bytes of an inner mark), its bytes
    // go in unchecked; a longer word goes on checked.
    if (scan(std::min<uint32_t>(end, i + kWordBuffer - 1), std::false_type{})) scan(end, std::true_type{});
    Token& t = out.emplace_back();
    std::string& lower = t.lower;
    if (j - i <= kWordBuffer) {
      lower.assign(buf, j - i);
    } else {
      lower.assign(text.data() + i, j - i);
      for (char& ch : lower) ch = ToLower(ch);
    }
    uint32_t cls = kWord;
    // An abbreviation keeps its period ("Mr.", "U.S."), and so does a single capital ("J.").
    if (j < end && text[j] == '.' && j - i <= 5) {
      // (The word's hash goes on over the period: no second pass over its bytes.)
      const uint64_t dot_hash = TokenLexicon::HashStep(hash, '.');
      lower.push_back('.');
      uint32_t abbr = lexicon.ClassOf(lower, dot_hash);
      // ("No." before a number is one too: "the No. 2 Republican"; a bare "no." ends "He said no.")
      const bool number_sign = j - i == 2 && lower[0] == 'n' && lower[1] == 'o' && IsUpper(c) && j + 2 < end &&
                               text[j + 1] == ' ' && IsDigit(static_cast<unsigned char>(text[j + 2]));
      if ((abbr & kAbbreviation) || (j - i == 1 && IsUpper(c)) || inner_period || number_sign) {
        hash = dot_hash;
        cls |= abbr | kAbbreviation;
        ++j;
        // A compound after it is one word: "U.S.-based", "D.C.-area" (not an abbreviation, and
        // no dash between two tokens).
        if (j + 1 < end && text[j] == '-' && IsWordByte(static_cast<unsigned char>(text[j + 1]))) [[unlikely]] {
          j = TakeCompound(text, j, end, &lower);
          cls = kWord;
          hash = TokenLexicon::HashOf(lower);
        }
      } else {
        lower.pop_back();
      }
    }
    if (IsUpper(c)) cls |= kCapitalised;
    if (IsDigit(c)) cls |= kNumber;
    // A possessive: "Trump's" (the lexicon classes the bare word), "voters'".
    std::string_view bare = lower;
    if (bare.size() > 2 && bare.ends_with("'s")) {
      bare.remove_suffix(2);
      cls |= kPossessive;
      // A pronoun's "'s" is "is" or "has", no possessive: "he's said", "it's the same". (Only
      // "he", "she", "it" and "who" take one: a look-up, out of line, for short words only.)
      if (bare.size() <= 3) [[unlikely]] {
        if (const uint32_t pronoun = PronounClass(lexicon, bare)) cls = (cls & ~kPossessive) | pronoun;
      }
    } else if (j < end && text[j] == '\'' && bare.ends_with('s') &&
               // (Not two apostrophes, a closing double quote: "on the merits'' of the case".)
               (j + 1 >= end || (!IsWordByte(static_cast<unsigned char>(text[j + 1])) && text[j + 1] != '\''))) {
      cls |= kPossessive;
      ++j;
    }
    if (!(cls & (kPossessive | kNumber | kPronoun)) && bare.size() <= 16) {
      cls |= bare.size() == lower.size() ? lexicon.ClassOf(bare, hash) : lexicon.ClassOf(bare);
      // A capitalised modal inside a sentence may be a name (out of line: it is rare).
      if ((cls & (kCapitalised | kCueAuxiliary)) == (kCapitalised | kCueAuxiliary)) [[unlikely]] cls = CapitalModal(text, i, j, out, cls);
    }
    t.span = {i, j};
    t.cls = cls;
    i = j;
  }
  return out;
}

std::string DebugString(const std::vector<Token>& tokens, std::string_view text) {
  static constexpr LexiconClass kShapes[] = {
      {"cap", kCapitalised}, {"num", kNumber}, {"quote", kQuote}, {"comma", kComma}, {"colon", kColon},
      {"final", kFinal}, {"punct", kOtherPunct}, {"poss", kPossessive}};
  std::string out;
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += text.substr(t.span.begin, t.span.size());
    std::string classes;
    for (const auto& [name, cls] : kShapes) {
      if (t.cls & cls) classes += std::string(classes.empty() ? "" : ",") + name;
    }
    for (size_t k = 0; k < std::size(kLexiconClasses); ++k) {
      const auto& [name, cls] = kLexiconClasses[k];
      bool alias = false;
      for (size_t e = 0; e < k && !alias; ++e) alias = kLexiconClasses[e].cls == cls;
      if ((t.cls & cls) == cls && !alias) classes += std::string(classes.empty() ? "" : ",") + name;
    }
    if (!classes.empty()) out += "|" + classes;
  }
  return out;
}

}  // namespace claimcheck::extract
