#include "temporal/tagger.h"

#include <algorithm>
#include <map>
#include <cctype>
#include <cstdio>
#include <set>

namespace claimcheck::temporal {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

const char* TypeName(TimeType type) {
  switch (type) {
    case TimeType::kDate: return "DATE";
    case TimeType::kTime: return "TIME";
    case TimeType::kDuration: return "DURATION";
    case TimeType::kSet: return "SET";
  }
  return "DATE";
}

const char* GranularityName(Granularity g) {
  switch (g) {
    case Granularity::kDay: return "day";
    case Granularity::kWeek: return "week";
    case Granularity::kMonth: return "month";
    case Granularity::kQuarter: return "quarter";
    case Granularity::kSeason: return "season";
    case Granularity::kYear: return "year";
    case Granularity::kDecade: return "decade";
    case Granularity::kOther: return "other";
  }
  return "other";
}

TagOptions::TagOptions() : today(std::chrono::floor<days>(std::chrono::system_clock::now())) {}

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    v = v * 10 + (c - '0');
    if (v > 1000000) return -1;
  }
  return s.empty() ? -1 : v;
}

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

std::string_view Category(std::string_view group) {
  while (!group.empty() && std::isdigit(static_cast<unsigned char>(group.back()))) group.remove_suffix(1);
  return group;
}

TimeType ParseType(std::string_view s) {
  if (s == "TIME") return TimeType::kTime;
  if (s == "DURATION") return TimeType::kDuration;
  if (s == "SET") return TimeType::kSet;
  return TimeType::kDate;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}
sys_days Day(int y, int m, int d) {
  return sys_days{std::chrono::year{y} / std::chrono::month{static_cast<unsigned>(m)} /
                  std::chrono::day{static_cast<unsigned>(d)}};
}
int YearOf(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }
int MonthOf(sys_days d) { return static_cast<int>(static_cast<unsigned>(year_month_day{d}.month())); }
int IsoWeekday(sys_days d) { return static_cast<int>(std::chrono::weekday{d}.iso_encoding()); }

// ISO 8601 week: the year and week of the Thursday of d's week.
std::pair<int, int> IsoWeek(sys_days d) {
  sys_days thursday = d + days{4 - IsoWeekday(d)};
  int y = YearOf(thursday);
  int week = static_cast<int>((thursday - Day(y, 1, 1)).count()) / 7 + 1;
  return {y, week};
}

// A calendar value with an optional year: what "XXXX-09-14", "2015-Q3", "198" parse to.
struct DateSpec {
  int year = -1;  // -1: unknown
  int month = 0, day = 0, quarter = 0, half = 0, decade = -1;
  std::string season;  // SP SU FA WI
  Granularity granularity = Granularity::kYear;
};

std::optional<DateSpec> ParseDateSpec(std::string_view v) {
  DateSpec s;
  if (v.size() == 3 && AllDigits(v)) {
    s.decade = ToInt(v);
    s.granularity = Granularity::kDecade;
    return s;
  }
  if (v.size() < 4) return std::nullopt;
  std::string_view y = v.substr(0, 4);
  if (y != "XXXX") {
    if (!AllDigits(y)) return std::nullopt;
    s.year = ToInt(y);
  }
  std::string_view rest = v.substr(4);
  if (rest.empty()) {
    if (s.year < 0) return std::nullopt;
    return s;
  }
  if (rest[0] != '-') return std::nullopt;
  rest.remove_prefix(1);
  if (rest.size() == 2 && (rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI")) {
    s.season = std::string(rest);
    s.granularity = Granularity::kSeason;
    return s;
  }
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') && rest[1] >= '1' && rest[1] <= '4') {
    int n = rest[1] - '0';
    if (rest[0] == 'Q') {
      s.quarter = n;
      s.granularity = Granularity::kQuarter;
    } else {
      if (n > 2) return std::nullopt;
      s.half = n;
      s.granularity = Granularity::kOther;
    }
    return s;
  }
  if (rest.size() >= 2 && AllDigits(rest.substr(0, 2))) {
    s.month = ToInt(rest.substr(0, 2));
    if (s.month < 1 || s.month > 12) return std::nullopt;
    s.granularity = Granularity::kMonth;
    rest.remove_prefix(2);
    if (rest.empty()) return s;
    if (rest.size() == 3 && rest[0] == '-' && AllDigits(rest.substr(1))) {
      s.day = ToInt(rest.substr(1));
      if (s.day < 1 || s.day > 31) return std::nullopt;
      s.granularity = Granularity::kDay;
      return s;
    }
  }
  return std::nullopt;
}

// The interval of a spec in a given year (day clamped to the month, so February 29 in 2015 gives
// February 28; callers check validity separately).
std::pair<sys_days, sys_days> Interval(const DateSpec& s, int y) {
  if (s.decade >= 0) return {Day(s.decade * 10, 1, 1), Day(s.decade * 10 + 9, 12, 31)};
  if (s.day) {
    int d = std::min(s.day, DaysIn(y, s.month));
    return {Day(y, s.month, d), Day(y, s.month, d)};
  }
  if (s.month) return {Day(y, s.month, 1), Day(y, s.month, DaysIn(y, s.month))};
  if (s.quarter) {
    int m = (s.quarter - 1) * 3 + 1;
    return {Day(y, m, 1), Day(y, m + 2, DaysIn(y, m + 2))};
  }
  if (s.half) return s.half == 1 ? std::pair{Day(y, 1, 1), Day(y, 6, 30)} : std::pair{Day(y, 7, 1), Day(y, 12, 31)};
  if (!s.season.empty()) {
    if (s.season == "SP") return {Day(y, 3, 1), Day(y, 5, 31)};
    if (s.season == "SU") return {Day(y, 6, 1), Day(y, 8, 31)};
    if (s.season == "FA") return {Day(y, 9, 1), Day(y, 11, 30)};
    return {Day(y, 12, 1), Day(y + 1, 2, DaysIn(y + 1, 2))};
  }
  return {Day(y, 1, 1), Day(y, 12, 31)};
}

std::string FormatSpec(const DateSpec& s) {
  if (s.decade >= 0) return Pad(s.decade, 3);
  std::string out = s.year >= 0 ? Pad(s.year, 4) : "XXXX";
  if (s.month) {
    out += "-" + Pad(s.month, 2);
    if (s.day) out += "-" + Pad(s.day, 2);
  } else if (s.quarter) {
    out += "-Q" + std::to_string(s.quarter);
  } else if (s.half) {
    out += "-H" + std::to_string(s.half);
  } else if (!s.season.empty()) {
    out += "-" + s.season;
  }
  return out;
}

enum class Direction { kNone, kPrev, kNext, kThis };

// The year for a spec without one, relative to `anchor`: the occurrence before or after it
// (last/next), in the anchor's year (this), in the tense of the clause, or the nearest.
int ChooseYear(const DateSpec& s, sys_days anchor, Direction dir, Tense tense) {
  const int ay = YearOf(anchor);
  if (dir == Direction::kThis) return ay;
  if (s.day && dir == Direction::kNone && tense != Tense::kUnknown) {
    // A day within six weeks of the anchor is that day: tense cues are noisier than the calendar
    // ("payable April 21, record March 30" in a story of March 2 is this March).
    for (int y : {ay - 1, ay, ay + 1}) {
      sys_days d = Interval(s, y).first;
      if (d + days{45} >= anchor && d <= anchor + days{45}) return y;
    }
  }
  std::vector<int> years = {ay - 1, ay, ay + 1};
  if (s.season == "WI") years = {ay - 2, ay - 1, ay, ay + 1};
  std::optional<int> best;
  long best_distance = 0;
  for (int y : years) {
    auto [first, last] = Interval(s, y);
    bool ok = true;
    if (dir == Direction::kPrev) ok = last < anchor;
    if (dir == Direction::kNext) ok = first > anchor;
    // A week of slack: a past-tense "on September 14" in a story dated September 13 is a day
    // away, not a year (wire stories and their datelines are often a day or two apart).
    if (dir == Direction::kNone && tense == Tense::kPast) ok = first <= anchor + days{7};
    if (dir == Direction::kNone && tense == Tense::kFuture) ok = last >= anchor - days{7};
    if (!ok) continue;
    long distance = anchor < first ? (first - anchor).count() : anchor > last ? (anchor - last).count() : 0;
    if (dir == Direction::kPrev || (dir == Direction::kNone && tense == Tense::kPast)) {
      best = y;  // the latest that qualifies
      continue;
    }
    if (dir == Direction::kNext || (dir == Direction::kNone && tense == Tense::kFuture)) {
      if (!best) best = y;  // the earliest that qualifies
      continue;
    }
    if (!best || distance < best_distance) {
      best = y;
      best_distance = distance;
    }
  }
  return best.value_or(ay);
}

