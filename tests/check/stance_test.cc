// The stance of a story towards a claim: a table of {claim, story, stance, rule of the first
// evidence}, each row a decision rule of docs/stance.md and its clean counterpart.
#include "check/stance.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"
#include "tests/support/rules.h"

namespace claimcheck::check {
namespace {

const rules::RuleSet& Rules() { return testing::BuiltinRules(); }

struct Decided {
  std::string stance;
  std::string rule;
  std::string cue;
};

Decided Decide(const std::string& claim, const std::string& story) {
  auto doc = ingest::LoadDocument("t.txt", story);
  REQUIRE(doc.ok());
  auto analyzer = Analyzer::Create(Rules());
  REQUIRE(analyzer.ok());
  Analysis a = analyzer.value()->Analyze(doc.value(), 0);
  auto decider = StanceDecider::Create(Rules());
  REQUIRE(decider.ok());
  StanceResult r = decider.value().Decide(claim, a);
  Decided d;
  d.stance = std::string(StanceLabelName(r.stance));
  if (!r.evidence.empty()) {
    d.rule = r.evidence[0].rule;
    d.cue = std::string(a.text.Slice(r.evidence[0].cue));
  }
  return d;
}

struct Case {
  const char* claim;
  const char* story;
  const char* stance;
  const char* rule;
  const char* cue;
};

TEST_CASE("Stance decisions, each with its counterpart", "[check][stance]") {
  const Case kCases[] = {
      // Refutation cues, and a refutation that is itself negated.
      {"Willie Nelson is dead", "Willie Nelson dead? Viral hoax fools internet.\n", "against", "stance/refutation", "hoax"},
      {"A Florida woman got a third breast", "Florida woman vows her third breast is no hoax.\n", "for",
       "stance/negated-refutation", "no hoax"},
      {"Saudi Arabia will segregate men and women on flights",
       "Saudi airline denies plan to segregate men and women on flights.\n", "against", "stance/refutation", "denies"},
      // A refutation asked as an open question reports the claim.
      {"There is an audio recording of the shooting", "Was the audio recording of the shooting a hoax?\n", "observing",
       "stance/questioned-refutation", "hoax"},
      // A negation close to a content word of the claim, and one about something else.
      {"Banksy was arrested", "Banksy has not been arrested, his agent said.\n", "against", "stance/negation", "not"},
      {"A nun gave birth to a child", "Nun who gave birth had no idea she was pregnant.\n", "for", "stance/asserts", ""},
      {"Al-Baghdadi was killed in an airstrike", "Al-Baghdadi not killed, officials insist.\n", "against",
       "stance/negation", "not"},
      // A negative claim is not refuted by a negation.
      {"The panel did not include any women", "The panel did not include any women.\n", "for", "stance/asserts", ""},
      {"Banksy was arrested", "No, Banksy was never in custody.\n", "against", "stance/refusal", "No"},
      // Reports without commitment.
      {"ISIS beheaded James Foley", "James Foley reportedly beheaded by ISIS.\n", "observing", "stance/hedge",
       "reportedly"},
      {"Apple will launch a 12-inch MacBook Air", "Apple's next MacBook could be a 12-inch MacBook Air.\n", "observing",
       "stance/hedge", "could"},
      {"Fidel Castro has died", "Fidel Castro dead?\n", "observing", "stance/question", "?"},
      {"Fidel Castro has died", "Fidel Castro has died in Havana.\n", "for", "stance/asserts", ""},
      // A story that does not speak of the claim.
      {"Fidel Castro has died", "Apple sells more watches than ever.\n", "unrelated", "", ""},
      // The decisive sentence wins over the others of a story; a sentence about something else
      // does not count.
      {"The Batmobile was stolen", "The Batmobile was stolen, a blog said.\n\nPolice said the Batmobile story was false.\n",
       "against", "stance/refutation", "false"},
      {"The Batmobile was stolen", "The Batmobile was stolen, a blog said.\n\nPolice said the parade was false.\n",
       "observing", "stance/hedge", "said"},
  };
  for (const Case& c : kCases) {
    INFO(c.claim << " / " << c.story);
    Decided d = Decide(c.claim, c.story);
    CHECK(d.stance == c.stance);
    CHECK(d.rule == c.rule);
    CHECK(d.cue == c.cue);
  }
}

TEST_CASE("Stance tokens: contractions stay whole, punctuation is a token, lemmas from WordNet", "[check][stance]") {
  auto t = StanceTokens("Hefner isn't dead? Rumours denied.", 10);
  REQUIRE(t.size() == 7);
  CHECK(t[1].lower == "isn't");
  CHECK(t[3].lower == "?");
  CHECK(t[4].lemma == "rumour");
  CHECK(t[5].lemma == "deny");
  CHECK(t[0].span.begin == 10);
  CHECK(t[0].span.end == 16);
}

TEST_CASE("A stance pack without its lexicons is an error, not a silent for", "[check][stance]") {
  rules::RuleSet empty;
  auto d = StanceDecider::Create(empty);
  REQUIRE_FALSE(d.ok());
  CHECK(d.status().message() == "rule pack 'stance' has no lexicon 'refutation'");
}

}  // namespace
}  // namespace claimcheck::check
