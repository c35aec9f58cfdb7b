// The claims archive in SQLite (docs/formats/archive.md): documents, entities with their aliases
// and merge keys, claims with their source chains, indexed so that `check --against archive.db`
// reads only the (entity, attribute) groups a draft's claims touch.
//
// A story is keyed by its path: putting it again replaces all its rows (and records its new
// content hash). Writes happen inside Begin()/Commit(); a process killed before Commit() leaves the
// archive as it was (SQLite's write-ahead log). Readers may run while a writer writes (WAL mode).
//
// One object owns one connection; not thread-safe.
#ifndef CLAIMCHECK_ARCHIVE_SQLITE_ARCHIVE_H_
#define CLAIMCHECK_ARCHIVE_SQLITE_ARCHIVE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/claims_jsonl.h"

struct sqlite3;
struct sqlite3_stmt;

namespace claimcheck::archive {

// What the archive records about a story besides its claims.
struct DocumentInfo {
  std::string path;
  std::string hash;   // ContentHash of its bytes, "" when they were not at hand (imported JSONL)
  std::string date;   // YYYY-MM-DD, the date its times were resolved against, or ""
  std::string title;  // its first line of text, or ""
};

struct ArchiveStats {
  int64_t documents = 0, entities = 0, claims = 0, sources = 0;
  std::vector<std::pair<std::string, int64_t>> attributes;  // claims per attribute, by name
  std::string integrity;                                     // PRAGMA quick_check: "ok" when sound
};

class SqliteArchive {
 public:
  enum class Mode { kRead, kWrite };  // kWrite creates the file and the schema when missing

  // Opens `path`; errors name the file.
  static Result<std::unique_ptr<SqliteArchive>> Open(const std::string& path, Mode mode);
  ~SqliteArchive();
  SqliteArchive(const SqliteArchive&) = delete;
  SqliteArchive& operator=(const SqliteArchive&) = delete;

  Status Begin();
  Status Commit();

  // Replaces the rows of `info.path` with `doc` (whose path is ignored). Inside Begin()/Commit().
  Status Put(const DocumentInfo& info, const graph::ArchiveDocument& doc);

  // Every document with all its claims, in the order they were put (export, `graph --against`).
  Result<std::vector<graph::ArchiveDocument>> ReadAll();

  // The claims the conflict check needs for groups seeded by `seeds` (attribute -> merge keys of
  // the entities of the checked documents that have a claim with that attribute): for each
  // attribute, the archived entities reachable from the seeds through shared merge keys, among the
  // documents that have a claim with that attribute, and their claims with that attribute. Index
  // look-ups only. Documents whose path `skip_path` accepts are left out. Documents in the order they were put,
  // each with only the entities and claims found.
  Result<std::vector<graph::ArchiveDocument>> ReadGroups(const std::map<std::string, std::set<std::string>>& seeds,
                                                         const std::function<bool(const std::string&)>& skip_path);

  Result<ArchiveStats> Stats();
  const std::string& path() const { return path_; }

 private:
  SqliteArchive(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  Status Error(const std::string& what) const;
  Status Exec(const char* sql);
  Result<sqlite3_stmt*> Prepare(const char* sql);
  // Documents in archived order from what ReadClaims collected: claims by position, entities by
  // position (those the claims are about), each claim's subject an index again.
  Result<std::vector<graph::ArchiveDocument>> FinishDocuments(std::map<int64_t, graph::ArchiveDocument> docs,
                                                              const std::map<int64_t, std::map<int64_t, int>>& slots);
  // Reads the claims (and their sources) selected by `stmt` into documents keyed by document id.
  Status ReadClaims(sqlite3_stmt* stmt, std::map<int64_t, graph::ArchiveDocument>* docs,
                    std::map<int64_t, std::map<int64_t, int>>* entity_slots);

  std::string path_;
  sqlite3* db_ = nullptr;
  std::map<std::string, sqlite3_stmt*> statements_;  // prepared once, by SQL text
};

}  // namespace claimcheck::archive

#endif  // CLAIMCHECK_ARCHIVE_SQLITE_ARCHIVE_H_