// The day a weekday mention names, relative to the document date.
sys_days ChooseWeekday(int weekday, sys_days anchor, Direction dir, Tense tense) {
  const int aw = IsoWeekday(anchor);
  int back = (aw - weekday + 7) % 7;     // days back to the latest such weekday <= anchor
  int forward = (weekday - aw + 7) % 7;  // days forward to the earliest >= anchor
  switch (dir) {
    case Direction::kPrev: return anchor - days{back == 0 ? 7 : back};
    case Direction::kNext: return anchor + days{forward == 0 ? 7 : forward};
    default: break;
  }
  if (tense == Tense::kFuture) return anchor + days{forward};
  return anchor - days{back};
}

struct Resolved {
  std::string value;
  Granularity granularity = Granularity::kOther;
  std::optional<sys_days> first, last;
  bool invalid = false;
  bool year_written = false;
  bool year_certain = false;
  bool used_anchor = false;
};

Resolved FromSpec(const DateSpec& s, int year, bool written) {
  Resolved r;
  DateSpec full = s;
  full.year = year;
  r.value = FormatSpec(full);
  r.granularity = s.granularity;
  auto [first, last] = Interval(s, year);
  r.first = first;
  r.last = last;
  r.invalid = s.day && s.day > DaysIn(year, s.month);
  r.year_written = written;
  return r;
}

// Formats "@MO" / "@10:30pm" as a TIMEX3 time suffix ("TMO", "T22:30"); "" if malformed.
std::string TimeSuffix(std::string_view tod) {
  if (tod.empty()) return "";
  if (tod == "WE") return "-WE";
  if (tod == "MO" || tod == "AF" || tod == "EV" || tod == "NI") return "T" + std::string(tod);
  size_t colon = tod.find(':');
  if (colon == std::string_view::npos) return "";
  int hour = ToInt(tod.substr(0, colon));
  std::string_view rest = tod.substr(colon + 1);
  int minute = 0;
  size_t digits = 0;
  while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits) minute = ToInt(rest.substr(0, digits));
  std::string_view ampm = rest.substr(digits);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return "";
  if (ampm == "pm" && hour < 12) hour += 12;
  if (ampm == "am" && hour == 12) hour = 0;
  return "T" + Pad(hour, 2) + ":" + Pad(minute, 2);
}

// What the resolver knows about the document while it walks the expressions.
struct Context {
  std::optional<sys_days> anchor;  // the document date
  std::optional<sys_days> ref;     // the last mentioned day
  std::string ref_text;
  // The first day of the last mentioned date of any granularity ("1988", "June 1998"): what
  // "that year" and "later that year" count from.
  std::optional<sys_days> ref_any;
  Span ref_any_span;
  // The first day of the last mentioned month or day ("In March, ..."): what "the following
  // month" counts from.
  std::optional<sys_days> ref_month;
  Span ref_month_span;
  // The last mentioned quarter (year * 4 + quarter - 1): financial copy's reporting period, which
  // "the quarter", "the year-earlier period" and "a year ago" refer to.
  std::optional<int> quarter;
};

// A quarter numbered year * 4 + quarter - 1 as a resolved value.
Resolved QuarterValue(int index) {
  DateSpec s;
  s.quarter = index % 4 + 1;
  s.granularity = Granularity::kQuarter;
  Resolved r = FromSpec(s, index / 4, false);
  r.used_anchor = true;
  return r;
}

struct Parsed {
  Direction dir = Direction::kNone;
  std::string core;
  std::string tod;  // after '@'
};

Parsed ParseValue(std::string_view v) {
  Parsed p;
  for (auto [prefix, dir] : {std::pair{"PREV:", Direction::kPrev}, std::pair{"NEXT:", Direction::kNext},
                             std::pair{"THIS:", Direction::kThis}, std::pair{":", Direction::kNone}}) {
    if (v.starts_with(prefix)) {
      p.dir = dir;
      v.remove_prefix(std::string_view(prefix).size());
      break;
    }
  }
  size_t at = v.find('@');
  if (at != std::string_view::npos) {
    p.tod = std::string(v.substr(at + 1));
    v = v.substr(0, at);
  }
  p.core = std::string(v);
  if (!p.core.empty() && p.core[0] == '-') p.core = "XXXX" + p.core;
  return p;
}

Granularity UnitGranularity(std::string_view unit) {
  if (unit == "D" || unit == "H" || unit == "MIN") return Granularity::kDay;
  if (unit == "W") return Granularity::kWeek;
  if (unit == "M") return Granularity::kMonth;
  if (unit == "Q") return Granularity::kQuarter;
  if (unit == "Y") return Granularity::kYear;
  if (unit == "DE") return Granularity::kDecade;
  return Granularity::kOther;
}

// "P3D", "PXW", "P2H" (from the rules) to a TIMEX3 duration ("P3D", "PXW", "PT2H").
std::optional<Resolved> Duration(std::string_view core) {
  if (core.size() < 3 || core[0] != 'P') return std::nullopt;
  size_t i = 1;
  while (i < core.size() && (std::isdigit(static_cast<unsigned char>(core[i])) || core[i] == 'X' || core[i] == '.')) ++i;
  std::string_view count = core.substr(1, i - 1);
  std::string_view unit = core.substr(i);
  if (count.empty() || UnitGranularity(unit) == Granularity::kOther) return std::nullopt;
  Resolved r;
  r.granularity = UnitGranularity(unit);
  // A half ("2 1/2 years", "a minute and a half": the rules write P2.5Y) in the next smaller
  // units, as TimeML writes it: P2Y6M, PT1M30S.
  if (count.ends_with(".5") && AllDigits(count.substr(0, count.size() - 2))) {
    const std::string n(count.substr(0, count.size() - 2));
    const int whole = ToInt(n);
    if (unit == "Y") r.value = "P" + n + "Y6M";
    else if (unit == "M") r.value = "P" + n + "M15D";
    else if (unit == "D") r.value = "P" + n + "DT12H";
    else if (unit == "H") r.value = "PT" + n + "H30M";
    else if (unit == "MIN") r.value = "PT" + n + "M30S";
    else if (unit == "DE") r.value = "P" + std::to_string(whole * 10 + 5) + "Y";
    else if (unit == "Q") r.value = "P" + std::to_string(whole * 3 + 1) + "M15D";
    else if (unit == "W") r.value = "P" + std::to_string(whole * 7 + 3) + "DT12H";
    if (!r.value.empty()) return r;
  }
  // Decades are written in years, as TimeBank and AQUAINT mostly do ("two decades" P20Y, "the
  // past decade" P10Y, "decades" PXY).
  if (unit == "DE" && count == "X") r.value = "PXY";
  else if (unit == "DE" && AllDigits(count)) r.value = "P" + std::to_string(ToInt(count) * 10) + "Y";
  else if (unit == "H") r.value = "PT" + std::string(count) + "H";
  else if (unit == "MIN") r.value = "PT" + std::string(count) + "M";
  else r.value = "P" + std::string(count) + std::string(unit);
  return r;
}

