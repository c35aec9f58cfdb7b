// The time stage: finds temporal expressions with the rules of kind `time` (one RE2::Set pass
// per paragraph through rules::Matcher), keeps the longest where they overlap, and resolves each
// to a TIMEX3 value against the document date (--date, front matter, a dateline) or, for
// expressions that refer back ("two days earlier"), against the last mentioned day. Without a
// document date, weekday and date mentions are used to infer the year (see InferYear below and
// docs/rule-packs-time.md).
//
// A Tagger is immutable after Create and thread-safe; it borrows the rules from the RuleSet it
// was created with, which must outlive it.
#ifndef CLAIMCHECK_TEMPORAL_TAGGER_H_
#define CLAIMCHECK_TEMPORAL_TAGGER_H_

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "rules/matcher.h"
#include "rules/pack.h"
#include "segment/text.h"
#include "temporal/time_expr.h"

namespace claimcheck::temporal {

struct TagOptions {
  std::optional<std::chrono::year_month_day> date;  // the document date, when known
  std::string date_source = "--date";               // where it came from: "--date", "front matter"
  // A date from configuration: the anchor when neither `date` nor a dateline gives one
  // (anchor_source "configuration").
  std::optional<std::chrono::year_month_day> default_date;
  // Today, for year inference (a document is not from the future). Defaults to the clock.
  std::chrono::year_month_day today;
  TagOptions();
};

// Whether the clause around an expression speaks of the past or the future (tense cues).
enum class Tense { kUnknown, kPast, kFuture };

// An expression as recognised, before resolution.
struct Mention {
  Span span;  // extent, normalised text
  const rules::Rule* rule = nullptr;
  std::string value;  // the rule's value template, filled
  std::string end;    // ditto for `end` (ranges), or ""
  std::string mod;    // ditto for `mod`, or ""
  int stated_weekday = 0;
  Span weekday_span;
  bool dateline = false;
  bool blocked = false;  // found by a rule with role: block: keeps others off its extent, never reported
  Tense tense = Tense::kUnknown;
};

class Tagger {
 public:
  // Errors point at the rule: an unknown type, a template placeholder that is not a group.
  // With `only`, just those rules are run (the example runner tests one rule at a time).
  static Result<Tagger> Create(const rules::RuleSet& rules, const std::vector<const rules::Rule*>* only = nullptr);

  // Recognition only: every expression in `text` (its paragraphs, or all of it when there are
  // none), longest first where they overlap, in text order.
  std::vector<Mention> Recognize(const segment::Text& text) const;
  // Recognition and resolution.
  DocumentTimes Tag(const segment::Text& text, const TagOptions& options) const;


  // Mentions of a person with an office they hold only within known terms (rules of kind
  // `tenure`), skipping "former", "ex-", "then-", "late", "future", "vice" or "deputy" before the title. Spans in `text`.
  std::vector<rules::Match> TenureMentions(std::string_view text) const;
  // Whether `day` lies within one of the terms of the tenure rule `rule`.
  bool InTenure(const rules::Rule* rule, std::chrono::sys_days day) const;

 private:
  Tagger() = default;
  std::string Normalise(std::string_view group, std::optional<std::string_view> text) const;
  std::string Fill(std::string_view tmpl, const rules::Match& m, std::string_view text) const;
  Tense TenseAt(const segment::Text& text, Span span) const;

  rules::Matcher matcher_;           // the time rules but datelines, over every paragraph
  rules::Matcher dateline_matcher_;  // role: dateline, over the paragraphs that start the story
  std::vector<const rules::Rule*> rule_order_;  // every time rule in load order (priority)
  // A dateline anchors the story only near its start: within this many bytes.
  static constexpr uint32_t kDatelineReach = 300;
  // Tenure rules: the matcher over them and each rule's terms (inclusive; open ends as nullopt).
  struct Term {
    std::optional<std::chrono::sys_days> from, to;
  };
  rules::Matcher tenure_matcher_;
  std::map<const rules::Rule*, std::vector<Term>> terms_;
  // Normalisation tables from the lexicons "<table>-<value>": table -> lower-case word -> value.
  std::map<std::string, std::unordered_map<std::string, std::string>, std::less<>> tables_;
  // Tense cues: lower-case word -> what it says. Looked up for every word around an expression, so
  // a hash map with a small enum rather than an ordered map of strings.
  enum class Cue : uint8_t { kFuture, kPast, kNeutral, kIntent, kUntil };
  std::unordered_map<std::string, Cue> cues_;
  size_t longest_cue_ = 0;  // no longer word can be a cue
  // What Recognize reads of each time rule, looked up once in Create instead of by key per match.
  struct RuleInfo {
    size_t priority = 0;  // load order: the earlier rule wins among equal extents
    std::string span, value, end, mod, type;
    bool dateline = false, block = false;
  };
  std::unordered_map<const rules::Rule*, RuleInfo> info_;
  const RuleInfo& Info(const rules::Rule* r) const { return info_.at(r); }
};

// Parses "YYYY-MM-DD" (a real date); nullopt otherwise.
std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view s);
std::string FormatDay(std::chrono::sys_days d);  // "2015-09-13"

}  // namespace claimcheck::temporal

#endif  // CLAIMCHECK_TEMPORAL_TAGGER_H_
