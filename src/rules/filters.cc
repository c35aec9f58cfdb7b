#include "rules/filters.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace claimcheck::rules {
namespace {

std::optional<long> Number(std::string_view s) {
  long value = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return value;
}

bool SameText(const MatchView& m, const std::vector<int>& a) {
  std::string_view x = m.Group(a[0]), y = m.Group(a[1]);
  return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](char p, char q) {
           return std::tolower(static_cast<unsigned char>(p)) == std::tolower(static_cast<unsigned char>(q));
         });
}

bool SameNumber(const MatchView& m, const std::vector<int>& a) {
  auto x = Number(m.Group(a[0])), y = Number(m.Group(a[1]));
  return x && y && *x == *y;
}

bool DescendingNumbers(const MatchView& m, const std::vector<int>& a) {
  auto x = Number(m.Group(a[0])), y = Number(m.Group(a[1]));
  return x && y && *x > *y;
}

// args: month (name or number), day, optional year.
bool ImpossibleDay(const MatchView& m, const std::vector<int>& a) {
  std::string_view month_text = m.Group(a[0]);
  int month = MonthNumber(month_text);
  if (month == 0) {
    auto n = Number(month_text);
    if (!n || *n < 1 || *n > 12) return false;
    month = static_cast<int>(*n);
  }
  auto day = Number(m.Group(a[1]));
  if (!day) return false;
  std::optional<int> year;
  if (a.size() > 2 && m.Has(a[2])) {
    if (auto y = Number(m.Group(a[2]))) year = static_cast<int>(*y);
  }
  return *day < 1 || *day > DaysInMonth(month, year);
}

}  // namespace

int MonthNumber(std::string_view name) {
  static const char* const kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
  std::string lower;
  for (char c : name) {
    if (c != '.') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (lower == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    std::string_view full = kMonths[i];
    if (lower == full || (lower.size() == 3 && full.substr(0, 3) == lower)) return i + 1;
  }
  return 0;
}

int DaysInMonth(int month, std::optional<int> year) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && year) {
    int y = *year;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

const std::vector<FilterInfo>& Filters() {
  static const std::vector<FilterInfo> kFilters = {
      {"same-text", "the two groups hold the same text, ignoring ASCII case", 2, 2, SameText},
      {"same-number", "the two groups hold the same integer", 2, 2, SameNumber},
      {"descending-numbers", "the first group's integer is greater than the second's", 2, 2,
       DescendingNumbers},
      {"impossible-day",
       "month (name or number), day[, year]: the day does not exist in that month (February 29 "
       "only when the year is given and not leap)",
       2, 3, ImpossibleDay},
  };
  return kFilters;
}

const FilterInfo* FindFilter(std::string_view name) {
  for (const auto& f : Filters()) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace claimcheck::rules
