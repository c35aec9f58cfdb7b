// One document after the pipeline stages that run before the checks, and the Analyzer that
// produces it.
#ifndef CLAIMCHECK_CHECK_ANALYSIS_H_
#define CLAIMCHECK_CHECK_ANALYSIS_H_

#include <chrono>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "base/finding.h"
#include "check/words.h"
#include "extract/claim.h"
#include "extract/extractor.h"
#include "ingest/document.h"
#include "rules/matcher.h"
#include "segment/segmenter.h"
#include "segment/text.h"
#include "temporal/tagger.h"
#include "temporal/time_expr.h"

namespace claimcheck::check {

struct OpenComparison;  // open_conflict_check.cc

struct Analysis {
  int index = 0;  // the document's index in the run
  const ingest::Document* doc = nullptr;
  segment::Text text;
  std::vector<rules::Match> matches;  // kind `pattern` rules, in normalised offsets
  temporal::DocumentTimes times;      // filled by the time stage
  extract::DocumentClaims claims;     // filled by the extract stage
  std::vector<Word> words;            // every paragraph's words, in text order (one tokenisation)

  // The words inside `scope` (a paragraph, a sentence).
  std::span<const Word> WordsIn(Span scope) const;
  // An archive document (`check --against claims.jsonl`): claims only, spans in original bytes,
  // no text; compared with, never reported in.
  bool archive = false;
  // The open proposition layer's claims (check/open_claims.h), read by the open conflict checks in
  // their per-document pass on the worker that analysed the document, and used in their
  // cross-document pass; unset until then. An archive document's come from the archive.
  mutable std::optional<extract::DocumentClaims> open_claims;
  // The open checks' comparison of the whole run, computed once by the first of them to run and
  // kept on the run's first checked document (so it lives and dies with the run).
  mutable std::shared_ptr<const OpenComparison> open_comparison;

  DocSpan Locate(Span norm) const { return {index, text.ToOriginal(norm)}; }
  std::string_view Original(Span norm) const { return doc->source.Slice(text.ToOriginal(norm)); }
};

// Runs the stages before the checks. Not thread-safe (it owns a Segmenter): one per thread.
class Analyzer {
 public:
  // `date` (--date) is the document date for every document; without it, a document's front-matter
  // date, a dateline or year inference anchors its times.
  static Result<std::unique_ptr<Analyzer>> Create(const rules::RuleSet& rules,
                                                  std::optional<std::chrono::year_month_day> date = std::nullopt);
  Analysis Analyze(const ingest::Document& doc, int index);

 private:
  Analyzer() = default;
  std::unique_ptr<segment::Segmenter> segmenter_;
  rules::Matcher patterns_;
  std::optional<temporal::Tagger> tagger_;
  std::optional<extract::Extractor> extractor_;
  std::optional<std::chrono::year_month_day> date_;
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_ANALYSIS_H_