// An offset "DOC-1D", "REF+2W", "DOC+0Y" from a base day.
Resolved Offset(std::string_view core, std::optional<sys_days> base) {
  Resolved r;
  // core: DOC|REF, sign, count (digits or X), unit
  std::string_view rest = core.substr(3);
  char sign = rest.empty() ? '+' : rest[0];
  rest.remove_prefix(rest.empty() ? 0 : 1);
  size_t i = 0;
  while (i < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[i])) || rest[i] == 'X' || rest[i] == '.')) ++i;
  std::string_view count = rest.substr(0, i);
  std::string unit(rest.substr(i));
  r.granularity = UnitGranularity(unit);
  if (count == "X" || count.empty() || ToInt(count) < 0) {
    r.value = sign == '-' ? "PAST_REF" : "FUTURE_REF";
    r.granularity = Granularity::kOther;
    return r;
  }
  int n = ToInt(count) * (sign == '-' ? -1 : 1);
  if (!base) {
    r.value = unit == "D" ? "XXXX-XX-XX" : unit == "W" ? "XXXX-WXX" : unit == "M" ? "XXXX-XX" : unit == "Q" ? "XXXX-QX" : "XXXX";
    return r;
  }
  r.used_anchor = true;
  const sys_days b = *base;
  const year_month_day ymd{b};
  if (unit == "D") {
    sys_days d = b + days{n};
    r.value = FormatDay(d);
    r.first = r.last = d;
  } else if (unit == "W") {
    sys_days d = b + days{7 * n};
    auto [y, w] = IsoWeek(d);
    r.value = Pad(y, 4) + "-W" + Pad(w, 2);
    r.first = d - days{IsoWeekday(d) - 1};
    r.last = *r.first + days{6};
  } else if (unit == "M") {
    int total = YearOf(b) * 12 + (MonthOf(b) - 1) + n;
    int y = total / 12, m = total % 12 + 1;
    DateSpec s;
    s.month = m;
    s.granularity = Granularity::kMonth;
    return [&] { Resolved x = FromSpec(s, y, false); x.used_anchor = true; return x; }();
  } else if (unit == "Q") {
    int total = YearOf(b) * 4 + (MonthOf(b) - 1) / 3 + n;
    DateSpec s;
    s.quarter = total % 4 + 1;
    s.granularity = Granularity::kQuarter;
    Resolved x = FromSpec(s, total / 4, false);
    x.used_anchor = true;
    return x;
  } else {  // Y, DE (ten years)
    DateSpec s;
    Resolved x = FromSpec(s, static_cast<int>(ymd.year()) + (unit == "DE" ? 10 * n : n), false);
    x.used_anchor = true;
    return x;
  }
  return r;
}

// A year written in words, as said on air: "nineteen ninety-six" (1996), "nineteen hundred"
// (1900), "two thousand" (2000), "two thousand and one" (2001). "" when the words are not one.
std::string SpelledYear(std::string_view words) {
  static const std::map<std::string, int, std::less<>> kSmall = {
      {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},   {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
      {"eighty", 80},   {"ninety", 90},    {"oh", 0}};
  std::vector<std::string> w;
  std::string cur;
  for (char c : Lower(words)) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      cur += c;
    } else if (!cur.empty()) {
      w.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) w.push_back(cur);
  // Tens and units ("ninety", "ninety six", "oh five") from w[i..]; -1 if not that.
  auto tail = [&](size_t i) {
    if (i == w.size()) return 0;
    if (w[i] == "and") ++i;
    int v = 0;
    for (; i < w.size(); ++i) {
      auto it = kSmall.find(w[i]);
      if (it == kSmall.end() || v % 10 != 0 || (v && it->second >= 10)) return -1;
      v += it->second;
    }
    return v < 100 ? v : -1;
  };
  if (w.size() >= 2 && w[0] == "two" && w[1] == "thousand") {
    int t = tail(2);
    return t < 0 ? "" : std::to_string(2000 + t);
  }
  if (w.empty()) return "";
  auto century = kSmall.find(w[0]);
  if (century == kSmall.end() || century->second < 11 || century->second > 20) return "";
  if (w.size() == 2 && w[1] == "hundred") return std::to_string(century->second * 100);
  if (w.size() < 2) return "";
  int t = tail(1);
  return t <= 0 ? "" : std::to_string(century->second * 100 + t);
}

}  // namespace

std::optional<year_month_day> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = ToInt(s.substr(0, 4)), m = ToInt(s.substr(5, 2)), d = ToInt(s.substr(8, 2));
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return std::nullopt;
  return year_month_day{Day(y, m, d)};
}

