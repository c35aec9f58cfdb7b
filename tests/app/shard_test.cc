// The binary's side of the scale-out driver (app/shard.h), without Dask: a shard's claims as
// shuffle records, the reducer over hand-written groups, and `check --conflicts` placing the
// reducer's findings as one run would.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "app/shard.h"
#include "rules/loader.h"
#include "tests/support/golden.h"

namespace claimcheck::app {
namespace {

using testing::RunCli;
namespace fs = std::filesystem;

std::string Temp(const std::string& name) {
  return (fs::temp_directory_path() / ("claimcheck-shard-test-" + std::to_string(::getpid()) + "-" + name)).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("The seed's shard records, grouped by hand, give the seed's conflict as check --conflicts places it",
          "[shard]") {
  const std::string seed = "fixtures/eurasianet-tajikistan-general.txt";
  const std::string records = Temp("records.jsonl"), empty = Temp("empty.jsonl"), found = Temp("found.jsonl");
  { std::ofstream(empty) << ""; }
  // Map: the seed alone, its conflicts left out, its claims written.
  auto map = RunCli({"check", "--format", "json", "--conflicts", empty, "--shard-claims", records, seed});
  INFO(map.err);
  REQUIRE(map.exit_code == 1);
  CHECK(map.out.find("conflict.") == std::string::npos);
  // Shuffle by hand: one story, so each (entity, attribute) is a group.
  std::istringstream lines(Slurp(records));
  std::ostringstream grouped;
  std::string line;
  int docs = 0, claims = 0;
  std::map<std::pair<std::string, int>, int> groups;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["type"] == "doc") {
      ++docs;
      CHECK(j["path"] == seed);
      continue;
    }
    ++claims;
    auto key = std::make_pair(j["attribute"].get<std::string>(), j["entity"].get<int>());
    j["group"] = groups.emplace(key, static_cast<int>(groups.size())).first->second;
    grouped << j.dump() << "\n";
  }
  CHECK(docs == 1);
  CHECK(claims >= 2);
  // Reduce.
  auto rules = rules::LoadRules(true, {});
  REQUIRE(rules.errors.empty());
  std::istringstream in(grouped.str());
  std::ostringstream out;
  REQUIRE(CheckGroups(rules.rules, "grouped", in, out).ok());
  CHECK(out.str().find("\"check\":\"conflict.life-status\"") != std::string::npos);
  { std::ofstream(found) << out.str(); }
  // Finish: the same bytes as one run.
  auto finish = RunCli({"check", "--format", "json", "--conflicts", found, seed});
  auto one = RunCli({"check", "--format", "json", seed});
  CHECK(finish.exit_code == one.exit_code);
  CHECK(finish.out == one.out);
  for (const auto& f : {records, empty, found}) std::remove(f.c_str());
}

TEST_CASE("The reducer rejects a malformed record with its line", "[shard]") {
  auto rules = rules::LoadRules(true, {});
  REQUIRE(rules.errors.empty());
  std::istringstream in("\n{\"doc\": 1}\n");
  std::ostringstream out;
  Status s = CheckGroups(rules.rules, "records", in, out);
  REQUIRE(!s.ok());
  CHECK(s.where().path == "records");
  CHECK(s.where().line == 2);
}

TEST_CASE("check --list-inputs prints the inputs as check expands them", "[shard]") {
  auto r = RunCli({"check", "--list-inputs", "fixtures/stories", "fixtures/stories/attack-hospital.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "fixtures/stories/attack-hospital.txt\nfixtures/stories/attack-ministry.txt\n"
        "fixtures/stories/attack-next-day.txt\nfixtures/stories/seed-reversed.txt\n");
}

}  // namespace
}  // namespace claimcheck::app
