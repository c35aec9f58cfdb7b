// Paragraphs and sentences. Sentence breaks come from ICU's sentence BreakIterator wrapped in
// its abbreviation filter (FilteredBreakIteratorBuilder, English exceptions) plus the
// abbreviations given here, and a rule that a single capital initial ("John F. Kennedy") does not
// end a sentence.
//
// Not thread-safe (ICU break iterators carry state): use one Segmenter per thread.
#ifndef CLAIMCHECK_SEGMENT_SEGMENTER_H_
#define CLAIMCHECK_SEGMENT_SEGMENTER_H_

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/document.h"
#include "segment/tables.h"
#include "segment/text.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace claimcheck::segment {

class Segmenter {
 public:
  // How much of one paragraph is analysed by default: a paragraph longer than this (no news
  // paragraph comes near it; a 50 MB line of dates does) keeps its first bytes up to a word break
  // and leaves the rest in Text::unanalysed, so the cost of everything after the segmenter is
  // bounded per paragraph. `max-paragraph-bytes:` in .claimcheck.yaml overrides it; 0: no limit.
  static constexpr size_t kDefaultMaxParagraphBytes = size_t{1} << 20;

  // `abbreviations` are tokens with their final period ("Sept.", "Gen.", "U.S.") after which a
  // sentence never ends.
  // `table_words` are the units, placeholders and column words of plain-text tables (tables.h).
  static Result<std::unique_ptr<Segmenter>> Create(const std::vector<std::string>& abbreviations,
                                                   const std::vector<std::string>& table_words = {});
  ~Segmenter();

  // Normalises the document and splits it into paragraphs and sentences.
  Text Segment(const ingest::Document& doc);

  // Paragraphs: separated by blank lines; in wire copy (indented first lines, unindented
  // continuation lines) every indented line starts one.
  void SplitParagraphs(Text* text);
  // Sentences within each paragraph.
  void SplitSentences(Text* text);
  // Cuts every paragraph longer than `max_bytes` (0: none) after at most `max_bytes` bytes, at a
  // space when there is one in the last 256 bytes before the cut (else at a character boundary),
  // and records the rest in text->unanalysed.
  static void CapParagraphs(size_t max_bytes, Text* text);

 private:
  Segmenter() = default;
  std::unique_ptr<icu::BreakIterator> breaker_;
  std::set<std::string, std::less<>> abbreviations_;  // matched as whole words
  TableFinder tables_;
  std::string scratch_;
};

}  // namespace claimcheck::segment

#endif  // CLAIMCHECK_SEGMENT_SEGMENTER_H_
