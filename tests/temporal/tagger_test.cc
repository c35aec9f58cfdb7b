#include "temporal/tagger.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"
#include "segment/segmenter.h"
#include "temporal/examples.h"
#include "tests/support/golden.h"
#include "tests/support/rules.h"

namespace claimcheck::temporal {
namespace {

using std::chrono::year_month_day;

const rules::RuleSet& Rules() { return testing::BuiltinRules(); }

year_month_day Ymd(const char* s) {
  auto d = ParseIsoDate(s);
  REQUIRE(d);
  return *d;
}

// Tags `text` with an optional document date ("" for none) and today fixed at 2026-11-25.
DocumentTimes TagText(const std::string& text, const std::string& date) {
  auto doc = ingest::LoadDocument("t.txt", text);
  REQUIRE(doc.ok());
  std::vector<std::string> abbreviations;
  if (const auto* lex = Rules().Lexicon("segment.abbreviations")) abbreviations = *lex;
  auto seg = segment::Segmenter::Create(abbreviations);
  REQUIRE(seg.ok());
  segment::Text norm = seg.value()->Segment(doc.value());
  auto tagger = Tagger::Create(Rules());
  REQUIRE(tagger.ok());
  TagOptions options;
  options.today = Ymd("2026-11-25");
  if (!date.empty()) options.date = Ymd(date.c_str());
  DocumentTimes times = tagger.value().Tag(norm, options);
  // Spans in the test are in normalised text; the inputs here are ASCII, so they are the same.
  REQUIRE(norm.text.size() == text.size());
  return times;
}

// `"text" TYPE value[..end][ MOD]`, one per expression, joined by "; ".
std::string Dump(const std::string& text, const DocumentTimes& times) {
  std::string out;
  for (const auto& e : times.exprs) {
    if (!out.empty()) out += "; ";
    out += "\"" + text.substr(e.span.begin, e.span.size()) + "\" " + TypeName(e.type) + " " + e.value;
    if (!e.end_value.empty()) out += ".." + e.end_value;
    if (!e.mod.empty()) out += " " + e.mod;
  }
  return out;
}

struct Case {
  const char* sentence;
  const char* anchor;  // document date, "" for none
  const char* expected;
};

// Written from the TimeML/TIMEX3 guidelines: extents leave out prepositions ("on", "in") and
// keep determiners and modifiers that are part of the expression ("last week", "the third
// quarter", "early September"); values are ISO 8601 as TIMEX3 writes them.
const Case kCases[] = {
    // Weekdays, resolved in the tense of the clause around the document date.
    {"Tajikistan's authorities said on Sunday that the general is alive.", "2015-09-13",
     R"("Sunday" DATE 2015-09-13)"},
    {"Leaders are meeting in Dushanbe starting on Monday.", "2015-09-13", R"("Monday" DATE 2015-09-14)"},
    {"The minister said on Tuesday that talks failed.", "1987-02-26", R"("Tuesday" DATE 1987-02-24)"},
    {"The board will meet on Friday to decide.", "1987-02-26", R"("Friday" DATE 1987-02-27)"},
    {"The vote was held last Monday.", "2015-09-13", R"("last Monday" DATE 2015-09-07)"},
    {"The vote will be held next Monday.", "2015-09-13", R"("next Monday" DATE 2015-09-14)"},
    // Month and day, with and without a year, either order, abbreviations with and without a period.
    {"Nazarzoda was killed on September 11.", "2015-09-13", R"("September 11" DATE 2015-09-11)"},
    {"The summit opens on 14 September in Dushanbe.", "2015-09-13", R"("14 September" DATE 2015-09-14)"},
    {"Talks begin Sept. 3 in Geneva.", "2015-08-20", R"("Sept. 3" DATE 2015-09-03)"},
    {"Talks begin Sep 3 in Geneva.", "2015-08-20", R"("Sep 3" DATE 2015-09-03)"},
    {"Talks ended on Dec. 30, the agency said.", "1987-01-05", R"("Dec. 30" DATE 1986-12-30)"},
    {"The plant opened on September 14, 2015, the company said.", "2020-01-01",
     R"("September 14, 2015" DATE 2015-09-14)"},
    {"The plant opened on 14 September 2015 in Dushanbe.", "", R"("14 September 2015" DATE 2015-09-14)"},
    {"The file is dated 2015-09-13 in the archive.", "", R"("2015-09-13" DATE 2015-09-13)"},
    {"It was filed on 25/12/2015 in Paris.", "", R"("25/12/2015" DATE 2015-12-25)"},
    {"It was filed on 05/06/2015 in Paris.", "", ""},
    {"The summit opens on Monday, September 14, officials said.", "2015-09-13",
     R"("Monday, September 14" DATE 2015-09-14)"},
    {"Without a date, September 14 is a day of unknown year.", "", R"("September 14" DATE XXXX-09-14)"},
    // Far from the document date, a weekday written with the date settles the year.
    {"It rescheduled its annual meeting to Monday, May 11, at the same place.", "1987-03-16",
     R"("Monday, May 11" DATE 1987-05-11)"},
    // Months and years; quantities are not years.
    {"The conflict began in September, officials said.", "2015-11-02", R"("September" DATE 2015-09)"},
    {"Prices fell last September, officials said.", "2015-09-13", R"("last September" DATE 2014-09)"},
    {"The conflict began in September 2015.", "", R"("September 2015" DATE 2015-09)"},
    {"The plant opened in 1987, the company said.", "", R"("1987" DATE 1987)"},
    {"The army sent in 2000 soldiers.", "2015-09-13", ""},
    {"The 1986/87 crop was large.", "1987-02-26", ""},
    {"Stores were sold to May Department Stores.", "1987-02-26", ""},
    {"Sales in February 30 pct above last year.", "1987-02-26", R"("last year" DATE 1986)"},
    {"Prices rose in the 1980s.", "", R"("the 1980s" DATE 198)"},
    {"Kevlar was invented in the late 1960s.", "", R"("the late 1960s" DATE 196 END)"},
    {"The rebels attacked over the weekend.", "2015-09-14", R"("the weekend" DATE 2015-W37-WE)"},
    {"Talks resume next weekend in Geneva.", "2015-09-14", R"("next weekend" DATE 2015-W39-WE)"},
    {"AMSTERDAM, 2 March - The Dutch Central Bank said.", "1987-03-02", R"("2 March" DATE 1987-03-02)"},
    // Parts of months and years.
    {"The fighting began in early September.", "2015-09-13", R"("early September" DATE 2015-09 START)"},
    {"The plant opens in mid-2015.", "", R"("mid-2015" DATE 2015 MID)"},
    {"The plant closes at the end of March 1987.", "", R"("the end of March 1987" DATE 1987-03 END)"},
    {"Prices rose late last year, the bank said.", "1987-02-26", R"("late last year" DATE 1986 END)"},
    // Weeks, months, quarters, years relative to the document date.
    {"Prices rose last week, the bank said.", "2015-09-13", R"("last week" DATE 2015-W36)"},
    {"Talks resume next month.", "2015-09-13", R"("next month" DATE 2015-10)"},
    {"Profits rose this year.", "2015-09-13", R"("this year" DATE 2015)"},
    {"Profits rose in the third quarter, the company said.", "2015-11-02", R"("the third quarter" DATE 2015-Q3)"},
    {"Profits fell in the fourth quarter.", "1987-02-26", R"("the fourth quarter" DATE 1986-Q4)"},
    {"Sales in the fourth quarter of 1986 rose.", "", R"("the fourth quarter of 1986" DATE 1986-Q4)"},
    {"First-quarter results were better.", "1987-04-20", R"("First-quarter" DATE 1987-Q1)"},
    {"Sales rose in the first half, the company said.", "1987-08-20", R"("the first half" DATE 1987-H1)"},
    // Seasons.
    {"Elections are due this summer, officials said.", "2015-03-01", R"("this summer" DATE 2015-SU)"},
    {"Prices fell in the autumn of 1986.", "", R"("the autumn of 1986" DATE 1986-FA)"},
    {"A fall in prices hurt farmers.", "2015-03-01", ""},
    // Relative days and offsets: from the document date, or back from the last mentioned day.
    {"The minister said yesterday that talks failed.", "2015-09-13", R"("yesterday" DATE 2015-09-12)"},
    {"Today the market rose.", "1987-02-26", R"("Today" DATE 1987-02-26)"},
    {"The market will open tomorrow.", "1987-02-26", R"("tomorrow" DATE 1987-02-27)"},
    {"The plant opened three years ago.", "2015-09-13", R"("three years ago" DATE 2012)"},
    {"The authorities said on Sunday that he is alive, contradicting reports from two days earlier.",
     "2015-09-13", R"("Sunday" DATE 2015-09-13; "two days earlier" DATE 2015-09-11)"},
    {"He arrived on September 11. He resigned the following day.", "2015-09-13",
     R"("September 11" DATE 2015-09-11; "the following day" DATE 2015-09-12)"},
    {"He arrived on September 11. The next day, he resigned.", "2015-09-13",
     R"("September 11" DATE 2015-09-11; "The next day" DATE 2015-09-12)"},
    {"He arrived on September 1. A week later, he resigned.", "2015-09-13",
     R"("September 1" DATE 2015-09-01; "A week later" DATE 2015-W37)"},
    {"He had resigned the previous day.", "2015-09-13", R"("the previous day" DATE 2015-09-12)"},
    // Ranges.
    {"The summit will be held on September 14-15.", "2015-09-13",
     R"("September 14-15" DATE 2015-09-14..2015-09-15)"},
    {"The summit will be held in Dushanbe on September 14-14, the agency wrote.", "2015-09-13",
     R"("September 14-14" DATE 2015-09-14..2015-09-14)"},
    {"The summit runs 14 to 15 September in Dushanbe.", "2015-09-13",
     R"("14 to 15 September" DATE 2015-09-14..2015-09-15)"},
    {"Talks run from September 30 to October 2 in Geneva.", "2015-09-13",
     R"("September 30 to October 2" DATE 2015-09-30..2015-10-02)"},
    {"Sales rose between May and July, the company said.", "2015-09-13",
     R"("May and July" DATE 2015-05..2015-07)"},
    // Durations.
    {"The fighting lasted three days.", "2015-09-13", R"("three days" DURATION P3D)"},
    {"The company bought a 30-day option.", "", R"("30-day" DURATION P30D)"},
    {"The fighting lasted for a week.", "", R"("a week" DURATION P1W)"},
    {"Talks went on for 24 hours.", "", R"("24 hours" DURATION PT24H)"},
    {"Prices rose over the past two years.", "", R"("the past two years" DURATION P2Y)"},
    {"Talks took several weeks.", "", R"("several weeks" DURATION PXW)"},
    // A half is written in the next smaller units.
    {"The term is 1.5 years.", "", R"("1.5 years" DURATION P1Y6M)"},
    {"The work week is 38.5 hours.", "", R"("38.5 hours" DURATION PT38H30M)"},
    {"Three quarters of the workers left.", "", ""},
    // Sets.
    {"The market closes every Monday.", "", R"("every Monday" SET XXXX-WXX-1)"},
    {"The board meets every two weeks.", "", R"("every two weeks" SET P2W)"},
    {"Prices are set daily.", "", R"("daily" SET P1D)"},
    // The present, the past, times of day.
    {"He is currently in Geneva.", "2015-09-13", R"("currently" DATE PRESENT_REF)"},
    {"Now, only one thought occurs.", "2015-09-13", R"("Now" DATE PRESENT_REF)"},
    {"He recently left Geneva.", "2015-09-13", R"("recently" DATE PAST_REF)"},
    {"The minister said this morning that talks failed.", "2015-09-13", R"("this morning" TIME 2015-09-13TMO)"},
    {"The market opens at 10 a.m. in New York.", "2015-09-13", R"("10 a.m." TIME 2015-09-13T10:00)"},
    {"Talks will resume Monday morning in Geneva.", "2015-09-13", R"("Monday morning" TIME 2015-09-14TMO)"},
    {"Talks resumed Monday morning in Geneva.", "2015-09-13", R"("Monday morning" TIME 2015-09-07TMO)"},
    // Financial copy: the reporting quarter, and the one a year before it.
    {"Profit rose in the third quarter. Sales in the quarter were flat, against $2 million a year earlier and in "
     "the year-earlier quarter.",
     "1989-10-26",
     R"("the third quarter" DATE 1989-Q3; "the quarter" DATE 1989-Q3; "a year earlier" DATE 1988-Q3; )"
     R"("the year-earlier quarter" DATE 1988-Q3)"},
    {"Sales in the quarter were flat.", "1989-10-26", R"("the quarter" DATE 1989-Q3)"},
    {"Net was $5 million, against $4 million a year earlier.", "1989-10-26", R"("a year earlier" DATE 1988)"},
    // Years where news uses them as years; ages and counts are not times.
    {"Sanctions followed its 1990 invasion of Kuwait.", "1991-02-25", R"("1990" DATE 1990)"},
    {"Sales rose slightly above fiscal 1989 sales.", "1989-11-02", R"("fiscal 1989" DATE 1989)"},
    {"Keating was convicted in nineteen ninety-one.", "1998-01-20", R"("nineteen ninety-one" DATE 1991)"},
    {"His promise to halve unemployment by the year two thousand was abandoned.", "1998-01-20",
     R"("the year two thousand" DATE 2000)"},
    {"Atlanta again, January nineteen ninety-seven.", "1998-02-27", R"("January nineteen ninety-seven" DATE 1997-01)"},
    {"Earnings will be lower for the last half of 1989 and the first two quarters of 1990.", "1989-10-26",
     R"("the last half of 1989" DATE 1989-H2; "the first two quarters of 1990" DATE 1990-H1)"},
    {"The 6-year-old boy arrived.", "2000-01-07", ""},
    {"Mr. Reupke, 52 years old, resigned.", "1989-10-26", ""},
    // Holidays, months of a named year, dates as modifiers, clock times with their day.
    {"Elian was found Thanksgiving Day clinging to an inner tube.", "2000-01-07",
     R"("Thanksgiving Day" DATE 1999-11-25)"},
    {"In July last year, Pol Pot was arrested.", "1998-02-19", R"("July last year" DATE 1997-07)"},
    {"The bombings on Aug. 7 killed 257 people.", "1998-08-20", R"("Aug. 7" DATE 1998-08-07)"},
    {"He was kidnapped at 10 p.m. Wednesday, police said.", "1998-02-13",
     R"("10 p.m. Wednesday" TIME 1998-02-11T22:00)"},
    // References and durations as TimeML writes them.
    {"Prices have risen in recent years and will fall in coming months.", "1989-10-26",
     R"("recent years" DURATION PXY; "coming months" DURATION PXM)"},
    // Tense cues: a capitalised "-ed" word is a name, not a past verb; "succeed" is not past; an
    // intent verb before "to" speaks of the future, after the expression only in the present.
    {"The father would be traveling to the United States Thursday.", "2000-04-05",
     R"("Thursday" DATE 2000-04-06)"},
    {"He will succeed Mr. Davison Feb. 1.", "1989-10-26", R"("Feb. 1" DATE 1990-02-01)"},
    {"The team planned to leave Nairobi on Thursday.", "1998-09-30", R"("Thursday" DATE 1998-10-01)"},
    {"The team planned a farewell on Thursday.", "1998-09-30", R"("Thursday" DATE 1998-09-24)"},
    {"On Tuesday, the league plans to hold a news conference.", "1998-10-26", R"("Tuesday" DATE 1998-10-27)"},
    {"On Friday, the government planned to pay the first claims.", "1998-09-30", R"("Friday" DATE 1998-09-25)"},
    {"The accession was planned for early March.", "1999-02-10", R"("early March" DATE 1999-03 START)"},
    {"On Friday, when she set aside vacation plans for the trip, the ban ended.", "1998-08-17",
     R"("Friday" DATE 1998-08-14)"},
    {"The group might come as soon as Tuesday.", "2000-04-03", R"("Tuesday" DATE 2000-04-04)"},
    {"The split would be paid on a still unspecified date in January.", "1989-10-26",
     R"("January" DATE 1990-01)"},
    {"The talks are supposed to conclude by May.", "1998-03-22", R"("May" DATE 1998-05)"},
    // "until" just before the expression looks forward, whatever the verb; not "Until ..., they had".
    {"The service has given the relatives until 9 a.m. Tuesday to sign.", "2000-04-03",
     R"("9 a.m. Tuesday" TIME 2000-04-04T09:00)"},
    {"Reno rejected an order that Elian remain in Miami until March 6.", "2000-01-15",
     R"("March 6" DATE 2000-03-06)"},
    {"Until Thursday, they had not called him a suspect.", "1999-05-07", R"("Thursday" DATE 1999-05-06)"},
    // A possessive weekday names an event that has happened, whatever the clause's verb.
    {"Relatives said they would look for ways to get around Wednesday's ruling.", "2000-01-07",
     R"("Wednesday" DATE 2000-01-05)"},
    {"Relatives will meet Wednesday to discuss the ruling.", "2000-01-07", R"("Wednesday" DATE 2000-01-12)"},
    // An expression in brackets takes the tense of the clause around them.
    {"The father will leave at dawn (4 a.m. EDT Thursday), Castro said.", "2000-04-05",
     R"("4 a.m. EDT Thursday" TIME 2000-04-06T04:00)"},
    // A whole number before " 1/" makes a half: the fraction is not scanned for by a rule.
    {"The flight took 5 1/2 hours, and the talks 2 hours.", "1998-08-17",
     R"("5 1/2 hours" DURATION PT5H30M; "2 hours" DURATION PT2H)"},
    // "that year" counts from the last mentioned date of any granularity, not only a day.
    {"Imports totaled $37 million in 1988, a small share of imports that year.", "1989-11-02",
     R"("1988" DATE 1988; "that year" DATE 1988)"},
    // Month offsets count from the last mentioned month, not only from a day.
    {"In March, it received an offer. The following month, it put itself up for sale.", "1989-10-27",
     R"("March" DATE 1989-03; "The following month" DATE 1989-04)"},
    {"It was introduced in October 1985 and suspended 16 months later.", "1987-03-17",
     R"("October 1985" DATE 1985-10; "16 months later" DATE 1987-02)"},
    // Decades as durations are written in years.
    {"The feud lasted two decades.", "1998-02-06", R"("two decades" DURATION P20Y)"},
    {"The future looks anything but encouraging.", "1989-10-26", R"("The future" DATE FUTURE_REF)"},
    {"The talks went on for years.", "1989-10-26", R"("years" DURATION PXY)"},
    {"It had revenue of $76 million for the year ended March 31.", "1989-10-26",
     R"("the year" DURATION P1Y; "March 31" DATE 1989-03-31)"},
    // A weekday in past-tense copy is the one before the document date (Tuesday 1990-08-14).
    {"The minister said he met the king on Friday.", "1990-08-14", R"("Friday" DATE 1990-08-10)"},
    // Datelines.
    {"SALVADOR, Feb 26 - Showers continued, Comissaria Smith said.", "1987-02-26", R"("Feb 26" DATE 1987-02-26)"},
    {"JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored the bombings.", "",
     R"("August 7" DATE XXXX-08-07)"},
    {"NEW YORK, March 3, 1987 - Shares rose.", "", R"("March 3, 1987" DATE 1987-03-03)"},
};

TEST_CASE("Time expressions are recognised and resolved to TIMEX3 values", "[temporal]") {
  for (const auto& c : kCases) {
    INFO("sentence: " << c.sentence << "\nanchor: " << c.anchor);
    CHECK(Dump(c.sentence, TagText(c.sentence, c.anchor)) == c.expected);
  }
}

TEST_CASE("A dateline anchors the story - without a year its dates keep XXXX", "[temporal]") {
  std::string text = "NEW YORK, March 3, 1987 - Shares rose on Monday and fell on March 2.";
  auto times = TagText(text, "");
  CHECK(times.anchor_source == "dateline");
  CHECK(Dump(text, times) == R"("March 3, 1987" DATE 1987-03-03; "Monday" DATE 1987-03-02; "March 2" DATE 1987-03-02)");
  text = "SALVADOR, Feb 26 - Showers continued on Feb 25.";
  times = TagText(text, "");
  CHECK(times.anchor_source == "dateline (year unknown)");
  CHECK(Dump(text, times) == R"("Feb 26" DATE XXXX-02-26; "Feb 25" DATE XXXX-02-25)");
}

const char* const kSeed =
    "Tajikistan's authorities said on Sunday that the renegade general who had attacked government security "
    "forces is still alive, contradicting reports from two days earlier that he had been killed.\n\n"
    "The confusion comes as he gets ready to host leaders who are meeting in Dushanbe starting on Monday.\n\n"
    "The conflict began September 4, when armed groups attacked police posts.\n\n"
    "A source told newspaper Asia Plus that Nazarzoda was killed on September 11. But on September 13, the "
    "secretary of the national security council Abdulrakhim Kahharov announced that Nazarzoda was still alive.\n\n"
    "\"Now, the goal was to disrupt the situation ahead of Independence day [on September 9] as well as the "
    "CSTO summit, which will be held in Dushanbe on September 14-14,\" the agency wrote in a commentary on "
    "September 10.\n\n"
    "\"I think that it will be one of the main issues in the meeting\" between Rahmon and Putin scheduled for "
    "September 14, said an aide.\n";

TEST_CASE("The seed's times resolve as the story means them, with and without --date", "[temporal]") {
  const std::string expected =
      R"("Sunday" DATE Y-09-13; "two days earlier" DATE Y-09-11; "Monday" DATE Y-09-14; )"
      R"("September 4" DATE Y-09-04; "September 11" DATE Y-09-11; "September 13" DATE Y-09-13; )"
      R"("Now" DATE PRESENT_REF; "September 9" DATE Y-09-09; "September 14-14" DATE Y-09-14..Y-09-14; )"
      R"("September 10" DATE Y-09-10; "September 14" DATE Y-09-14)";
  auto with_year = [&](const std::string& y) {
    std::string s = expected;
    for (size_t p; (p = s.find(" Y-")) != std::string::npos || (p = s.find(".Y-")) != std::string::npos;) {
      s.replace(p + 1, 1, y);
    }
    return s;
  };
  auto dated = TagText(kSeed, "2015-09-13");
  CHECK(Dump(kSeed, dated) == with_year("2015"));
  CHECK(dated.anchor_source == "--date");

  // Without a date, the weekdays and dates fit only years whose September 13 is a Sunday. This
  // excerpt names nobody with an office of known term, so the calendar cannot tell the years apart
  // and the most recent one not after today is assumed.
  auto undated = TagText(kSeed, "");
  CHECK(undated.candidate_years == std::vector<int>{1987, 1992, 1998, 2009, 2015, 2020, 2026});
  CHECK(undated.anchor_source == "inferred from weekday/date agreement");
  REQUIRE(undated.anchor);
  CHECK(FormatDay(std::chrono::sys_days{*undated.anchor}) == "2026-09-13");
  CHECK(Dump(kSeed, undated) == with_year("2026"));
}

TEST_CASE("Year inference: a weekday written with its date narrows the years", "[temporal]") {
  std::string text = "The summit opened on Monday, September 14. Leaders met again on Friday (October 2).";
  auto times = TagText(text, "");
  // Years in the last 40 where September 14 was a Monday (and October 2 a Friday).
  CHECK(times.candidate_years == std::vector<int>{1987, 1992, 1998, 2009, 2015, 2020, 2026});
  text = "The summit opened on Monday, September 14, 2015. Leaders met on Sunday, September 13.";
  times = TagText(text, "");
  CHECK(times.candidate_years == std::vector<int>{2015});
  // No weekday: nothing to infer from.
  times = TagText("Nazarzoda was killed on September 11.", "");
  CHECK(times.candidate_years.empty());
  CHECK(!times.anchor);
}

TEST_CASE("The whole seed, undated, resolves to 2015: terms of office rule out the other years", "[temporal]") {
  std::string seed = testing::ReadFileOrEmpty(testing::SourcePath("fixtures/eurasianet-tajikistan-general.txt"));
  REQUIRE(!seed.empty());
  // TagText works on text that normalisation leaves as it is: write the typography in ASCII.
  for (auto [from, to] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
           {"\u2019", "'"}, {"\u201c", "\""}, {"\u201d", "\""}, {"\u2013", "-"}, {"\u2026", "..."}, {"\u00a0", " "}}) {
    for (size_t p; (p = seed.find(from)) != std::string::npos;) seed.replace(p, from.size(), to);
  }
  auto undated = TagText(seed, "");
  auto dated = TagText(seed, "2015-09-13");
  // The calendar's candidates are still reported as such.
  CHECK(undated.candidate_years == std::vector<int>{1987, 1992, 1998, 2009, 2015, 2020, 2026});
  REQUIRE(undated.anchor);
  CHECK(FormatDay(std::chrono::sys_days{*undated.anchor}) == "2015-09-13");
  CHECK(undated.year_note.find("rule out 1987, 1992, 1998, 2009, 2020, 2026") != std::string::npos);
  CHECK(Dump(seed, undated) == Dump(seed, dated));
}

TEST_CASE("Terms of office narrow the calendar's years, never empty them, and ignore former holders", "[temporal]") {
  const std::string calendar = "The summit opened on Monday, September 14. Leaders met again on Friday (October 2).";
  // 1987 .. 2026 fit the calendar; Obama's presidency (2009-2017) leaves 2009 and 2015.
  auto times = TagText("U.S. President Barack Obama arrived. " + calendar, "");
  REQUIRE(times.anchor);
  CHECK(FormatDay(std::chrono::sys_days{*times.anchor}).substr(0, 4) == "2015");
  CHECK(times.year_note.find("assumed 2015, the most recent year left") == 0);
  // A former president says nothing about the story's year.
  times = TagText("Former President Barack Obama arrived. " + calendar, "");
  REQUIRE(times.anchor);
  CHECK(FormatDay(std::chrono::sys_days{*times.anchor}).substr(0, 4) == "2026");
  // Two terms that exclude each other would leave no year: the calendar's choice stands.
  times = TagText("President Barack Obama met President Boris Yeltsin. " + calendar, "");
  REQUIRE(times.anchor);
  CHECK(FormatDay(std::chrono::sys_days{*times.anchor}).substr(0, 4) == "2026");
  // A document date is never overridden.
  times = TagText("President Barack Obama arrived. " + calendar, "2021-09-13");
  CHECK(times.anchor_source == "--date");
}

TEST_CASE("The tenure example runner catches a rule that names the wrong span or a former holder", "[temporal][rules]") {
  const char* yaml =
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: tenure\n    terms: '2000-01-01..'\n"
      "    pattern: 'President\\s+Smith'\n"
      "    examples: {bad: ['<m>President</m> Smith spoke'], good: ['President Smith spoke']}\n";
  std::vector<Status> errors;
  rules::Pack pack = rules::LoadPack("t.yaml", yaml, &errors);
  REQUIRE(errors.empty());
  rules::RuleSet set;
  set.Add(std::move(pack));
  auto found = RunTimeRuleExamples(set);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message() == "rule 't/r': example should name \"President\" but named \"President Smith\"");
  CHECK(found[1].message() == "rule 't/r': good example named \"President Smith\"");
}

