// Named filters: conditions on a match that RE2 cannot express (it has no back-references).
// A rule says `filter: {name: same-number, args: [d1, d2]}`; args are named groups of its
// pattern. One explicit table in filters.cc.
#ifndef CLAIMCHECK_RULES_FILTERS_H_
#define CLAIMCHECK_RULES_FILTERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck::rules {

// The text one match was found in and its captures (index 0 is the whole match; a group that
// did not take part is nullopt).
struct MatchView {
  std::string_view text;
  const std::vector<std::optional<Span>>* groups;

  bool Has(int index) const { return index >= 0 && (*groups)[index].has_value(); }
  std::string_view Group(int index) const {
    if (!Has(index)) return {};
    Span s = *(*groups)[index];
    return text.substr(s.begin, s.size());
  }
};

using FilterFn = bool (*)(const MatchView& m, const std::vector<int>& args);

struct FilterInfo {
  std::string name;
  std::string summary;
  int min_args;
  int max_args;
  FilterFn fn;
};

const std::vector<FilterInfo>& Filters();
const FilterInfo* FindFilter(std::string_view name);

// 1..12 for an English month name or abbreviation ("Sept.", "sep", "September"), or 0.
int MonthNumber(std::string_view name);
// Days in a month; February has 29 unless `year` is given and not a leap year.
int DaysInMonth(int month, std::optional<int> year);

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_FILTERS_H_
