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
};

struct DocumentTimes {
  // The date relative expressions were resolved against, and where it came from ("--date",
  // "front matter", "dateline", "inferred from weekday/date agreement").
  std::optional<std::chrono::year_month_day> anchor;
  std::string anchor_source;
  std::vector<int> candidate_years;  // years consistent with weekday/date mentions
  std::vector<TimeExpr> exprs;       // in text order
};

}  // namespace claimcheck::temporal

#endif  // CLAIMCHECK_TEMPORAL_TIME_EXPR_H_