std::string FormatDay(sys_days d) {
  year_month_day ymd{d};
  return Pad(static_cast<int>(ymd.year()), 4) + "-" + Pad(static_cast<int>(static_cast<unsigned>(ymd.month())), 2) +
         "-" + Pad(static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
}

Result<Tagger> Tagger::Create(const rules::RuleSet& rules, const std::vector<const rules::Rule*>* only) {
  Tagger t;
  static const std::set<std::string, std::less<>> kTables = {"month", "weekday", "number", "unit", "adverb", "season",
                                                             "part",  "quarter", "half",   "tod",  "rel",    "dir",
                                                             "holiday", "noon"};
  for (const auto& pack : rules.packs()) {
    for (const auto& [name, words] : pack.lexicons) {
      if (name == "future-cues" || name == "past-cues" || name == "neutral-cues" || name == "intent-cues" ||
          name == "until-cues") {
        const std::string cue = name.substr(0, name.find('-'));
        const Cue kind = cue == "future"    ? Cue::kFuture
                         : cue == "past"    ? Cue::kPast
                         : cue == "neutral" ? Cue::kNeutral
                         : cue == "intent"  ? Cue::kIntent
                                            : Cue::kUntil;
        for (const auto& w : words) {
          t.cues_[Lower(w)] = kind;
          t.longest_cue_ = std::max(t.longest_cue_, w.size());
        }
        continue;
      }
      size_t dash = name.find('-');
      if (dash == std::string::npos || !kTables.count(name.substr(0, dash))) continue;
      std::string table = name.substr(0, dash), key = name.substr(dash + 1), value;
      if (table == "rel") value = key == "0" ? "+0" : key == "minus1" ? "-1" : key == "plus1" ? "+1" : "";
      else if (table == "number" && key == "a") value = "1";
      else {
        value = key;
        for (char& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      for (const auto& w : words) t.tables_[table][Lower(w)] = value;
    }
  }
  std::vector<const rules::Rule*> time_rules, tenure_rules;
  for (const rules::Rule* r : only ? *only : rules.RulesOfKind("time")) {
    if (r->kind == "time") time_rules.push_back(r);
  }
  for (const rules::Rule* r : only ? *only : rules.RulesOfKind("tenure")) {
    if (r->kind == "tenure") tenure_rules.push_back(r);
  }
  for (const rules::Rule* r : tenure_rules) {
    auto where = r->param_where.count("terms") ? r->param_where.at("terms") : r->where;
    auto bad = [&](const std::string& why) {
      return Status::Error("rule '" + r->id + "': terms must be comma-separated FROM..TO with YYYY-MM-DD dates, "
                           "either end open (\"2012-05-07..\"): " + why, where);
    };
    std::vector<Term> terms;
    std::string_view rest = r->Param("terms");
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view item = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      size_t dots = item.find("..");
      if (dots == std::string_view::npos) return bad("'" + std::string(item) + "' has no '..'");
      Term term;
      std::string_view from = item.substr(0, dots), to = item.substr(dots + 2);
      if (!from.empty()) {
        auto d = ParseIsoDate(from);
        if (!d) return bad("'" + std::string(from) + "' is not a date");
        term.from = sys_days{*d};
      }
      if (!to.empty()) {
        auto d = ParseIsoDate(to);
        if (!d) return bad("'" + std::string(to) + "' is not a date");
        term.to = sys_days{*d};
      }
      if (term.from && term.to && *term.to < *term.from) return bad("'" + std::string(item) + "' ends before it starts");
      terms.push_back(term);
    }
    if (terms.empty()) return bad("no terms");
    t.terms_[r] = std::move(terms);
  }
  auto tenure_matcher = rules::Matcher::Build(tenure_rules);
  if (!tenure_matcher.ok()) return tenure_matcher.status();
  t.tenure_matcher_ = std::move(tenure_matcher).value();
  for (const rules::Rule* r : time_rules) {
    const std::string& type = r->Param("type");
    if (type != "DATE" && type != "TIME" && type != "DURATION" && type != "SET") {
      return Status::Error("rule '" + r->id + "': type must be DATE, TIME, DURATION or SET, got '" + type + "'",
                           r->param_where.count("type") ? r->param_where.at("type") : r->where);
    }
    const std::string& role = r->Param("role");
    if (!role.empty() && role != "dateline" && role != "block") {
      return Status::Error("rule '" + r->id + "': role must be dateline or block, got '" + role + "'",
                           r->param_where.at("role"));
    }
    for (const char* key : {"value", "end", "mod"}) {
      for (const auto& ph : rules::TemplatePlaceholders(r->Param(key))) {
        if (r->GroupIndex(ph) < 0) {
          return Status::Error("rule '" + r->id + "': " + key + " refers to {" + ph + "}, which is not a named group",
                               r->param_where.count(key) ? r->param_where.at(key) : r->where);
        }
      }
    }
  }
  // Dateline rules run in their own pass over the story's first paragraphs only: their patterns
  // (a line start, a place name of up to 40 characters) multiply the states of the one DFA that
  // scans every paragraph, which made the whole stage several times slower.
  std::vector<const rules::Rule*> body_rules, dateline_rules;
  for (const rules::Rule* r : time_rules) (r->Param("role") == "dateline" ? dateline_rules : body_rules).push_back(r);
  auto matcher = rules::Matcher::Build(body_rules);
  if (!matcher.ok()) return matcher.status();
  t.matcher_ = std::move(matcher).value();
  auto dateline_matcher = rules::Matcher::Build(dateline_rules);
  if (!dateline_matcher.ok()) return dateline_matcher.status();
  t.dateline_matcher_ = std::move(dateline_matcher).value();
  t.rule_order_ = time_rules;
  for (size_t i = 0; i < time_rules.size(); ++i) {
    const rules::Rule* r = time_rules[i];
    RuleInfo& info = t.info_[r];
    info.priority = i;
    info.span = r->Param("span");
    info.value = r->Param("value");
    info.end = r->Param("end");
    info.mod = r->Param("mod");
    info.type = r->Param("type");
    info.dateline = r->Param("role") == "dateline";
    info.block = r->Param("role") == "block";
  }
  return t;
}

std::vector<rules::Match> Tagger::TenureMentions(std::string_view text) const {
  std::vector<rules::Match> found, kept;
  tenure_matcher_.FindAll(text, Span{0, static_cast<uint32_t>(text.size())}, &found);
  for (const auto& m : found) {
    // The word before the mention: a former or late holder says nothing about the story's date.
    size_t end = m.span.begin;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
    size_t begin = end;
    while (begin > 0 && (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '-')) --begin;
    std::string before = Lower(text.substr(begin, end - begin));
    static const std::set<std::string, std::less<>> kNotHolder = {"former", "ex", "ex-", "then", "then-", "late",
                                                                   "future", "vice", "deputy"};
    if (kNotHolder.count(before)) {
      continue;
    }
    kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const rules::Match& a, const rules::Match& b) { return a.span.begin < b.span.begin; });
  return kept;
}

bool Tagger::InTenure(const rules::Rule* rule, sys_days day) const {
  auto it = terms_.find(rule);
  if (it == terms_.end()) return true;
  for (const Term& t : it->second) {
    if ((!t.from || *t.from <= day) && (!t.to || day <= *t.to)) return true;
  }
  return false;
}

std::string Tagger::Normalise(std::string_view group, std::optional<std::string_view> text) const {
  std::string_view cat = Category(group);
  if (!text) return cat == "count" ? "1" : "";
  std::string_view s = *text;
  if (cat == "year" || cat == "decade" || cat == "hour" || cat == "minute") return std::string(s);
  if (cat == "yearword") return SpelledYear(s);
  if (cat == "yy") return AllDigits(s) && s.size() == 2 ? "19" + std::string(s) : "";
  if (cat == "day") {
    std::string digits;
    for (char c : s) {
      if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    }
    return digits.empty() ? "" : Pad(ToInt(digits), 2);
  }
  if (cat == "month" && AllDigits(s)) return Pad(ToInt(s), 2);
  if (cat == "count" && !s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
    std::string n;
    for (char c : s) {
      if (c != ',') n += c;
    }
    return AllDigits(n) ? std::to_string(ToInt(n)) : n;  // "1.5" stays a decimal
  }
  if (cat == "ampm") {
    std::string out;
    for (char c : Lower(s)) {
      if (c != '.') out += c;
    }
    return out;
  }
  // Lower case, inner white space collapsed ("a  few" -> "a few"), in one pass.
  std::string collapsed;
  collapsed.reserve(s.size());
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += space ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  std::string_view table = cat == "count" ? std::string_view("number") : cat;
  for (std::string_view name : {table, cat == "unit" ? std::string_view("adverb") : std::string_view()}) {
    if (name.empty()) continue;
    auto it = tables_.find(name);
    if (it == tables_.end()) continue;
    auto w = it->second.find(collapsed);
    if (w != it->second.end()) return w->second;
  }
  return std::string(s);
}

std::string Tagger::Fill(std::string_view tmpl, const rules::Match& m, std::string_view text) const {
  return rules::FillTemplate(tmpl, [&](std::string_view name) {
    std::optional<Span> g = m.Group(name);
    return Normalise(name, g ? std::optional<std::string_view>(text.substr(g->begin, g->size())) : std::nullopt);
  });
}

namespace {
// ASCII letters, as std::isalpha in the C locale (the program never sets another), without the
// library call: the tense scan tests every byte around every expression.
inline bool IsAsciiAlpha(char c) {
  const auto u = static_cast<unsigned char>(static_cast<unsigned char>(c) | 0x20);
  return u >= 'a' && u <= 'z';
}
}  // namespace

Tense Tagger::TenseAt(const segment::Text& text, Span span) const {
  const std::string_view t = text.text;
  // A possessive ("Wednesday's ruling", "December's") names an event that has happened, whatever
  // the clause's verb ("would look for ways around Wednesday's ruling"): 18 of 18 in TimeBank
  // and AQUAINT are on or before the document date.
  if (t.substr(span.end, 2) == "'s" || t.substr(span.end, 4) == "\xE2\x80\x99s") return Tense::kPast;
  uint32_t lo = 0, hi = static_cast<uint32_t>(t.size());
  auto it = std::upper_bound(text.sentences.begin(), text.sentences.end(), span.begin,
                             [](uint32_t pos, const segment::Sentence& s) { return pos < s.span.begin; });
  if (it != text.sentences.begin()) {
    const auto& s = *std::prev(it);
    if (s.span.end >= span.end) {
      lo = s.span.begin;
      hi = s.span.end;
    }
  }
  auto stop = [](char c) { return c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == ';'; };
  auto is_word = [](char c) { return IsAsciiAlpha(c) || c == '\''; };
  // t[b, e) in lower case, into `out` (reused, so no allocation per word).
  auto lower = [&](uint32_t b, uint32_t e, std::string* out) {
    out->assign(t.data() + b, e - b);
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
  };
  auto cue_of = [&](const std::string& w) -> const Cue* {
    if (w.size() > longest_cue_) return nullptr;
    auto c = cues_.find(w);
    return c == cues_.end() ? nullptr : &c->second;
  };
  std::string before, after;  // scratch for the neighbours below
  // The word that ends just before position `end` (for the "be" test), scanning left.
  auto word_before = [&](uint32_t end) -> const std::string& {
    uint32_t e = end;
    while (e > lo && !is_word(t[e - 1]) && !stop(t[e - 1])) --e;
    uint32_t b = e;
    while (b > lo && is_word(t[b - 1])) --b;
    lower(b, e, &before);
    return before;
  };
  // The word that starts at or after `begin` (for the "to" test), scanning right.
  auto word_after = [&](uint32_t begin) -> const std::string& {
    uint32_t b = begin;
    while (b < hi && !is_word(t[b]) && !stop(t[b])) ++b;
    uint32_t e = b;
    while (e < hi && is_word(t[e])) ++e;
    lower(b, e, &after);
    return after;
  };
  // `w` (lower case) is the word in [at, end). Past: a past cue, or a lower-case word ending in
  // "-ed" (not "United", "Ted") that is not a neutral cue ("succeed", "hundred") nor an adjective
  // ("unspecified", "a proposed"). Future: a future cue, or an intent cue before "to" or "for"
  // ("planned to leave", "set for"; elsewhere an intent cue is an ordinary word). `right` is the
  // word after `w` when scanning backwards; scanning forwards (`right` null), only a present
  // intent before "to" counts ("plans to hold"; "set aside vacation plans for" is a noun). The
  // neighbours are read only when a cue needs them. (An until cue that does not look forward,
  // below, counts as a past cue here, as before.)
  auto classify = [&](const std::string& w, uint32_t at, uint32_t end, const std::string* right) -> Tense {
    const Cue* c = cue_of(w);
    bool past = false;
    if (c && *c == Cue::kIntent) {
      if (right ? (*right == "to" || *right == "for") : (!w.ends_with("ed") && word_after(end) == "to")) {
        return Tense::kFuture;
      }
      c = nullptr;  // otherwise an ordinary word: "planned" alone is past
    }
    const std::string* prev = nullptr;
    if (c) {
      if (*c == Cue::kFuture) return Tense::kFuture;
      if (*c == Cue::kNeutral) return Tense::kUnknown;
      past = true;
      prev = &word_before(at);
    } else if (w.size() > 3 && w.ends_with("ed") && !(t[at] >= 'A' && t[at] <= 'Z') && !w.starts_with("un")) {
      prev = &word_before(at);
      past = *prev != "a" && *prev != "an" && *prev != "the";
    }
    // "will be held", "is heard" are not past; "was held" is (by "was").
    if (past && *prev != "be" && *prev != "is" && *prev != "are" && *prev != "am" && *prev != "being") {
      return Tense::kPast;
    }
    return Tense::kUnknown;
  };
  // Backward, nearest first.
  uint32_t pos = span.begin;
  std::string w, right;  // the current word, and the one scanned last: the one after it
  bool in_brackets = false;
  for (int n = 0; n < 25 && pos > lo;) {
    char c = t[pos - 1];
    // An expression in brackets restates the one before them ("will leave at 4 in the morning
    // (4 a.m. EDT Thursday)"): its tense is the clause's around the brackets, once.
    if (c == '(' && !in_brackets) {
      in_brackets = true;
      --pos;
      continue;
    }
    if (stop(c)) break;
    if (!is_word(c)) {
      --pos;
      continue;
    }
    uint32_t e = pos;
    while (pos > lo && is_word(t[pos - 1])) --pos;
    lower(pos, e, &w);
    ++n;
    // "until" just before the expression ("gave them until 9 a.m. Tuesday", "remain in Miami until
    // March 6") looks forward, whatever the verb's tense; not so "not until", "up until" or a
    // sentence-initial "Until Thursday, they had not".
    if (n <= 2) {
      const Cue* cue = cue_of(w);
      if (cue && *cue == Cue::kUntil) {
        const std::string& prev = word_before(pos);
        if (t[pos] >= 'a' && t[pos] <= 'z' && prev != "not" && prev != "up") return Tense::kFuture;
      }
    }
    Tense k = classify(w, pos, e, &right);
    if (k != Tense::kUnknown) return k;
    std::swap(right, w);
  }
  // Forward, nearest first.
  pos = span.end;
  for (int n = 0; n < 10 && pos < hi;) {
    char c = t[pos];
    if (stop(c)) break;
    if (!is_word(c)) {
      ++pos;
      continue;
    }
    uint32_t b = pos;
    while (pos < hi && is_word(t[pos])) ++pos;
    lower(b, pos, &w);
    ++n;
    Tense k = classify(w, b, pos, nullptr);
    if (k != Tense::kUnknown) return k;
  }
  return Tense::kUnknown;
}

std::vector<Mention> Tagger::Recognize(const segment::Text& text) const {
  std::vector<rules::Match> matches;
  const auto size = static_cast<uint32_t>(text.text.size());
  if (text.paragraphs.empty()) {
    matcher_.FindAll(text.text, {0, size}, &matches);
    dateline_matcher_.FindAll(text.text, {0, std::min(size, kDatelineReach)}, &matches);
  } else {
    // One byte past each paragraph (its line break, if any), so that a rule can see that a
    // date ends its paragraph: RE2's $ does not match at the end of a window inside the text.
    for (const auto& p : text.paragraphs) {
      Span window{p.span.begin, std::min(p.span.end + 1, size)};
      matcher_.FindAll(text.text, window, &matches);
      if (p.span.begin < kDatelineReach) dateline_matcher_.FindAll(text.text, window, &matches);
    }
  }
  struct Candidate {
    Span extent;
    size_t priority;
    const rules::Match* match;
  };
  std::vector<Candidate> cands;
  for (const auto& m : matches) {
    const RuleInfo& info = Info(m.rule);
    Span extent = m.span;
    if (!info.span.empty()) {
      auto g = m.Group(info.span);
      if (!g) continue;
      extent = *g;
    }
    if (extent.empty()) continue;
    if (!info.end.empty()) {
      // A range whose end comes before its start within one month ("Feb 25 to 4") is no range.
      auto a = ParseDateSpec(ParseValue(Fill(info.value, m, text.text)).core);
      auto b = ParseDateSpec(ParseValue(Fill(info.end, m, text.text)).core);
      if (a && b && a->day && b->day && a->month == b->month && b->day < a->day) continue;
    }
    cands.push_back({extent, info.priority, &m});
  }
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.extent.size() != b.extent.size()) return a.extent.size() > b.extent.size();
    if (a.extent.begin != b.extent.begin) return a.extent.begin < b.extent.begin;
    return a.priority < b.priority;
  });
  // Chosen extents are disjoint, so an ordered map by start finds any overlap among the two
  // neighbours of a candidate: O(log n) each, however many expressions a paragraph holds.
  std::vector<Candidate> chosen;
  std::map<uint32_t, uint32_t> taken;  // begin -> end
  for (const auto& c : cands) {
    auto next = taken.lower_bound(c.extent.begin);
    if (next != taken.end() && next->first < c.extent.end) continue;
    if (next != taken.begin() && std::prev(next)->second > c.extent.begin) continue;
    taken.emplace(c.extent.begin, c.extent.end);
    chosen.push_back(c);
  }
  std::sort(chosen.begin(), chosen.end(), [](const Candidate& a, const Candidate& b) { return a.extent.begin < b.extent.begin; });
  std::vector<Mention> out;
  for (const auto& c : chosen) {
    const rules::Match& m = *c.match;
    const RuleInfo& info = Info(m.rule);
    Mention mention;
    mention.span = c.extent;
    mention.rule = m.rule;
    mention.value = Fill(info.value, m, text.text);
    // "5 1/2 hours": the duration rules see "2 hours" after the slash (a rule for the fraction
    // itself costs every price paragraph a scan). The whole number before " 1/" makes a half.
    if (mention.value.size() >= 3 && mention.value.starts_with("P2") && std::isalpha(static_cast<unsigned char>(mention.value[2])) &&
        info.type == "DURATION") {
      const std::string_view t = text.text;
      uint32_t b = c.extent.begin;
      if (b >= 4 && t[b - 1] == '/' && t[b - 2] == '1' && t[b - 3] == ' ' && std::isdigit(static_cast<unsigned char>(t[b - 4]))) {
        uint32_t d = b - 4;
        while (d > 0 && std::isdigit(static_cast<unsigned char>(t[d - 1]))) --d;
        if (b - 3 - d <= 4 && (d == 0 || !std::isalnum(static_cast<unsigned char>(t[d - 1])))) {
          mention.value = "P" + std::string(t.substr(d, b - 3 - d)) + ".5" + mention.value.substr(2);
          mention.span.begin = d;
        }
      }
    }
    if (!info.end.empty()) mention.end = Fill(info.end, m, text.text);
    if (!info.mod.empty()) mention.mod = Fill(info.mod, m, text.text);
    mention.dateline = info.dateline;
    mention.blocked = info.block;
    auto wd = m.Group("weekday");
    if (wd && (m.Group("day") || m.Group("day2"))) {
      mention.stated_weekday = ToInt(Normalise("weekday", text.Slice(*wd)));
      mention.weekday_span = *wd;
    }
    // Only values resolved by the calendar (a weekday, a date or holiday without its year) read
    // the tense of their clause.
    const std::string& v = mention.value;
    if (v.find("WD") != std::string::npos || v.find("XXXX") != std::string::npos || v.find("NTH") != std::string::npos ||
        v.starts_with("-") || v.find(":-") != std::string::npos) {
      mention.tense = TenseAt(text, c.extent);
    }
    out.push_back(std::move(mention));
  }
  return out;
}

