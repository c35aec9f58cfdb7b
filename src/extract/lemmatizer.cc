#include "extract/lemmatizer.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace claimcheck::extract {
namespace {

#include "extract/wordnet_lexicon.inc"

// The compiled-in word lists as hash tables, built once (a binary search over thousands of
// strings cost ~600 instructions a word, and the proposition reader asks for every verb-like word).
template <typename T>
std::unordered_set<std::string_view> SetOf(const T& words) {
  return std::unordered_set<std::string_view>(std::begin(words), std::end(words));
}
const std::unordered_set<std::string_view>& Verbs() {
  static const std::unordered_set<std::string_view> verbs = SetOf(kVerbs);
  return verbs;
}
const std::unordered_set<std::string_view>& Adjectives() {
  static const std::unordered_set<std::string_view> adjectives = SetOf(kAdjectives);
  return adjectives;
}
bool Contains(const std::unordered_set<std::string_view>& set, std::string_view w) { return set.count(w) != 0; }

const std::string_view* Exception(std::string_view w) {
  static const std::unordered_map<std::string_view, std::string_view> exceptions(std::begin(kExceptions), std::end(kExceptions));
  auto it = exceptions.find(w);
  return it != exceptions.end() ? &it->second : nullptr;
}

struct Detach {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's morphy detachment rules (morph.c), verbs and adjectives validated by the indexes.
constexpr Detach kVerbRules[] = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
                                 {"ing", "e"}, {"ing", ""}, {"s", ""}};
constexpr Detach kAdjRules[] = {{"est", "e"}, {"est", ""}, {"er", "e"}, {"er", ""}};
// Nouns: no index is compiled in (it is large), so only the plural rules, in morphy's order.
constexpr Detach kNounRules[] = {{"ies", "y"}, {"ches", "ch"}, {"shes", "sh"}, {"xes", "x"},
                                 {"zes", "z"},  {"ses", "s"},   {"men", "man"}, {"s", ""}};

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s;
}

// The word with the rule applied, in a per-thread buffer (no allocation per rule tried).
const std::string& Apply(std::string_view w, const Detach& d) {
  thread_local std::string buf;
  buf.assign(w.substr(0, w.size() - d.suffix.size()));
  buf.append(d.ending);
  return buf;
}

}  // namespace

std::string Lemma(std::string_view w) {
  if (w.size() < 2) return std::string(w);
  if (const std::string_view* base = Exception(w)) return std::string(*base);
  if (Contains(Verbs(), w) && !EndsWith(w, "s")) return std::string(w);
  for (const Detach& d : kVerbRules) {
    if (!EndsWith(w, d.suffix)) continue;
    const std::string& base = Apply(w, d);
    if (Contains(Verbs(), base)) return base;
  }
  for (const Detach& d : kAdjRules) {
    if (!EndsWith(w, d.suffix)) continue;
    const std::string& base = Apply(w, d);
    if (Contains(Adjectives(), base)) return base;
  }
  if (Contains(Verbs(), w) || Contains(Adjectives(), w)) return std::string(w);
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return std::string(w);
  for (const Detach& d : kNounRules) {
    if (EndsWith(w, d.suffix)) return Apply(w, d);
  }
  return std::string(w);
}

bool IsIrregular(std::string_view word) { return Exception(word) != nullptr; }

bool IsVerb(std::string_view lemma) { return Contains(Verbs(), lemma); }

bool IsAdjective(std::string_view lemma) { return Contains(Adjectives(), lemma); }

bool Antonyms(std::string_view a, std::string_view b) {
  if (b < a) std::swap(a, b);
  return std::binary_search(std::begin(kAntonyms), std::end(kAntonyms), std::pair(a, b));
}

}  // namespace claimcheck::extract
