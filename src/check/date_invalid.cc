// date.invalid: a date that does not exist. The `pattern` rules (rules/lint/dates.yaml) catch
// dates whose day can never exist in their month, or whose written year rules out February 29;
// this class adds the dates the time stage resolved into a year that makes them impossible
// ("February 29" in a story dated 2015), where no rule already reported the same place.
#include "check/rule_check.h"

#include <cstdlib>

namespace claimcheck::check {
namespace {

class DateInvalid : public RuleCheck {
 public:
  DateInvalid()
      : RuleCheck(CheckInfo{
            "date.invalid",
            "A date that does not exist",
            "A calendar date that does not exist, such as \"September 31\" or \"February 30\" (February 29 "
            "only when the year is known, from the text or the document date, and not a leap year; "
            "a warning when the year comes from the document date).",
            Severity::kError,
            {"\"{date}\" is not a calendar date",
             "\"{text}\" is not a calendar date in {year}, the year of the document date"},
            true,
            "very-high"}) {}

  // Run adds findings from the resolved times to the rules' ones: build them all, then cut.
  LimitedRun RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const override {
    return Check::RunLimited(doc, limit, out);  // NOLINT(bugprone-parent-virtual-call)
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    const size_t before = out->size();
    RuleCheck::Run(doc, out);
    const bool dated = doc.times.anchor && doc.times.candidate_years.empty() &&
                       (doc.times.anchor_source == "--date" || doc.times.anchor_source == "front matter" ||
                        doc.times.anchor_source == "dateline" ||
                        doc.times.anchor_source == "configuration");
    if (!dated) return;
    const std::vector<Finding> from_rules(out->begin() + static_cast<long>(before), out->end());
    for (const auto& e : doc.times.exprs) {
      if (!e.invalid || e.year_written || !e.first) continue;
      // Table cells hold no dates, and a number's digits after its decimal point are never a
      // day ("315.00\nMay").
      if (doc.text.InTable(e.span) || AfterDecimalPoint(doc.text.text, e.span.begin)) continue;
      DocSpan where = doc.Locate(e.span);
      bool reported = false;
      for (const auto& f : from_rules) reported = reported || f.where.span.Overlaps(where.span);
      if (reported) continue;
      const std::chrono::year_month_day ymd{*e.first};
      const std::string text(doc.Original(e.span));
      // A day no month-length allows (April 31) is impossible whatever the year; February 29 is
      // impossible only in the year the story's date gives it, which the text did not write
      // ("born on February 29" may mean another year): a warning, not an error. The written
      // month and day come from the TIMEX3 value ("2015-09-31"): `first` is already a real day.
      unsigned month = 0, day = 0;
      if (e.value.size() >= 10 && e.value[4] == '-' && e.value[7] == '-') {
        month = static_cast<unsigned>(std::atoi(e.value.substr(5, 2).c_str()));
        day = static_cast<unsigned>(std::atoi(e.value.substr(8, 2).c_str()));
      }
      const std::chrono::year_month_day in_leap_year{std::chrono::year{2016}, std::chrono::month{month},
                                                     std::chrono::day{day}};
      if (!in_leap_year.ok()) {
        out->push_back(MakeFinding(doc, e.span, "\"" + text + "\" is not a calendar date"));
        continue;
      }
      Finding f = MakeFinding(doc, e.span,
                              "\"" + text + "\" is not a calendar date in " +
                                  std::to_string(static_cast<int>(ymd.year())) + ", the year of the document date");
      f.severity = Severity::kWarning;
      out->push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> NewDateInvalid() { return std::make_unique<DateInvalid>(); }

}  // namespace claimcheck::check