namespace {

// What year inference looks at, from the mentions: dates without a year, weekday mentions and
// weekday-date pairs.
struct Evidence {
  struct Date {
    DateSpec spec;
    Tense tense;
  };
  struct Weekday {
    int weekday;
    Direction dir;
    Tense tense;
  };
  struct Pair {
    DateSpec spec;
    int weekday;
  };
  std::vector<Date> dates;
  std::vector<Weekday> weekdays;
  std::vector<Pair> pairs;
  std::optional<DateSpec> dateline;  // month and day, year unknown
  std::vector<sys_days> written;     // days written with their year
  std::set<int> written_years;       // years written in the text
};

struct Inference {
  std::vector<int> years;
  std::vector<sys_days> anchors;  // the best document date in each of `years`
  int year = 0;
  sys_days anchor;
};

// Scores each year in [today - 40, today]: for each possible document date D in that year (the
// dateline's day, or every day from a week before the earliest dated mention to a week after the
// latest), a weekday mention is confirmed when the day it resolves to from D is one of the dates
// the text mentions, and a weekday-date pair when it agrees; a dated mention in the past tense
// after D, or in the future tense before D, counts against. The years with the best score (at
// least one confirmation) are the candidates, unless they are more than half of all years.
std::optional<Inference> InferYear(const Evidence& ev, year_month_day today) {
  if (ev.weekdays.empty() && ev.pairs.empty()) return std::nullopt;
  if (ev.dates.empty() && ev.pairs.empty()) return std::nullopt;
  int last_year = static_cast<int>(today.year());
  int first_year = last_year - 40;
  if (!ev.written_years.empty()) {
    // Years written in the text bound the search: the story is about them.
    first_year = std::max(first_year, *ev.written_years.begin());
    last_year = std::min(last_year, *ev.written_years.rbegin() + 1);
  }
  const int span_years = last_year - first_year + 1;
  const sys_days today_days{today};
  struct Best {
    int score;
    sys_days anchor;
  };
  std::vector<std::pair<int, Best>> per_year;
  int overall = 0;
  for (int y = first_year; y <= last_year; ++y) {
    std::vector<sys_days> mentioned;
    for (sys_days d : ev.written) {
      if (YearOf(d) == y) mentioned.push_back(d);
    }
    for (const auto& d : ev.dates) {
      if (d.spec.day > DaysIn(y, d.spec.month)) continue;
      mentioned.push_back(Interval(d.spec, y).first);
    }
    std::sort(mentioned.begin(), mentioned.end());
    std::vector<sys_days> anchors;
    if (ev.dateline) {
      if (ev.dateline->day <= DaysIn(y, ev.dateline->month)) anchors.push_back(Interval(*ev.dateline, y).first);
    } else if (!mentioned.empty() && !ev.dates.empty()) {
      for (sys_days d = mentioned.front() - days{7}; d <= mentioned.back() + days{7}; d += days{1}) anchors.push_back(d);
    }
    std::optional<Best> best;
    for (sys_days a : anchors) {
      if (a > today_days) break;
      // Distinct days: three mentions of "Wednesday" are one piece of evidence.
      std::set<sys_days> confirmed_days;
      int against = 0;
      for (const auto& w : ev.weekdays) {
        sys_days d = ChooseWeekday(w.weekday, a, w.dir, w.tense);
        if (std::binary_search(mentioned.begin(), mentioned.end(), d)) confirmed_days.insert(d);
      }
      int confirmed = static_cast<int>(confirmed_days.size());
      for (const auto& p : ev.pairs) {
        if (p.spec.day > DaysIn(y, p.spec.month)) continue;
        sys_days d = Interval(p.spec, ChooseYear(p.spec, a, Direction::kNone, Tense::kUnknown)).first;
        if (IsoWeekday(d) == p.weekday) ++confirmed;
        else ++against;
      }
      for (const auto& d : ev.dates) {
        if (d.spec.day > DaysIn(y, d.spec.month)) continue;
        sys_days day = Interval(d.spec, y).first;
        if ((d.tense == Tense::kPast && day > a) || (d.tense == Tense::kFuture && day < a)) ++against;
      }
      // One agreement happens by chance in a seventh of all years: ask for two, unless the
      // years written in the text already narrow the search to two years.
      if (confirmed == 0 || (confirmed < 2 && span_years > 2)) continue;
      int score = 2 * confirmed - against;
      if (!best || score > best->score) best = Best{score, a};
    }
    if (best) {
      per_year.emplace_back(y, *best);
      overall = std::max(overall, best->score);
    }
  }
  if (per_year.empty() || overall <= 0) return std::nullopt;
  Inference inf;
  for (const auto& [y, b] : per_year) {
    if (b.score == overall) {
      inf.years.push_back(y);
      inf.anchors.push_back(b.anchor);
      inf.year = y;
      inf.anchor = b.anchor;
    }
  }
  if (span_years > 2 && inf.years.size() * 2 > static_cast<size_t>(span_years)) return std::nullopt;
  return inf;
}

}  // namespace

