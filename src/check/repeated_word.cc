// typo.repeated-word: the same word twice in a row ("the the"), also across a line break.
// Skipped: words in `typos.repeat_ok` ("had had", "that that"), numbers, pairs whose second
// word is capitalised (names: "Walla Walla", "its new New York office"), and runs of three or
// more (a table's "nil nil nil", a deliberate "very very very"): a slip doubles a word once.
#include <algorithm>
#include <span>

#include "check/check.h"
#include "check/registry.h"
#include "check/words.h"

namespace claimcheck::check {
namespace {

bool SameIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Whether words[i-1] and words[i] belong to a run of three or more of the same word.
bool RunOfThree(std::string_view t, const std::span<const Word>& words, size_t i) {
  auto same = [&](size_t x, size_t y) {
    return words[x].alpha && words[y].alpha &&
           SameIgnoringCase(t.substr(words[x].span.begin, words[x].span.size()),
                            t.substr(words[y].span.begin, words[y].span.size()));
  };
  return (i >= 2 && same(i - 2, i)) || (i + 1 < words.size() && same(i, i + 1));
}

class RepeatedWord : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "typo.repeated-word",
        "The same word twice in a row",
        "A word written twice in a row (\"the the\"), including across a line break. Grammatical "
        "repetitions such as \"had had\" and \"that that\" and reduplicated names are not reported.",
        Severity::kWarning,
        {"repeated word \"{word}\""},
        true,
        "very-high"};
    return kInfo;
  }

  Status Init(const rules::RuleSet& rules) override {
    const auto* lex = rules.Lexicon("typos.repeat_ok");
    if (!lex) return Status::Error("check typo.repeated-word needs the lexicon typos.repeat_ok");
    for (const auto& w : *lex) {
      std::string lower = w;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ok_.push_back(lower);
    }
    std::sort(ok_.begin(), ok_.end());
    return {};
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    std::string_view t = doc.text.text;
    for (const auto& p : doc.text.paragraphs) {
      auto words = doc.WordsIn(p.span);
      for (size_t i = 1; i < words.size(); ++i) {
        const Word& a = words[i - 1];
        const Word& b = words[i];
        if (!a.alpha || !b.alpha) continue;
        std::string_view gap = t.substr(a.span.end, b.span.begin - a.span.end);
        if (gap.find_first_not_of(" \n") != std::string_view::npos) continue;
        std::string_view wa = t.substr(a.span.begin, a.span.size());
        std::string_view wb = t.substr(b.span.begin, b.span.size());
        if (!SameIgnoringCase(wa, wb)) continue;
        // Table cells repeat by design ("nil  nil"): segment/tables.h.
        if (doc.text.InTable({a.span.begin, b.span.end})) continue;
        if (RunOfThree(t, words, i)) continue;
        // A capitalised second word starts a name ("its new New York office", "Walla Walla").
        if (std::isupper(static_cast<unsigned char>(wb[0]))) continue;
        std::string lower(wa);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (std::binary_search(ok_.begin(), ok_.end(), lower)) continue;
        Finding f = MakeFinding(doc, {a.span.begin, b.span.end}, "repeated word \"" + std::string(wb) + "\"");
        f.fix = Fix{f.where, std::string(doc.Original(a.span))};
        out->push_back(std::move(f));
      }
    }
  }

 private:
  std::vector<std::string> ok_;
};

}  // namespace

std::unique_ptr<Check> NewRepeatedWord() { return std::make_unique<RepeatedWord>(); }

}  // namespace claimcheck::check
