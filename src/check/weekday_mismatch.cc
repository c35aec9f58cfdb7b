// date.weekday-mismatch: a weekday written next to the date it names, where the calendar says
// the date falls on another day ("Monday, September 15, 2015" was a Tuesday).
//
// Precision first: only a weekday and date the time stage read as one expression ("Monday,
// September 15", "Monday (September 15)", "Monday 15 September"), never a weekday and a date
// mentioned apart. The year must be written, or come from a document date (--date, front matter,
// a dated dateline) that lies within six weeks of the day; a year the stage inferred from
// weekday/date agreement is never used. Either
// side may be the error, so both readings are named and no fix is offered.
#include <chrono>

#include "check/check.h"

namespace claimcheck::check {
namespace {

const char* const kWeekdays[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kMonths[] = {"",     "January", "February",  "March",   "April",    "May",     "June",
                               "July", "August",  "September", "October", "November", "December"};

class WeekdayMismatch : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "date.weekday-mismatch",
        "A weekday that does not match the date written next to it",
        "A date written with its weekday, such as \"Monday, September 15, 2015\", where the calendar "
        "puts the date on another day (September 15, 2015 was a Tuesday). Either the weekday or the "
        "date is wrong, so both readings are named and no fix is offered. Only a weekday and date "
        "written together are compared, and only when the year is written or the document is dated.",
        Severity::kWarning,
        {"\"{text}\": {date} is a {actual}, not a {stated}; either the weekday or the date is wrong",
         "\"{text}\": {date} ({year} from the document date) is a {actual}, not a {stated}; either the "
         "weekday or the date is wrong"},
        true,
        "very-high"};
    return kInfo;
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    const auto& times = doc.times;
    const bool dated = times.anchor && times.candidate_years.empty() &&
                       (times.anchor_source == "--date" || times.anchor_source == "front matter" ||
                        times.anchor_source == "dateline" ||
                        times.anchor_source == "configuration");
    for (const auto& e : times.exprs) {
      if (!e.stated_weekday || !e.first || e.first != e.last || e.invalid) continue;
      if (doc.text.InTable(e.span)) continue;  // table cells are not prose
      // The year must be certain: written, or a dated document and a day near its date.
      if (!e.year_written && !(dated && e.year_certain)) continue;
      const std::chrono::sys_days day = *e.first;
      const int actual = static_cast<int>(std::chrono::weekday{day}.iso_encoding());
      if (actual == e.stated_weekday) continue;
      const std::chrono::year_month_day ymd{day};
      const std::string date = std::string(kMonths[static_cast<unsigned>(ymd.month())]) + " " +
                               std::to_string(static_cast<unsigned>(ymd.day())) + ", " +
                               std::to_string(static_cast<int>(ymd.year()));
      std::string message = "\"" + std::string(doc.Original(e.span)) + "\": " + date +
                            (e.year_written ? "" : " (" + std::to_string(static_cast<int>(ymd.year())) +
                                                       " from the document date)") +
                            " is a " + kWeekdays[actual] + ", not a " + kWeekdays[e.stated_weekday] +
                            "; either the weekday or the date is wrong";
      out->push_back(MakeFinding(doc, e.span, std::move(message)));
    }
  }
};

}  // namespace

std::unique_ptr<Check> NewWeekdayMismatch() { return std::make_unique<WeekdayMismatch>(); }

}  // namespace claimcheck::check
