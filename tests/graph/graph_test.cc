// The claim graph's exports (golden DOT and GraphML from a hand-written claims archive), the
// claims JSONL reader's errors, and `check --against`.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "graph/claim_graph.h"
#include "graph/claims_jsonl.h"
#include "tests/support/golden.h"

namespace claimcheck::graph {
namespace {

using testing::CompareGolden;
using testing::RunCli;

TEST_CASE("claimcheck graph exports the archive's claim graph as DOT and GraphML", "[graph][golden]") {
  for (const std::string format : {"dot", "graphml"}) {
    DYNAMIC_SECTION(format) {
      auto r = RunCli({"graph", "--format", format, "--against", "fixtures/graph/archive.jsonl"});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      std::string diff = CompareGolden("fixtures/graph/archive." + format, r.out);
      INFO(diff);
      CHECK(diff.empty());
      // The seed's conflict, the tolls' conflict and the two alive claims' corroboration are edges.
      const std::string conflict = format == "dot" ? "conflicts-with" : ">conflicts-with<";
      size_t n = 0;
      for (size_t at = r.out.find(conflict); at != std::string::npos; at = r.out.find(conflict, at + 1)) ++n;
      CHECK(n == 2);
      CHECK(r.out.find("corroborates") != std::string::npos);
    }
  }
}

TEST_CASE("claimcheck graph rejects an unknown format", "[graph]") {
  auto r = RunCli({"graph", "--format", "svg", "--against", "fixtures/graph/archive.jsonl"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format must be dot or graphml") != std::string::npos);
}

TEST_CASE("Claims JSONL round-trips and merges a document's claims by entity", "[graph][jsonl]") {
  std::ifstream in(testing::SourcePath("fixtures/graph/archive.jsonl"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto docs = ReadClaimsJsonl("archive.jsonl", text);
  REQUIRE(docs.ok());
  REQUIRE(docs.value().size() == 3);
  const auto& seed = docs.value()[0];
  CHECK(seed.path == "fixtures/eurasianet-tajikistan-general.txt");
  REQUIRE(seed.claims.entities.size() == 1);
  CHECK(seed.claims.entities[0].aliases == std::vector<std::string>{"Nazarzoda", "the renegade general"});
  REQUIRE(seed.claims.claims.size() == 3);
  CHECK(seed.claims.claims[1].sources == std::vector<std::string>{"a source in the security services", "Asia Plus"});
  CHECK(seed.claims.claims[1].span == Span{775, 875});
  std::ostringstream out;
  WriteClaimsJsonl(seed.path, seed.claims, [](Span s) { return s; }, out);
  auto again = ReadClaimsJsonl("again.jsonl", out.str());
  REQUIRE(again.ok());
  REQUIRE(again.value().size() == 1);
  CHECK(again.value()[0].claims.claims.size() == 3);
  CHECK(again.value()[0].claims.claims[1].about_first == seed.claims.claims[1].about_first);
  CHECK(again.value()[0].claims.claims[2].modality == extract::Modality::kReported);
}

TEST_CASE("Malformed claims JSONL is an error at file:line", "[graph][jsonl]") {
  const std::string good = R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3"})";
  struct Case {
    std::string line;
    const char* message;
  } cases[] = {
      {"{not json", "not valid JSON"},
      {"[1, 2]", "expected one JSON object per line"},
      {R"({"document": "a.txt", "attribute": "count", "value": "3"})", "missing key 'entity'"},
      {R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": 3})", "'value' must be a string"},
      {R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3", "colour": 1})", "unknown key 'colour'"},
      {R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3", "modality": "sure"})", "'modality' must be"},
      {R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3", "made": {"first": "2015-02-30"}})", "made.first must be a date"},
      {R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3", "span": {"begin": 9, "end": 2}})", "0 <= begin <= end"},
  };
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.message) {
      auto r = ReadClaimsJsonl("x.jsonl", good + "\n\n" + c.line + "\n");
      REQUIRE_FALSE(r.ok());
      INFO(r.status().ToString());
      CHECK(r.status().message().find(c.message) != std::string::npos);
      CHECK(r.status().where().path == "x.jsonl");
      CHECK(r.status().where().line == 3);
    }
  }
}

TEST_CASE("check --against: a malformed archive exits 2 with file:line - a good one runs", "[graph][against]") {
  const std::string bad = (std::filesystem::temp_directory_path() / "build-against-bad.jsonl").string();
  {
    std::ofstream f(bad);
    f << R"({"document": "a.txt", "entity": "X", "attribute": "count", "value": "3"})" << "\n{oops\n";
  }
  auto r = RunCli({"check", "--against", bad, "fixtures/checks/conflict.count/clean.txt"});
  std::remove(bad.c_str());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("build-against-bad.jsonl:2: error: claims JSONL: not valid JSON") != std::string::npos);
  // Archive claims never yield findings among themselves (the tolls in the archive conflict, but
  // neither is in the checked document).
  auto ok = RunCli({"check", "--format", "json", "--against", "fixtures/graph/archive.jsonl",
                    "fixtures/checks/conflict.count/clean.txt"});
  INFO(ok.err);
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.find("conflict.") == std::string::npos);
}

}  // namespace
}  // namespace claimcheck::graph

namespace claimcheck::graph {
namespace {

TEST_CASE("Graph structure: named sources shared across stories, anonymous ones not - chains via outlets", "[graph]") {
  extract::DocumentClaims a, b;
  extract::Claim c;
  c.subject_name = "Ali";
  c.attribute = "detention";
  c.value = "detained";
  c.sources = {"a police source", "Reuters"};
  a.claims = {c};
  b.claims = {c};
  ClaimGraph g = ClaimGraph::Build({{0, "a.txt", &a}, {1, "b.txt", &b}});
  CHECK(g.DebugString() ==
        "0 entity Ali\n"
        "1 document a.txt\n"
        "2 claim Ali detention = detained\n(a police source)\n"
        "3 source a police source\n"
        "4 source Reuters\n"
        "5 document b.txt\n"
        "6 claim Ali detention = detained\n(a police source)\n"
        "7 source a police source\n"
        "2 -in-document-> 1\n"
        "2 -about-> 0\n"
        "2 -attributed-to-> 3\n"
        "3 -via-> 4\n"
        "6 -in-document-> 5\n"
        "6 -about-> 0\n"
        "6 -attributed-to-> 7\n"
        "7 -via-> 4\n");
  auto groups = g.Groups();
  REQUIRE(groups.size() == 1);
  CHECK(groups[0] == std::vector<ClaimRef>{{0, 0}, {1, 0}});
}

}  // namespace
}  // namespace claimcheck::graph

namespace claimcheck::graph {
namespace {

TEST_CASE("extract -o writes claims JSONL that check --against reads back", "[graph][against]") {
  const std::string out = (std::filesystem::temp_directory_path() / "claimcheck-extract-test.jsonl").string();
  auto r = RunCli({"extract", "-o", out, "fixtures/eurasianet-tajikistan-general.txt"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(std::filesystem::exists(out));
  // Every line is a claim the reader accepts (none yet without the extract stage, then the seed's).
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(ReadClaimsJsonl(out, text).ok());
  auto check = RunCli({"check", "--fail-on", "none", "--against", out, "fixtures/checks/conflict.count/clean.txt"});
  std::remove(out.c_str());
  INFO(check.err);
  CHECK(check.exit_code == 0);
  auto missing = RunCli({"check", "--against", "no/such/claims.jsonl", "fixtures/checks/conflict.count/clean.txt"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no/such/claims.jsonl: error: cannot open claims file") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck::graph
