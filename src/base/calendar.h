// Calendar facts shared by the stages that read dates from options and configuration.
#ifndef CLAIMCHECK_BASE_CALENDAR_H_
#define CLAIMCHECK_BASE_CALENDAR_H_

#include <string_view>

namespace claimcheck {

// True for "YYYY-MM-DD" naming a day that exists (leap years included).
inline bool IsIsoCalendarDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t k = at; k < at + n; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  int y = num(0, 4), m = num(5, 2), d = num(8, 2);
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_CALENDAR_H_
