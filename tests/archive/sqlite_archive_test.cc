// The SQLite claims archive: what goes in comes out, a story put again replaces its rows, and
// ReadGroups finds exactly the entities merged with the seeds (through aliases, across stories),
// only in stories with a claim of the attribute.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "archive/format.h"
#include "archive/sqlite_archive.h"
#include "graph/claims_jsonl.h"

namespace claimcheck::archive {
namespace {

namespace fs = std::filesystem;

// A fresh archive file, removed (with its WAL files) at the end of the test.
struct TempArchive {
  TempArchive() {
    path = (fs::temp_directory_path() / ("claimcheck-archive-test-" + std::to_string(::getpid()) + ".db")).string();
    Remove();
  }
  ~TempArchive() { Remove(); }
  void Remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  }
  std::string path;
};

std::vector<graph::ArchiveDocument> Parse(const std::string& jsonl) {
  auto docs = graph::ReadClaimsJsonl("test.jsonl", jsonl);
  REQUIRE(docs.ok());
  return docs.value();
}

std::string Dump(const std::vector<graph::ArchiveDocument>& docs) {
  std::ostringstream out;
  for (const auto& d : docs) graph::WriteClaimsJsonl(d.path, d.claims, [](Span s) { return s; }, out);
  return out.str();
}

const char* const kArchive =
    R"({"document":"a.txt","entity":"Abduhalim Nazarzoda","aliases":["Nazarzoda","the general"],"attribute":"life-status","value":"dead","sources":["a source","Asia Plus"],"span":{"begin":3,"end":9}}
{"document":"b.txt","entity":"Nazarzoda","aliases":["Gen. N"],"attribute":"count","value":"4"}
{"document":"c.txt","entity":"Gen. N","aliases":[],"attribute":"life-status","value":"alive"}
{"document":"d.txt","entity":"Nazarzoda","aliases":["Gen. N"],"attribute":"life-status","value":"alive"}
{"document":"e.txt","entity":"Someone Else","aliases":[],"attribute":"life-status","value":"dead"}
)";

std::unique_ptr<SqliteArchive> Filled(const TempArchive& t) {
  auto opened = SqliteArchive::Open(t.path, SqliteArchive::Mode::kWrite);
  REQUIRE(opened.ok());
  auto db = std::move(opened).value();
  REQUIRE(db->Begin().ok());
  for (const auto& d : Parse(kArchive)) REQUIRE(db->Put({d.path, "h", "", ""}, d).ok());
  REQUIRE(db->Commit().ok());
  return db;
}

TEST_CASE("A SQLite archive gives back what was put, in order", "[archive]") {
  TempArchive t;
  auto db = Filled(t);
  auto all = db->ReadAll();
  REQUIRE(all.ok());
  CHECK(Dump(all.value()) == Dump(Parse(kArchive)));
  auto stats = db->Stats();
  REQUIRE(stats.ok());
  CHECK(stats.value().documents == 5);
  CHECK(stats.value().claims == 5);
  CHECK(stats.value().sources == 2);
  CHECK(stats.value().integrity == "ok");
}

TEST_CASE("Putting a story again replaces its rows", "[archive]") {
  TempArchive t;
  auto db = Filled(t);
  auto again = Parse(R"({"document":"a.txt","entity":"Abduhalim Nazarzoda","attribute":"life-status","value":"alive"})");
  REQUIRE(db->Begin().ok());
  REQUIRE(db->Put({"a.txt", "h2", "", ""}, again[0]).ok());
  REQUIRE(db->Commit().ok());
  auto stats = db->Stats();
  REQUIRE(stats.ok());
  CHECK(stats.value().documents == 5);
  CHECK(stats.value().claims == 5);
  CHECK(stats.value().sources == 0);
  auto all = db->ReadAll();
  REQUIRE(all.ok());
  // The replaced story comes last now, with its new claim only.
  REQUIRE(all.value().size() == 5);
  CHECK(all.value().back().path == "a.txt");
  CHECK(all.value().back().claims.claims.size() == 1);
  CHECK(all.value().back().claims.claims[0].value == "alive");
}

TEST_CASE("ReadGroups follows merge keys across stories with the attribute, and nothing else", "[archive]") {
  TempArchive t;
  auto db = Filled(t);
  auto none = [](const std::string&) { return false; };
  // "nazarzoda" reaches a.txt (its alias) and d.txt (its name), and through d.txt's alias "Gen. N"
  // c.txt; b.txt has no life-status claim (so it links nothing for that attribute); e.txt is
  // someone else.
  auto groups = db->ReadGroups({{"life-status", {"nazarzoda"}}}, none);
  REQUIRE(groups.ok());
  std::vector<std::string> paths;
  for (const auto& d : groups.value()) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{"a.txt", "c.txt", "d.txt"});
  // A skipped path (a checked file) is left out, and links nothing.
  auto skipped = db->ReadGroups({{"life-status", {"nazarzoda"}}}, [](const std::string& p) { return p == "d.txt"; });
  REQUIRE(skipped.ok());
  paths.clear();
  for (const auto& d : skipped.value()) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{"a.txt"});
  // Another attribute: only b.txt has a count.
  auto counts = db->ReadGroups({{"count", {"gen. n"}}}, none);
  REQUIRE(counts.ok());
  REQUIRE(counts.value().size() == 1);
  CHECK(counts.value()[0].path == "b.txt");
}

TEST_CASE("A file that is not an archive is refused with its name", "[archive]") {
  TempArchive t;
  { std::ofstream(t.path) << "hello\n"; }
  auto opened = SqliteArchive::Open(t.path, SqliteArchive::Mode::kRead);
  REQUIRE(!opened.ok());
  CHECK(opened.status().where().path == t.path);
}

TEST_CASE("The format follows the extension", "[archive]") {
  CHECK(FormatOf("a.db") == Format::kSqlite);
  CHECK(FormatOf("dir/a.sqlite") == Format::kSqlite);
  CHECK(FormatOf("a.sqlite3") == Format::kSqlite);
  CHECK(FormatOf("a.jsonl") == Format::kJsonl);
  CHECK(FormatOf(".db") == Format::kJsonl);
  CHECK(ContentHash("") == "cbf29ce484222325");
  CHECK(ContentHash("a") != ContentHash("b"));
}

}  // namespace
}  // namespace claimcheck::archive
