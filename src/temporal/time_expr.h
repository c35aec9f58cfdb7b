// The temporal stage's output for one document: every time expression found, resolved where
// possible. This header is the contract between the time stage and its consumers (claims,
// checks, reporters).
#ifndef CLAIMCHECK_TEMPORAL_TIME_EXPR_H_
#define CLAIMCHECK_TEMPORAL_TIME_EXPR_H_

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "base/span.h"

namespace claimcheck::temporal {

enum class TimeType { kDate, kTime, kDuration, kSet };

enum class Granularity { kDay, kWeek, kMonth, kQuarter, kSeason, kYear, kDecade, kOther };

struct TimeExpr {
  Span span;                      // normalised text of the expression
  TimeType type = TimeType::kDate;
  Granularity granularity = Granularity::kDay;
  std::string value;              // TIMEX3 value: "2015-09-11", "XXXX-09-14", "2015-W37", "P3D", "PRESENT_REF"
  // The resolved interval in whole days, inclusive, when the value is a known calendar interval.
  std::optional<std::chrono::sys_days> first;
  std::optional<std::chrono::sys_days> last;
  std::string anchor;             // what it was resolved against: "document date", "September 11", ...
  std::string rule;               // the rule that recognised it ("pack/id")
  // Added by the time stage (TIMEX3 attributes and what the calendar checks need):
  std::string mod;                // TIMEX3 mod: "START", "MID", "END" ("early September"), or ""
  std::string end_value;          // for a range ("September 14-15"): the value of its last day
  int stated_weekday = 0;         // ISO weekday (1 = Monday) written next to the date, or 0
  Span weekday_span;              // where that weekday is written (normalised text)
  bool year_written = false;      // the year is in the text (not taken from the anchor)
  bool year_certain = false;      // written, or the day lies within six weeks of the document date
  bool invalid = false;           // a day that does not exist ("February 29" in 2015)
};

struct DocumentTimes {
  // The date relative expressions were resolved against, and where it came from ("--date",
  // "front matter", "dateline", "inferred from weekday/date agreement").
  std::optional<std::chrono::year_month_day> anchor;
  std::string anchor_source;
  std::vector<int> candidate_years;  // years consistent with weekday/date mentions
  std::vector<TimeExpr> exprs;       // in text order
  // Where the anchor year came from when it was inferred: the year assumed among
  // candidate_years ("" otherwise), as a sentence for readers.
  std::string year_note;
};

const char* TypeName(TimeType type);            // "DATE", "TIME", "DURATION", "SET"
const char* GranularityName(Granularity g);     // "day", "week", ...

}  // namespace claimcheck::temporal

#endif  // CLAIMCHECK_TEMPORAL_TIME_EXPR_H_
