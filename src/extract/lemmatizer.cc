#include "extract/lemmatizer.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace claimcheck::extract {
namespace {

#include "extract/wordnet_lexicon.inc"

template <typename T>
bool Contains(const T& sorted, std::string_view w) {
  return std::binary_search(std::begin(sorted), std::end(sorted), w);
}

const std::string_view* Exception(std::string_view w) {
  auto it = std::lower_bound(std::begin(kExceptions), std::end(kExceptions), w,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  return it != std::end(kExceptions) && it->first == w ? &it->second : nullptr;
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
  if (Contains(kVerbs, w) && !EndsWith(w, "s")) return std::string(w);
  for (const Detach& d : kVerbRules) {
    if (!EndsWith(w, d.suffix)) continue;
    const std::string& base = Apply(w, d);
    if (Contains(kVerbs, base)) return base;
  }
  for (const Detach& d : kAdjRules) {
    if (!EndsWith(w, d.suffix)) continue;
    const std::string& base = Apply(w, d);
    if (Contains(kAdjectives, base)) return base;
  }
  if (Contains(kVerbs, w) || Contains(kAdjectives, w)) return std::string(w);
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is")) return std::string(w);
  for (const Detach& d : kNounRules) {
    if (EndsWith(w, d.suffix)) return Apply(w, d);
  }
  return std::string(w);
}

bool IsIrregular(std::string_view word) { return Exception(word) != nullptr; }

bool IsVerb(std::string_view lemma) { return Contains(kVerbs, lemma); }

bool IsAdjective(std::string_view lemma) { return Contains(kAdjectives, lemma); }

bool Antonyms(std::string_view a, std::string_view b) {
  if (b < a) std::swap(a, b);
  return std::binary_search(std::begin(kAntonyms), std::end(kAntonyms), std::pair(a, b));
}

}  // namespace claimcheck::extract
