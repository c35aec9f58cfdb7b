// The extract stage: rule packs (kinds entity, attribution and claim; rules/claims/) turn a
// segmented, time-tagged document into entities, attribution frames and claims (extract/claim.h).
//
// One rules::Matcher (an RE2::Set prefilter) over the three kinds scans each paragraph once; the
// full patterns run only for the rules the set reports. Resolution (aliases, pronouns, times,
// source chains, modality) is code, described in docs/claims.md.
//
// An Extractor is immutable after Create and thread-safe; it borrows the rules from the RuleSet
// it was created with, which must outlive it.
#ifndef CLAIMCHECK_EXTRACT_EXTRACTOR_H_
#define CLAIMCHECK_EXTRACT_EXTRACTOR_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/claim.h"
#include "extract/frames.h"
#include "rules/matcher.h"
#include "rules/pack.h"
#include "segment/text.h"
#include "temporal/time_expr.h"

namespace claimcheck::extract {

class Extractor {
 public:
  // Errors point at the rule key: an unknown entity type or content mode, a template placeholder
  // that is not a group, a claim rule without a `subject` group, a missing cue lexicon.
  static Result<Extractor> Create(const rules::RuleSet& rules, const std::vector<const rules::Rule*>* only = nullptr);

  DocumentClaims Extract(const segment::Text& text, const temporal::DocumentTimes& times) const;

  // The raw matches of the extract rules in `text` (for the rule-example runner).
  std::vector<rules::Match> Matches(std::string_view text) const;

 private:
  Extractor() = default;
  rules::Matcher matcher_;
  FrameFinder frames_;  // the token layer's frames (empty for a rule subset)
  // (org_heads_: the org-head and org-suffix lexicons, sorted: the last words of no person's name.)
  std::vector<std::string> asserts_, denies_, hedges_, hedge_words_, org_heads_;
  std::map<std::string, std::string> number_words_;  // "twelve" -> "12" (count-* lexicons)
  std::vector<std::string> given_female_, given_male_;  // sorted (given-female, given-male lexicons)
};

const char* StanceName(Stance s);        // "asserts", "denies", "hedges"
const char* PolarityName(Polarity p);    // "positive", "negative"
const char* ModalityName(Modality m);    // "asserted", "reported", "hedged", "denied"
const char* EntityTypeName(EntityType t);  // "person", "organization", ...

// Runs every extract rule's examples: each bad example's marked span is the rule's span (its
// `span` group, or the whole match), and no good example matches. One error per failure.
std::vector<Status> RunExtractRuleExamples(const rules::RuleSet& rules);

}  // namespace claimcheck::extract

#endif  // CLAIMCHECK_EXTRACT_EXTRACTOR_H_
