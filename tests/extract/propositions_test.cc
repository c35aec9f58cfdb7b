// The open proposition layer: a table of {sentence, the propositions' dumps}.
#include "extract/propositions.h"

#include <catch2/catch.hpp>

#include "check/analysis.h"
#include "rules/loader.h"
#include "tests/support/rules.h"

namespace claimcheck::extract {
namespace {

const rules::RuleSet& Rules() { return testing::BuiltinRules(); }

// "subject|predicate|object|polarity|modality|content,words" for each proposition, joined by "; ".
std::string Dump(const std::string& text) {
  auto doc = ingest::LoadDocument("t.txt", text);
  REQUIRE(doc.ok());
  auto analyzer = check::Analyzer::Create(Rules());
  REQUIRE(analyzer.ok());
  check::Analysis a = analyzer.value()->Analyze(doc.value(), 0);
  const auto reader = PropositionReader::FromRules(Rules());
  REQUIRE(reader);
  std::string out;
  for (const auto& p : reader->Extract(a.text, a.claims)) {
    if (!out.empty()) out += "; ";
    out += p.subject.text + "|" + p.predicate + "|" + p.object.text + "|" + PolarityName(p.polarity) + "|" +
           ModalityName(p.modality) + "|";
    for (size_t i = 0; i < p.content.size(); ++i) out += (i ? "," : "") + p.content[i];
  }
  return out;
}

TEST_CASE("Propositions: subject, predicate lemma and particles, object, polarity, modality", "[extract][propositions]") {
  const std::pair<const char*, const char*> kCases[] = {
      {"Police arrested the street artist in London.",
       "Police|arrest|street artist in London|positive|asserted|arrest,artist,london,police,street"},
      {"Banksy has not been arrested.", "Banksy|arrest||negative|asserted|arrest,banksy"},
      {"The rebels failed to take over the airport.",
       "rebels|take over|airport|negative|asserted|airport,rebel,take"},
      {"Shares rose sharply in Tokyo.", "Shares|rise|sharply in Tokyo|positive|asserted|rise,share,sharply,tokyo"},
      {"The minister may resign next week.", "minister|resign|next week|positive|hedged|minister,next,resign,week"},
      {"The airport is closed.", "airport|close||positive|asserted|airport,close"},
      {"The general is still alive.", "general|be|still alive|positive|asserted|alive,general,still"},
      // A clause inside an attribution's content is reported by its source.
      {"A source in the security services told newspaper Asia Plus that Nazarzoda was killed on September 11.",
       "source in the security services|tell|newspaper Asia Plus|positive|asserted|asia,newspaper,plus,security,"
       "service,source,tell; Nazarzoda|kill|on September 11|positive|reported|11,kill,nazarzoda,september"},
      // ... but one inside a negated frame's content is nobody's: only the frame's own clause.
      {"Police did not say that Acme closed the plant.", "Police|say||negative|asserted|police"},
      // Read from the shared token layer: a number keeps its thousands separators, an
      // abbreviation's period ends no clause, a hyphenated word is one word.
      {"Acme Corp earned 689,000 dlrs.", "Acme Corp|earn|689,000 dlrs|positive|asserted|689,000,acme,corp,dlr,earn"},
      {"Mr. Smith won the election.", "Mr. Smith|win|election|positive|asserted|election,mr.,smith,win"},
      {"The left-wing party lost the vote.", "left-wing party|lose|vote|positive|asserted|left-wing,lose,party,vote"},
      // No verb group, or no subject: no proposition.
      {"Markets in Tokyo.", ""},
  };
  for (const auto& [text, dump] : kCases) {
    INFO(text);
    CHECK(Dump(text) == dump);
  }
}

TEST_CASE("Tokenize: contractions stay whole, punctuation is a token, spans carry the base", "[extract][propositions]") {
  auto t = TokenizeWords("He isn't dead?", 5);
  REQUIRE(t.size() == 4);
  CHECK(t[1].lower == "isn't");
  CHECK(t[2].lemma == "dead");
  CHECK(t[3].lower == "?");
  CHECK(t[3].span.begin == 18);
}

}  // namespace
}  // namespace claimcheck::extract
