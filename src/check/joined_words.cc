// typo.joined-words: two words run together ("Khovarwrote" -> "Khovar wrote").
//
// Precision first: a word is split only where the evidence is strong.
//  - A capitalised name followed by a reporting verb ("Khovarwrote", "Reuterssaid"): the verb is
//    in the `typos.joined_cues` lexicon, the name part is a plain capitalised word of at least
//    four letters ("Bensaid", "Castells" are names), and a lower-case word or a comma, colon or
//    quote follows.
//  - Any word followed by a short function word ("governmentthe"): the first part also stands on
//    its own elsewhere in the same document, the second is in `typos.joined_tails`, and the first
//    part has at least four letters.
// Words in `typos.joined_exceptions` ("underwrote", "Finland") and English words from
// `joined-dictionary.words` ("devastated", "footnoted"; generated from Debian's word lists by
// scripts/gen-joined-dictionary) are never split, nor are words with
// digits, inner capitals ("EurasiaNet") or hyphens, nor a word the story writes the same way
// twice (a name such as "Infusaid").
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "check/check.h"
#include "check/registry.h"
#include "check/words.h"

namespace claimcheck::check {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class JoinedWords : public Check {
 public:
  JoinedWords() = default;
  JoinedWords(const JoinedWords&) = delete;  // endings_ views the lexicon strings it owns
  JoinedWords& operator=(const JoinedWords&) = delete;

  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typo.joined-words",
        "Two words run together without a space",
        "A word that is two words run together, such as \"Khovarwrote\" for \"Khovar wrote\". "
        "Only reported where the split is certain: a capitalised name followed by a reporting verb, "
        "or a word that appears on its own elsewhere in the story followed by a short function word.",
        Severity::kWarning,
        {"\"{word}\" looks like two words run together: \"{first} {second}\""},
        true,
        "high"};
    return kInfo;
  }

  Status Init(const rules::RuleSet& rules) override {
    for (auto [name, set] : {std::pair{"typos.joined_cues", &cues_}, std::pair{"typos.joined_tails", &tails_},
                             std::pair{"typos.joined_exceptions", &exceptions_},
                             std::pair{"joined-dictionary.words", &exceptions_}}) {
      const auto* lex = rules.Lexicon(name);
      if (!lex) return Status::Error(std::string("check typo.joined-words needs the lexicon ") + name);
      for (const auto& w : *lex) set->push_back(Lower(w));
    }
    // Longest first, so "reported" is tried before "ported" would be.
    for (auto* v : {&cues_, &tails_}) {
      std::sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    }
    std::sort(exceptions_.begin(), exceptions_.end());
    for (const auto* v : {&cues_, &tails_}) {
      for (const auto& e : *v) {
        if (e.empty()) continue;
        endings_.insert(e);
        if (std::find(ending_lengths_.begin(), ending_lengths_.end(), e.size()) == ending_lengths_.end()) ending_lengths_.push_back(e.size());
      }
    }
    return {};
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    const std::string& t = doc.text.text;
    const std::vector<Word>& words = doc.words;
    // Candidates first (a cheap suffix test); the story's word counts are only built when there
    // is one, which in real copy is rare.
    std::vector<const Word*> candidates;
    for (const auto& w : words) {
      std::string_view word = std::string_view(t).substr(w.span.begin, w.span.size());
      if (w.alpha && word.size() >= 6 && IsPlainWord(word) && EndsLikeJoin(word) && !doc.text.InTable(w.span)) {
        candidates.push_back(&w);
      }
    }
    if (candidates.empty()) return;
    std::unordered_map<std::string_view, int> count;
    for (const auto& w : words) ++count[std::string_view(t).substr(w.span.begin, w.span.size())];
    for (const Word* w : candidates) {
      std::string_view word = std::string_view(t).substr(w->span.begin, w->span.size());
      // A word written the same way twice is a name ("Infusaid Inc."), not a slip.
      if (count[word] > 1) continue;
      std::string lower = Lower(word);
      if (std::binary_search(exceptions_.begin(), exceptions_.end(), lower)) continue;
      size_t split = Split(word, lower, count, NextWordIsLower(t, w->span.end));
      if (split == 0) continue;
      std::string fixed(word.substr(0, split));
      fixed.append(" ").append(word.substr(split));
      std::string message = "\"";
      message.append(word).append("\" looks like two words run together: \"").append(fixed).append("\"");
      Finding f = MakeFinding(doc, w->span, message);
      f.fix = Fix{f.where, fixed};
      out->push_back(std::move(f));
    }
  }

 private:
  // Whether a plain word (lower case after its first letter, so its ending is already lower
  // case) ends in a cue or a tail with more than two letters before it: one hash look-up per
  // ending length, not a comparison per lexicon word (this runs on every word of every story).
  bool EndsLikeJoin(std::string_view word) const {
    for (size_t len : ending_lengths_) {
      if (word.size() > len + 2 && endings_.count(word.substr(word.size() - len))) return true;
    }
    return false;
  }

  // ASCII letters only, lower case after an optional capital.
  static bool IsPlainWord(std::string_view w) {
    for (size_t i = 0; i < w.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(w[i]);
      if (i == 0 ? !std::isalpha(c) : !(c >= 'a' && c <= 'z')) return false;
    }
    return true;
  }

  // What follows a name run into a verb is the verb's complement ("Khovarwrote in", "Smithsaid
  // that"), never a capitalised word ("Infusaid Inc.").
  static bool NextWordIsLower(std::string_view t, size_t pos) {
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\n')) ++pos;
    if (pos >= t.size()) return false;
    char c = t[pos];
    return (c >= 'a' && c <= 'z') || c == ',' || c == ':' || c == '"';
  }

  // Where to split, or 0.
  size_t Split(std::string_view word, const std::string& lower,
               const std::unordered_map<std::string_view, int>& standalone, bool next_lower) const {
    bool capital = std::isupper(static_cast<unsigned char>(word[0]));
    if (capital && next_lower) {
      for (const auto& cue : cues_) {
        if (lower.size() >= cue.size() + 4 && lower.ends_with(cue)) return word.size() - cue.size();
      }
    }
    for (const auto& tail : tails_) {
      if (lower.size() < tail.size() + 4 || !lower.ends_with(tail)) continue;
      std::string_view first = word.substr(0, word.size() - tail.size());
      if (standalone.count(first)) return first.size();
    }
    return 0;
  }

  std::vector<std::string> cues_, tails_, exceptions_;
  std::unordered_set<std::string_view> endings_;  // cues_ and tails_ (which own the text)
  std::vector<size_t> ending_lengths_;
};

}  // namespace

std::unique_ptr<Check> NewJoinedWords() { return std::make_unique<JoinedWords>(); }

}  // namespace claimcheck::check
