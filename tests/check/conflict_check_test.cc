// conflict.life-status over the real seed text with hand-built claims (what the extract stage will
// fill): the finding's place and related location in original bytes, and the acknowledgement found
// in the lead paragraph ("contradicting reports").
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "check/analysis.h"
#include "check/registry.h"
#include "rules/loader.h"
#include "tests/support/golden.h"

namespace claimcheck::check {
namespace {

namespace chr = std::chrono;

chr::sys_days Day(unsigned d) { return chr::sys_days(chr::year{2015} / 9 / d); }

struct Seed {
  rules::LoadResult rules = rules::LoadRules(true, {});
  std::unique_ptr<ingest::Document> doc;
  Analysis a;
  std::unique_ptr<Check> check;

  explicit Seed(bool with_lead) {
    REQUIRE(rules.errors.empty());
    std::ifstream in(testing::SourcePath("fixtures/eurasianet-tajikistan-general.txt"), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    auto loaded = ingest::LoadDocument("seed.txt", bytes.str());
    REQUIRE(loaded.ok());
    doc = std::make_unique<ingest::Document>(std::move(loaded).value());
    auto analyzer = Analyzer::Create(rules.rules);
    REQUIRE(analyzer.ok());
    a = analyzer.value()->Analyze(*doc, 0);
    a.claims = {};  // the extractor's claims give way to these hand-built ones
    auto span_of = [&](const std::string& s) {
      auto at = a.text.text.find(s);
      REQUIRE(at != std::string::npos);
      return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
    };
    extract::Entity n;
    n.name = "Abduhalim Nazarzoda";
    n.aliases = {"Nazarzoda", "the renegade general"};
    if (with_lead) n.mentions.push_back(span_of("the renegade general"));
    a.claims.entities.push_back(n);
    auto claim = [&](std::string value, Span span, std::vector<std::string> sources) {
      extract::Claim c;
      c.subject = 0;
      c.subject_name = "Nazarzoda";
      c.attribute = "life-status";
      c.value = std::move(value);
      c.span = span;
      c.sources = std::move(sources);
      c.modality = extract::Modality::kReported;
      return c;
    };
    if (with_lead) {
      auto lead = claim("alive", span_of("authorities said on Sunday"), {"Tajikistan's authorities"});
      lead.made_first = lead.made_last = Day(13);
      a.claims.claims.push_back(lead);
    }
    auto asia = claim("dead", span_of("A source in the security services told newspaper Asia Plus"),
                      {"a source in the security services", "Asia Plus"});
    asia.about_first = asia.about_last = Day(11);
    a.claims.claims.push_back(asia);
    auto kahharov = claim("alive", span_of("Abdulrakhim Kahharov announced"),
                          {"Abdulrakhim Kahharov (secretary of the national security council)"});
    kahharov.made_first = kahharov.made_last = Day(13);
    a.claims.claims.push_back(kahharov);
    for (auto& c : AllChecks()) {
      if (c->info().id == "conflict.life-status") check = std::move(c);
    }
    REQUIRE(check);
    REQUIRE(check->Init(rules.rules).ok());
  }
};

TEST_CASE("conflict.life-status on the seed: one acknowledged finding at Kahharov, Asia Plus related", "[conflicts][seed]") {
  Seed seed(true);
  std::vector<Finding> out;
  seed.check->RunAll({&seed.a}, &out);
  REQUIRE(out.size() == 1);
  const Finding& f = out[0];
  CHECK(f.check == "conflict.life-status");
  CHECK(f.severity == Severity::kInfo);
  CHECK(seed.doc->source.Slice(f.where.span) == "Abdulrakhim Kahharov announced");
  REQUIRE(f.related.size() == 1);
  CHECK(seed.doc->source.Slice(f.related[0].where.span) ==
        "A source in the security services told newspaper Asia Plus");
  CHECK(f.message.find("(the story acknowledges the contradiction)") != std::string::npos);
  CHECK(f.message.find("a source in the security services told Asia Plus that Nazarzoda was dead on 11 Sep 2015") !=
        std::string::npos);
}

TEST_CASE("conflict.life-status on the seed without the lead: silent, a warning", "[conflicts][seed]") {
  Seed seed(false);
  std::vector<Finding> out;
  seed.check->RunAll({&seed.a}, &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].severity == Severity::kWarning);
  CHECK(out[0].message.find("acknowledges") == std::string::npos);
}

}  // namespace
}  // namespace claimcheck::check
