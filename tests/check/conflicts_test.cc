// The conflict checker's core on hand-built claims (no extractor): the seed's life-status
// conflict, its reversal, tolls across stories, and a denial against an assertion.
#include "check/conflicts.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"

namespace claimcheck::check {
namespace {

using extract::Claim;
using extract::DocumentClaims;
using extract::Entity;
using extract::Modality;
using extract::Polarity;
namespace chr = std::chrono;

chr::sys_days Day(int y, unsigned m, unsigned d) { return chr::sys_days(chr::year{y} / m / d); }

const rules::RuleSet& Builtin() {
  static const rules::LoadResult loaded = rules::LoadRules(true, {});
  REQUIRE(loaded.errors.empty());
  return loaded.rules;
}

Claim MakeClaim(int subject, std::string name, std::string attribute, std::string value, Span span) {
  Claim c;
  c.subject = subject;
  c.subject_name = std::move(name);
  c.attribute = std::move(attribute);
  c.value = std::move(value);
  c.span = span;
  c.modality = Modality::kReported;
  return c;
}

// The seed, by hand: the lead (authorities, alive, Sunday 13th, in a paragraph that says
// "contradicting reports"), Asia Plus (dead on the 11th) and Kahharov (alive on the 13th).
DocumentClaims Seed(bool reversed) {
  DocumentClaims d;
  Entity n;
  n.name = "Abduhalim Nazarzoda";
  n.aliases = {"Nazarzoda", "the renegade general"};
  n.mentions = {{60, 80}, {700, 709}, {800, 809}};
  d.entities.push_back(n);
  Claim lead = MakeClaim(0, "Abduhalim Nazarzoda", "life-status", "alive", {0, 150});
  lead.sources = {"Tajikistan's authorities"};
  lead.made_first = lead.made_last = Day(2015, 9, 13);
  Claim asia = MakeClaim(0, "Abduhalim Nazarzoda", "life-status", "dead", {650, 750});
  asia.sources = {"a source in the security services", "Asia Plus"};
  asia.about_first = asia.about_last = Day(2015, 9, reversed ? 13 : 11);
  Claim kahharov = MakeClaim(0, "Abduhalim Nazarzoda", "life-status", "alive", {752, 870});
  kahharov.sources = {"Abdulrakhim Kahharov (secretary of the national security council)"};
  kahharov.made_first = kahharov.made_last = Day(2015, 9, 13);
  if (reversed) {
    kahharov.made_first = kahharov.made_last = Day(2015, 9, 11);
    lead.made_first = lead.made_last = Day(2015, 9, 11);
  }
  d.claims = {lead, asia, kahharov};
  return d;
}

TEST_CASE("Seed: dead on the 11th, alive on the 13th: one acknowledged life-status conflict", "[conflicts]") {
  DocumentClaims seed = Seed(false);
  ConflictDocument doc{0, "seed.txt", &seed, {{0, 200}}, false};
  Comparison cmp = CompareClaims({doc}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  const Conflict& c = cmp.conflicts[0];
  CHECK(c.attribute == "life-status");
  CHECK(c.at == graph::ClaimRef{0, 2});     // Kahharov, nearest the Asia Plus report
  CHECK(c.other == graph::ClaimRef{0, 1});  // Asia Plus
  CHECK(c.acknowledged);
  CHECK(c.severity == Severity::kInfo);
  CHECK(c.message ==
        "conflicting life-status for Abduhalim Nazarzoda: Abdulrakhim Kahharov (secretary of the national "
        "security council) said on 13 Sep 2015 that Abduhalim Nazarzoda was alive; earlier, a source in the "
        "security services told Asia Plus that Abduhalim Nazarzoda was dead on 11 Sep 2015 (the story "
        "acknowledges the contradiction)");
  CHECK(c.other_message ==
        "the earlier claim: a source in the security services told Asia Plus that Abduhalim Nazarzoda was dead "
        "on 11 Sep 2015");
  // The two alive claims corroborate.
  REQUIRE(cmp.corroborations.size() == 1);
  CHECK(cmp.corroborations[0] == std::make_pair(graph::ClaimRef{0, 2}, graph::ClaimRef{0, 0}));
}

TEST_CASE("Seed without the acknowledgement: the same conflict, silent, at warning", "[conflicts]") {
  DocumentClaims seed = Seed(false);
  ConflictDocument doc{0, "seed.txt", &seed, {}, false};
  Comparison cmp = CompareClaims({doc}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK_FALSE(cmp.conflicts[0].acknowledged);
  CHECK(cmp.conflicts[0].severity == Severity::kWarning);
  CHECK(cmp.conflicts[0].message.find("acknowledges") == std::string::npos);
}

TEST_CASE("Reversed: alive on the 11th, killed on the 13th: no conflict", "[conflicts]") {
  DocumentClaims seed = Seed(true);
  ConflictDocument doc{0, "seed.txt", &seed, {{0, 200}}, false};
  Comparison cmp = CompareClaims({doc}, Builtin());
  CHECK(cmp.conflicts.empty());
}

TEST_CASE("A hedged side lowers the severity", "[conflicts]") {
  DocumentClaims seed = Seed(false);
  seed.claims[1].modality = Modality::kHedged;
  ConflictDocument doc{0, "seed.txt", &seed, {}, false};
  Comparison cmp = CompareClaims({doc}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].severity == Severity::kInfo);
  CHECK_FALSE(cmp.conflicts[0].acknowledged);
}

DocumentClaims Toll(const std::string& value, chr::sys_days made, std::string source) {
  DocumentClaims d;
  Entity e;
  e.name = "Khorog attack";
  e.type = extract::EntityType::kOther;
  d.entities.push_back(e);
  Claim c = MakeClaim(0, "Khorog attack", "count", value, {10, 40});
  c.made_first = c.made_last = made;
  c.sources = {std::move(source)};
  d.claims.push_back(c);
  return d;
}

TEST_CASE("Two stories, tolls of 12 and 9 on the same day: a cross-story count conflict", "[conflicts]") {
  DocumentClaims a = Toll("12", Day(2024, 5, 1), "the interior ministry");
  DocumentClaims b = Toll("9", Day(2024, 5, 1), "hospital officials");
  Comparison cmp = CompareClaims({{0, "a.txt", &a, {}, false}, {1, "b.txt", &b, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].attribute == "count");
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{1, 0});
  CHECK(cmp.conflicts[0].other == graph::ClaimRef{0, 0});
  CHECK(cmp.conflicts[0].severity == Severity::kWarning);
  CHECK(cmp.conflicts[0].message ==
        "conflicting count for Khorog attack: hospital officials said on 1 May 2024 that the count for Khorog "
        "attack was 9; earlier, the interior ministry said on 1 May 2024 that the count for Khorog attack was 12");
}

TEST_CASE("A toll that rises from 9 to 12 a day later is no conflict - one that falls is", "[conflicts]") {
  DocumentClaims a = Toll("9", Day(2024, 5, 1), "officials");
  DocumentClaims b = Toll("12", Day(2024, 5, 2), "officials");
  CHECK(CompareClaims({{0, "a.txt", &a, {}, false}, {1, "b.txt", &b, {}, false}}, Builtin()).conflicts.empty());
  DocumentClaims c = Toll("12", Day(2024, 5, 1), "officials");
  DocumentClaims d = Toll("9", Day(2024, 5, 2), "officials");
  auto cmp = CompareClaims({{0, "c.txt", &c, {}, false}, {1, "d.txt", &d, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{1, 0});
  // Equal tolls corroborate.
  DocumentClaims e = Toll("12", Day(2024, 5, 1), "a");
  DocumentClaims f = Toll("12", Day(2024, 5, 1), "b");
  auto same = CompareClaims({{0, "e.txt", &e, {}, false}, {1, "f.txt", &f, {}, false}}, Builtin());
  CHECK(same.conflicts.empty());
  CHECK(same.corroborations.size() == 1);
}

TEST_CASE("A denial of an arrest against an assertion of it is a detention conflict", "[conflicts]") {
  DocumentClaims d;
  Entity e;
  e.name = "Umarali Kuvvatov";
  d.entities.push_back(e);
  Claim arrest = MakeClaim(0, "Umarali Kuvvatov", "detention", "detained", {0, 40});
  arrest.sources = {"his lawyer"};
  Claim denial = MakeClaim(0, "Umarali Kuvvatov", "detention", "detained", {50, 110});
  denial.sources = {"the ministry"};
  denial.modality = Modality::kDenied;
  denial.polarity = Polarity::kNegative;
  d.claims = {arrest, denial};
  auto cmp = CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].attribute == "detention");
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{0, 1});
  CHECK(cmp.conflicts[0].message ==
        "conflicting detention for Umarali Kuvvatov: the ministry denied that Umarali Kuvvatov was detained; "
        "earlier, his lawyer said that Umarali Kuvvatov was detained");
  // Detained then free later: people are released.
  d.claims[1] = MakeClaim(0, "Umarali Kuvvatov", "detention", "free", {50, 110});
  d.claims[0].about_first = d.claims[0].about_last = Day(2015, 1, 1);
  d.claims[1].about_first = d.claims[1].about_last = Day(2015, 2, 1);
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
}

TEST_CASE("Claims about different entities or attributes are not compared", "[conflicts]") {
  DocumentClaims d;
  d.entities = {Entity{"Ali", extract::EntityType::kPerson, {}, {}, {}}, Entity{"Vali", extract::EntityType::kPerson, {}, {}, {}}};
  Claim a = MakeClaim(0, "Ali", "life-status", "dead", {0, 10});
  Claim b = MakeClaim(1, "Vali", "life-status", "alive", {20, 30});
  Claim c = MakeClaim(0, "Ali", "detention", "free", {40, 50});
  d.claims = {a, b, c};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
}

TEST_CASE("Entities merge across stories by name and capitalised alias, not by description", "[conflicts][graph]") {
  DocumentClaims a, b;
  a.entities = {Entity{"Abduhalim Nazarzoda", extract::EntityType::kPerson, {}, {"Nazarzoda", "the general"}, {}}};
  b.entities = {Entity{"Nazarzoda", extract::EntityType::kPerson, {}, {"the general"}, {}},
                Entity{"Other Man", extract::EntityType::kPerson, {}, {"the general"}, {}}};
  Claim dead = MakeClaim(0, "Abduhalim Nazarzoda", "life-status", "dead", {0, 10});
  dead.about_first = dead.about_last = Day(2015, 9, 11);
  Claim alive = MakeClaim(0, "Nazarzoda", "life-status", "alive", {0, 10});
  alive.made_first = alive.made_last = Day(2015, 9, 13);
  Claim other = MakeClaim(1, "Other Man", "life-status", "alive", {20, 30});
  other.made_first = other.made_last = Day(2015, 9, 13);
  a.claims = {dead};
  b.claims = {alive, other};
  graph::EntityIndex index({{0, "a.txt", &a}, {1, "b.txt", &b}});
  CHECK(index.size() == 2);
  CHECK(index.EntityOf({0, 0}) == index.EntityOf({1, 0}));
  CHECK(index.EntityOf({1, 1}) != index.EntityOf({1, 0}));
  CHECK(index.Name(index.EntityOf({1, 0})) == "Abduhalim Nazarzoda");
  auto cmp = CompareClaims({{0, "a.txt", &a, {}, false}, {1, "b.txt", &b, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{1, 0});
}

TEST_CASE("Archive claims join the comparison - findings land in the checked document", "[conflicts]") {
  DocumentClaims draft = Toll("12", Day(2024, 5, 1), "the ministry");   // earlier
  DocumentClaims archive = Toll("9", Day(2024, 5, 2), "officials");      // later, falls
  auto cmp = CompareClaims({{0, "draft.txt", &draft, {}, false}, {1, "archive.jsonl", &archive, {}, true}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{0, 0});
  CHECK(cmp.conflicts[0].other == graph::ClaimRef{1, 0});
  CHECK(cmp.conflicts[0].other_message.rfind("the later claim: ", 0) == 0);
  // Two archive documents never yield a finding.
  auto none = CompareClaims({{0, "x", &draft, {}, true}, {1, "y", &archive, {}, true}}, Builtin());
  CHECK(none.conflicts.empty());
}

}  // namespace
}  // namespace claimcheck::check

namespace claimcheck::check {
namespace {

TEST_CASE("Whereabouts: two places on one day conflict - undated places, or a move, do not", "[conflicts]") {
  extract::DocumentClaims d;
  d.entities = {extract::Entity{"Ali", extract::EntityType::kPerson, {}, {}, {}}};
  auto at = [&](std::string place, std::optional<unsigned> day, uint32_t begin) {
    extract::Claim c;
    c.subject = 0;
    c.subject_name = "Ali";
    c.attribute = "whereabouts";
    c.value = std::move(place);
    c.span = {begin, begin + 10};
    if (day) c.about_first = c.about_last = chr::sys_days(chr::year{2016} / 3 / *day);
    return c;
  };
  d.claims = {at("Dushanbe", 8, 0), at("Khorog", 8, 20)};
  auto cmp = CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].attribute == "whereabouts");
  d.claims = {at("Dushanbe", 8, 0), at("Khorog", 9, 20)};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
  d.claims = {at("Dushanbe", std::nullopt, 0), at("Khorog", std::nullopt, 20)};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
}

TEST_CASE("Office: back in office after resigning only through an appointment", "[conflicts]") {
  extract::DocumentClaims d;
  d.entities = {extract::Entity{"the minister", extract::EntityType::kPerson, {}, {}, {}}};
  auto claim = [&](std::string value, unsigned day, uint32_t begin) {
    extract::Claim c;
    c.subject = 0;
    c.attribute = "office";
    c.value = std::move(value);
    c.span = {begin, begin + 10};
    c.about_first = c.about_last = chr::sys_days(chr::year{2016} / 3 / day);
    return c;
  };
  d.claims = {claim("resigned", 3, 0), claim("in-office", 5, 20)};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.size() == 1);
  d.claims = {claim("resigned", 3, 0), claim("appointed", 20, 20), claim("in-office", 25, 40)};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
  d.claims = {claim("in-office", 3, 0), claim("dismissed", 5, 20)};
  CHECK(CompareClaims({{0, "a.txt", &d, {}, false}}, Builtin()).conflicts.empty());
}

TEST_CASE("Event dates: two dates for one event conflict, whenever said", "[conflicts]") {
  extract::DocumentClaims a, b;
  auto claim = [](std::string value) {
    extract::Claim c;
    c.subject_name = "Khorog attack";
    c.attribute = "event-date";
    c.value = std::move(value);
    c.made_first = c.made_last = chr::sys_days(chr::year{2015} / 9 / 6);
    return c;
  };
  a.claims = {claim("2015-09-04")};
  b.claims = {claim("2015-09-05")};
  auto cmp = CompareClaims({{0, "a.txt", &a, {}, false}, {1, "b.txt", &b, {}, false}}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].message.find("happened on 5 Sep 2015") != std::string::npos);
  b.claims = {claim("2015-09-04")};
  CHECK(CompareClaims({{0, "a.txt", &a, {}, false}, {1, "b.txt", &b, {}, false}}, Builtin()).conflicts.empty());
}

}  // namespace
}  // namespace claimcheck::check

namespace claimcheck::check {
namespace {

TEST_CASE("Seed with the lead's own dead claim (\"reports ... that he had been killed\"): still one conflict", "[conflicts]") {
  DocumentClaims seed = Seed(false);
  Claim reports = MakeClaim(0, "Abduhalim Nazarzoda", "life-status", "dead", {160, 230});
  reports.sources = {"reports"};
  reports.modality = Modality::kReported;
  reports.about_first = reports.about_last = Day(2015, 9, 11);
  seed.claims.push_back(reports);
  ConflictDocument doc{0, "seed.txt", &seed, {{0, 200}}, false};
  Comparison cmp = CompareClaims({doc}, Builtin());
  REQUIRE(cmp.conflicts.size() == 1);
  CHECK(cmp.conflicts[0].at == graph::ClaimRef{0, 2});
  CHECK(cmp.conflicts[0].other == graph::ClaimRef{0, 1});
  CHECK(cmp.conflicts[0].acknowledged);
  CHECK(cmp.corroborations.size() == 2);  // the two dead claims, the two alive claims
}

}  // namespace
}  // namespace claimcheck::check