TEST_CASE("A tenure rule with malformed terms is an error at its key", "[temporal][rules]") {
  for (const char* terms : {"2015", "2015-01-01..2014-01-01", "..2015-02-30", ""}) {
    std::string yaml = std::string("pack: t\ndescription: x\nrules:\n  - id: r\n    kind: tenure\n    terms: '") + terms +
                       "'\n    pattern: 'x'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n";
    std::vector<Status> errors;
    rules::Pack pack = rules::LoadPack("t.yaml", yaml, &errors);
    REQUIRE(errors.empty());
    rules::RuleSet set;
    set.Add(std::move(pack));
    auto tagger = Tagger::Create(set);
    INFO(terms);
    REQUIRE(!tagger.ok());
    CHECK(tagger.status().where().line == 6);
    CHECK(tagger.status().message().find("terms must be") != std::string::npos);
  }
}

TEST_CASE("Every time rule's examples pass", "[temporal][rules]") {
  for (const auto& e : RunTimeRuleExamples(Rules())) FAIL_CHECK(e.where().ToString() << ": " << e.message());
}

TEST_CASE("A time rule with an unknown type or placeholder is an error at its key", "[temporal][rules]") {
  const char* const kBad[] = {
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: time\n    type: DAY\n    value: 'x'\n"
      "    pattern: 'x'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n",
      "pack: t\ndescription: x\nrules:\n  - id: r\n    kind: time\n    type: DATE\n    value: '{nope}'\n"
      "    pattern: '(?P<t>x)'\n    examples: {bad: ['<m>x</m>'], good: ['y']}\n",
  };
  const int kLines[] = {6, 7};  // the offending key
  for (int i = 0; i < 2; ++i) {
    const char* yaml = kBad[i];
    std::vector<Status> errors;
    rules::Pack pack = rules::LoadPack("t.yaml", yaml, &errors);
    REQUIRE(errors.empty());
    rules::RuleSet set;
    set.Add(std::move(pack));
    auto tagger = Tagger::Create(set);
    REQUIRE(!tagger.ok());
    CHECK(tagger.status().where().line == kLines[i]);
  }
}

}  // namespace
}  // namespace claimcheck::temporal
