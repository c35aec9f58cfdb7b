#include "check/analysis.h"

#include <algorithm>

namespace claimcheck::check {

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const rules::RuleSet& rules,
                                                   std::optional<std::chrono::year_month_day> date) {
  std::vector<std::string> abbreviations;
  if (const auto* lex = rules.Lexicon("segment.abbreviations")) abbreviations = *lex;
  std::vector<std::string> table_words;
  if (const auto* lex = rules.Lexicon("segment.table_words")) table_words = *lex;
  auto seg = segment::Segmenter::Create(abbreviations, table_words);
  if (!seg.ok()) return seg.status();
  auto matcher = rules::Matcher::Build(rules.RulesOfKind("pattern"));
  if (!matcher.ok()) return matcher.status();
  auto tagger = temporal::Tagger::Create(rules);
  if (!tagger.ok()) return tagger.status();
  auto extractor = extract::Extractor::Create(rules);
  if (!extractor.ok()) return extractor.status();
  std::unique_ptr<Analyzer> a(new Analyzer());
  a->tagger_ = std::move(tagger).value();
  a->extractor_ = std::move(extractor).value();
  a->date_ = date;
  a->segmenter_ = std::move(seg).value();
  a->patterns_ = std::move(matcher).value();
  return a;
}

std::span<const Word> Analysis::WordsIn(Span scope) const {
  auto first = std::lower_bound(words.begin(), words.end(), scope.begin,
                                [](const Word& w, uint32_t pos) { return w.span.begin < pos; });
  auto last = std::lower_bound(first, words.end(), scope.end,
                               [](const Word& w, uint32_t pos) { return w.span.begin < pos; });
  return {first, last};
}

Analysis Analyzer::Analyze(const ingest::Document& doc, int index) {
  Analysis a;
  a.index = index;
  a.doc = &doc;
  a.text = segmenter_->Segment(doc);
  a.words.reserve(a.text.text.size() / 6);  // news averages about six bytes a word with its space
  for (const auto& p : a.text.paragraphs) {
    patterns_.FindAll(a.text.text, p.span, &a.matches);
    AppendWords(a.text.text, p.span, &a.words);
  }
  temporal::TagOptions topts;
  if (date_) {
    topts.date = date_;
  } else if (doc.date) {
    topts.date = temporal::ParseIsoDate(*doc.date);
    topts.date_source = "front matter";
  } else if (doc.default_date) {
    topts.default_date = temporal::ParseIsoDate(*doc.default_date);
  }
  a.times = tagger_->Tag(a.text, topts);
  a.claims = extractor_->Extract(a.text, a.times);
  return a;
}

}  // namespace claimcheck::check