DocumentTimes Tagger::Tag(const segment::Text& text, const TagOptions& options) const {
  DocumentTimes out;
  std::vector<Mention> mentions = Recognize(text);
  Context ctx;
  if (options.date) {
    ctx.anchor = sys_days{*options.date};
    out.anchor = *options.date;
    out.anchor_source = options.date_source;
  }
  // A dateline near the start of the story.
  const Mention* dateline = nullptr;
  for (const auto& m : mentions) {
    if (m.dateline && !m.blocked && m.span.begin < kDatelineReach) {
      dateline = &m;
      break;
    }
  }
  std::optional<DateSpec> dateline_spec;
  if (dateline) dateline_spec = ParseDateSpec(ParseValue(dateline->value).core);
  if (!ctx.anchor && dateline_spec && dateline_spec->day && dateline_spec->year >= 0 &&
      dateline_spec->day <= DaysIn(dateline_spec->year, dateline_spec->month)) {
    ctx.anchor = Interval(*dateline_spec, dateline_spec->year).first;
    out.anchor = year_month_day{*ctx.anchor};
    out.anchor_source = "dateline";
  }
  if (!ctx.anchor && options.default_date) {
    ctx.anchor = sys_days{*options.default_date};
    out.anchor = *options.default_date;
    out.anchor_source = "configuration";
  }
  if (!ctx.anchor) {
    Evidence ev;
    if (dateline_spec && dateline_spec->day) ev.dateline = dateline_spec;
    for (const auto& m : mentions) {
      if (m.blocked) continue;
      Parsed p = ParseValue(m.value);
      if (p.core.starts_with("WD") && p.core.size() == 3) {
        ev.weekdays.push_back({p.core[2] - '0', p.dir, m.tense});
        continue;
      }
      auto spec = ParseDateSpec(p.core);
      if (spec && spec->year >= 0) {
        ev.written_years.insert(spec->year);
        if (spec->day && spec->day <= DaysIn(spec->year, spec->month)) ev.written.push_back(Interval(*spec, spec->year).first);
      }
      if (!spec || spec->year >= 0 || !spec->day) continue;
      if (m.stated_weekday) ev.pairs.push_back({*spec, m.stated_weekday});
      ev.dates.push_back({*spec, m.tense});
      if (!m.end.empty()) {
        auto end = ParseDateSpec(ParseValue(m.end).core);
        if (end && end->day && end->year < 0) ev.dates.push_back({*end, m.tense});
      }
    }
    if (auto inf = InferYear(ev, options.today)) {
      // Offices held only for known terms ("President Vladimir Putin") rule out candidate years
      // in which the person did not hold them, as long as some year remains.
      std::string tenure_note;
      const std::vector<int> calendar_years = inf->years;
      if (inf->years.size() > 1) {
        std::vector<int> years;
        std::vector<sys_days> anchors;
        std::vector<std::string> used;
        auto tenure = TenureMentions(text.text);
        for (size_t i = 0; i < inf->years.size(); ++i) {
          bool fits = true;
          for (const auto& m : tenure) fits = fits && InTenure(m.rule, inf->anchors[i]);
          if (fits) {
            years.push_back(inf->years[i]);
            anchors.push_back(inf->anchors[i]);
          }
        }
        if (!years.empty() && years.size() < inf->years.size()) {
          for (const auto& m : tenure) {
            bool narrows = false;
            for (sys_days a : inf->anchors) narrows = narrows || !InTenure(m.rule, a);
            std::string name = "\"" + std::string(text.Slice(m.span)) + "\"";
            if (narrows && std::find(used.begin(), used.end(), name) == used.end()) used.push_back(name);
          }
          std::string names;
          for (size_t i = 0; i < used.size(); ++i) {
            names += (i == 0 ? "" : i + 1 == used.size() ? " and " : ", ") + used[i];
          }
          std::string dropped;
          for (int y : inf->years) {
            if (std::find(years.begin(), years.end(), y) == years.end()) dropped += (dropped.empty() ? "" : ", ") + std::to_string(y);
          }
          tenure_note = ", and the terms of office of " + names + " rule out " + dropped;
          inf->years = years;
          inf->anchors = anchors;
          inf->year = years.back();
          inf->anchor = anchors.back();
        }
      }
      ctx.anchor = inf->anchor;
      out.anchor = year_month_day{inf->anchor};
      out.anchor_source = dateline_spec ? "dateline, year inferred from weekday/date agreement"
                                        : "inferred from weekday/date agreement";
      out.candidate_years = calendar_years;
      std::string list;
      for (int y : calendar_years) list += (list.empty() ? "" : ", ") + std::to_string(y);
      const std::string year = std::to_string(inf->year);
      if (calendar_years.size() == 1) {
        out.year_note = "year " + year + " is the only one that fits the weekdays and dates";
      } else if (tenure_note.empty()) {
        out.year_note = "assumed " + year + ", the most recent of the years that fit the weekdays and dates (" + list +
                        "); the calendar alone cannot choose between them: pass --date";
      } else if (inf->years.size() == 1) {
        out.year_note = "assumed " + year + ": the weekdays and dates fit " + list + tenure_note;
      } else {
        out.year_note = "assumed " + year + ", the most recent year left: the weekdays and dates fit " + list +
                        tenure_note + "; pass --date";
      }
    } else if (dateline_spec) {
      out.anchor_source = "dateline (year unknown)";
    }
  }

  for (const auto& m : mentions) {
    if (m.blocked) continue;
    TimeExpr e;
    e.span = m.span;
    e.rule = m.rule->id;
    e.type = ParseType(Info(m.rule).type);
    e.mod = m.mod;
    e.stated_weekday = m.stated_weekday;
    e.weekday_span = m.weekday_span;
    // "QREF..|fallback": the quarter form when the copy speaks of quarters, else the fallback.
    std::string_view value = m.value;
    if (size_t bar = value.find('|'); bar != std::string_view::npos) {
      value = ctx.quarter || !value.starts_with("QREF") ? value.substr(0, bar) : value.substr(bar + 1);
    }
    Parsed p = ParseValue(value);
    Resolved r;
    std::string anchor_name;
    bool is_day_ref = false;
    if (p.core.starts_with("QREF")) {
      // QREF+0: the reporting quarter (the last mentioned, else the last whole quarter before the
      // document date); QREF-4: a year before it; QREF:1988: its quarter in 1988.
      std::optional<int> base = ctx.quarter;
      if (!base && ctx.anchor) base = YearOf(*ctx.anchor) * 4 + (MonthOf(*ctx.anchor) - 1) / 3 - 1;
      std::string_view arg = std::string_view(p.core).substr(4);
      if (arg.starts_with(":")) {
        int y = ToInt(arg.substr(1));
        if (base && y > 0) r = QuarterValue(y * 4 + *base % 4);
        else r.value = std::string(arg.substr(1));
      } else if (base) {
        int shift = arg.size() > 1 ? ToInt(arg.substr(1)) : 0;
        r = QuarterValue(*base + (arg.starts_with("-") ? -shift : shift));
      } else {
        r.value = "XXXX-QX";
        r.granularity = Granularity::kQuarter;
      }
      if (r.used_anchor) anchor_name = ctx.quarter ? "the last mentioned quarter" : "document date";
    } else if (p.core.starts_with("NTH-")) {
      // "NTH-11-4-4[-PLUS1]": the 4th Thursday of November (plus days), in the year a month would take.
      int month = 0, nth = 0, weekday = 0, plus = 0;
      if (std::sscanf(p.core.c_str(), "NTH-%d-%d-%d-PLUS%d", &month, &nth, &weekday, &plus) >= 3 && month >= 1 &&
          month <= 12 && nth >= 1 && nth <= 4 && weekday >= 1 && weekday <= 7) {
        DateSpec spec;
        spec.month = month;
        spec.granularity = Granularity::kMonth;
        r.granularity = Granularity::kDay;
        r.value = "XXXX-" + Pad(month, 2) + "-XX";
        if (ctx.anchor) {
          const int y = ChooseYear(spec, *ctx.anchor, p.dir, m.tense);
          sys_days first = Day(y, month, 1);
          sys_days d = first + days{(weekday - IsoWeekday(first) + 7) % 7 + 7 * (nth - 1) + plus};
          r.value = FormatDay(d);
          r.first = r.last = d;
          anchor_name = "document date";
          is_day_ref = true;
        }
      } else {
        r.value = p.core;
      }
    } else if (p.core == "PRESENT_REF" || p.core == "PAST_REF" || p.core == "FUTURE_REF") {
      r.value = p.core;
    } else if (e.type == TimeType::kSet && p.core.starts_with("XXXX")) {
      r.value = p.core;
      r.granularity = Granularity::kDay;
    } else if (auto dur = (p.core.starts_with("P") ? Duration(p.core) : std::nullopt)) {
      r = *dur;
    } else if (p.core.starts_with("DOC") && p.core.size() > 3 && p.core.find("Y-") != std::string::npos) {
      // "DOC-1Y-07": a month of the year before, this year or the next ("July last year").
      size_t at = p.core.find("Y-");
      Resolved year = Offset(p.core.substr(0, at + 1), ctx.anchor);
      auto spec = ParseDateSpec("XXXX-" + p.core.substr(at + 2));
      if (year.first && spec) {
        r = FromSpec(*spec, YearOf(*year.first), false);
        anchor_name = "document date";
      } else {
        r.value = "XXXX-" + p.core.substr(at + 2);
        r.granularity = Granularity::kMonth;
      }
    } else if (p.core.starts_with("DOC") || p.core.starts_with("REF")) {
      const bool years = p.core.ends_with("Y");
      const bool months = p.core.ends_with("M") && !p.core.ends_with("MIN");
      const std::optional<sys_days>& base = years && ctx.ref_any       ? ctx.ref_any
                                            : months && ctx.ref_month ? ctx.ref_month
                                                                      : ctx.ref;
      bool ref = p.core.starts_with("REF") && base;
      r = Offset(p.core, ref ? base : ctx.anchor);
      if (!ctx.anchor && !ref && dateline_spec && dateline_spec->day && p.core.ends_with("D")) {
        // A dateline without a year still fixes the day: "yesterday" is XXXX-02-25.
        Resolved partial = Offset(p.core, Day(2000, dateline_spec->month, dateline_spec->day));
        if (partial.first) r.value = "XXXX" + partial.value.substr(4);
        anchor_name = "dateline";
      }
      if (r.used_anchor) {
        anchor_name = !ref                      ? std::string("document date")
                      : &base == &ctx.ref_any   ? std::string(text.Slice(ctx.ref_any_span))
                      : &base == &ctx.ref_month ? std::string(text.Slice(ctx.ref_month_span))
                                                : ctx.ref_text;
      }
      is_day_ref = r.first && r.first == r.last;
    } else if (p.core == "WEEKEND") {
      // The weekend just past (or the one the document date falls in).
      r.granularity = Granularity::kWeek;
      r.value = "XXXX-WXX-WE";
      if (ctx.anchor) {
        sys_days saturday = *ctx.anchor - days{(IsoWeekday(*ctx.anchor) + 1) % 7};
        auto [y, w] = IsoWeek(saturday);
        r.value = Pad(y, 4) + "-W" + Pad(w, 2) + "-WE";
        r.first = saturday;
        r.last = saturday + days{1};
        anchor_name = "document date";
      }
    } else if (p.core.starts_with("WD") && p.core.size() == 3) {
      int wd = p.core[2] - '0';
      r.granularity = Granularity::kDay;
      if (ctx.anchor) {
        sys_days d = ChooseWeekday(wd, *ctx.anchor, p.dir, m.tense);
        r.value = FormatDay(d);
        r.first = r.last = d;
        anchor_name = "document date";
        is_day_ref = true;
      } else {
        r.value = "XXXX-WXX-" + std::to_string(wd);
      }
    } else if (auto spec = ParseDateSpec(p.core)) {
      if (spec->year >= 0 || spec->decade >= 0) {
        r = FromSpec(*spec, spec->year >= 0 ? spec->year : 0, true);
        if (spec->decade >= 0) r.invalid = false;
      } else if (ctx.anchor) {
        int y = ChooseYear(*spec, *ctx.anchor, p.dir, m.tense);
        r = FromSpec(*spec, y, false);
        anchor_name = "document date";
        const sys_days a = *ctx.anchor;
        r.year_certain = r.first && *r.first + days{45} >= a && *r.first <= a + days{45};
        if (!r.year_certain && m.stated_weekday && spec->day) {
          // Far from the anchor the year is a guess; a weekday written with the date can settle
          // it ("Monday, May 11" in a story of March 1987 is May 11, 1987, a Monday).
          std::optional<int> agree;
          for (int cy : {YearOf(a), YearOf(a) + 1, YearOf(a) - 1}) {
            if (!agree && spec->day <= DaysIn(cy, spec->month) &&
                IsoWeekday(Interval(*spec, cy).first) == m.stated_weekday) {
              agree = cy;
            }
          }
          if (agree) r = FromSpec(*spec, *agree, false);
        }
      } else {
        r.value = FormatSpec(*spec);
        r.granularity = spec->granularity;
      }
      is_day_ref = r.first && r.first == r.last && !r.invalid;
      if (!m.end.empty()) {
        auto end = ParseDateSpec(ParseValue(m.end).core);
        if (end && r.first) {
          int y = end->year >= 0 ? end->year : YearOf(*r.first);
          Resolved re = FromSpec(*end, y, end->year >= 0);
          if (re.last && *re.last < *r.first && end->year < 0 && end->month < spec->month) re = FromSpec(*end, y + 1, false);
          e.end_value = re.value;
          if (re.last && *re.last >= *r.first) r.last = re.last;
          r.invalid = r.invalid || re.invalid;
        } else if (end) {
          e.end_value = FormatSpec(*end);
        }
      }
    } else {
      r.value = p.core;
    }
    if (!p.tod.empty()) {
      std::string suffix = TimeSuffix(p.tod);
      if (p.tod == "WE") {
        if (!r.first) r.value = "XXXX-WXX";  // a weekend is a DATE: "2015-W37-WE"
      } else {
        if (r.value.empty() || r.value == "XXXX-XX-XX" || !r.first) r.value = "XXXX-XX-XX";
        e.type = TimeType::kTime;
      }
      r.value += suffix;
    }
    e.value = r.value;
    e.granularity = r.granularity;
    e.first = r.first;
    e.last = r.last;
    e.year_written = r.year_written;
    e.year_certain = r.year_written || r.year_certain;
    e.invalid = r.invalid;
    e.anchor = anchor_name;
    // A quarter written in the text becomes the reporting quarter when it is one of the four whole
    // quarters before the document date: results are reported after a quarter ends, and a
    // comparison with an older quarter does not change the period.
    if (e.type == TimeType::kDate && e.granularity == Granularity::kQuarter && e.first && !p.core.starts_with("QREF")) {
      const int q = YearOf(*e.first) * 4 + (MonthOf(*e.first) - 1) / 3;
      const int now = ctx.anchor ? YearOf(*ctx.anchor) * 4 + (MonthOf(*ctx.anchor) - 1) / 3 : q + 1;
      if (q < now && q >= now - 4) ctx.quarter = q;
    }
    if (e.type == TimeType::kDate && e.first) {
      ctx.ref_any = e.first;
      ctx.ref_any_span = e.span;
    }
    if (e.type == TimeType::kDate && (e.granularity == Granularity::kMonth || e.granularity == Granularity::kDay)) {
      // A month the calendar could not place ("January" in a story without a year) is still the
      // last mentioned: "a month earlier" after it is unknown, not a month before an older one.
      ctx.ref_month = e.invalid ? std::nullopt : e.first;
      ctx.ref_month_span = e.span;
    }
    if (is_day_ref && e.type == TimeType::kDate && e.first) {
      ctx.ref = e.first;
      ctx.ref_text = std::string(text.Slice(e.span));
    }
    out.exprs.push_back(std::move(e));
  }
  return out;
}

}  // namespace claimcheck::temporal
