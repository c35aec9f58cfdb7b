#include "archive/sqlite_archive.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <deque>

#include "base/calendar.h"
#include "graph/claim_graph.h"
#include "temporal/tagger.h"

namespace claimcheck::archive {
namespace {

namespace chr = std::chrono;

// Version 1 of the schema (docs/formats/archive.md). `proposition_key` is reserved for open
// propositions (subject, predicate, object): NULL until the extractor fills it.
const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', 'claimcheck-archive 1');
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  date TEXT,
  title TEXT
);
CREATE TABLE IF NOT EXISTS entities (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_by_document ON entities (document);
CREATE TABLE IF NOT EXISTS aliases (
  entity INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (entity, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_keys (
  key TEXT NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_keys_by_entity ON entity_keys (entity);
CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  entity INTEGER NOT NULL REFERENCES entities (id),
  attribute TEXT NOT NULL,
  value TEXT NOT NULL,
  about_first TEXT, about_last TEXT, about_text TEXT,
  made_first TEXT, made_last TEXT, made_text TEXT,
  polarity TEXT NOT NULL,
  modality TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  proposition_key TEXT
);
CREATE INDEX IF NOT EXISTS claims_by_group ON claims (entity, attribute);
CREATE INDEX IF NOT EXISTS claims_by_document ON claims (document, attribute);
CREATE INDEX IF NOT EXISTS claims_by_proposition ON claims (proposition_key) WHERE proposition_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS attributions (
  claim INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (claim, position)
) WITHOUT ROWID;
)sql";

const char* const kModalities[] = {"asserted", "reported", "hedged", "denied"};

std::optional<chr::sys_days> ParseDay(const unsigned char* text) {
  if (!text) return std::nullopt;
  std::string s(reinterpret_cast<const char*>(text));
  if (!IsIsoCalendarDate(s)) return std::nullopt;
  return chr::sys_days(chr::year{std::stoi(s.substr(0, 4))} / static_cast<unsigned>(std::stoi(s.substr(5, 2))) /
                       static_cast<unsigned>(std::stoi(s.substr(8, 2))));
}

std::string Text(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? reinterpret_cast<const char*>(t) : "";
}

void BindText(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void BindDay(sqlite3_stmt* s, int i, const std::optional<chr::sys_days>& d) {
  if (d) BindText(s, i, temporal::FormatDay(*d));
  else sqlite3_bind_null(s, i);
}

// The claim columns ReadClaims expects, in order, from `claims c JOIN entities e`.
#define CLAIM_COLUMNS                                                                                          \
  "c.document, c.id, c.position, c.entity, e.position, e.name, c.attribute, c.value, c.about_first, "         \
  "c.about_last, c.about_text, c.made_first, c.made_last, c.made_text, c.polarity, c.modality, c.span_begin, " \
  "c.span_end, c.rule "

}  // namespace

Result<std::unique_ptr<SqliteArchive>> SqliteArchive::Open(const std::string& path, Mode mode) {
  sqlite3* db = nullptr;
  const int flags = mode == Mode::kWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Error("cannot open the claims archive: " + message, {path});
  }
  std::unique_ptr<SqliteArchive> archive(new SqliteArchive(path, db));
  sqlite3_busy_timeout(db, 10000);
  Status s = archive->Exec("PRAGMA foreign_keys = ON");
  if (s.ok() && mode == Mode::kWrite) {
    s = archive->Exec("PRAGMA journal_mode = WAL");
    if (s.ok()) s = archive->Exec("PRAGMA synchronous = NORMAL");
    if (s.ok()) s = archive->Exec(kSchema);
  }
  if (!s.ok()) return s;
  // Anything else (a text file, another program's database) is refused here, with the file named.
  auto check = archive->Prepare("SELECT value FROM meta WHERE key = 'schema'");
  if (!check.ok()) return Status::Error("not a claimcheck archive (no schema version)", {path});
  sqlite3_stmt* st = check.value();
  std::string version = sqlite3_step(st) == SQLITE_ROW ? Text(st, 0) : "";
  sqlite3_reset(st);
  if (version != "claimcheck-archive 1") {
    return Status::Error("not a claimcheck archive of a version this claimcheck reads ('" + version + "')", {path});
  }
  return archive;
}

SqliteArchive::~SqliteArchive() {
  for (auto& [sql, st] : statements_) sqlite3_finalize(st);
  sqlite3_close(db_);
}

Status SqliteArchive::Error(const std::string& what) const {
  return Status::Error("claims archive: " + what + ": " + sqlite3_errmsg(db_), {path_});
}

Status SqliteArchive::Exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string m = message ? message : "unknown error";
    sqlite3_free(message);
    return Status::Error("claims archive: " + m, {path_});
  }
  return {};
}

Result<sqlite3_stmt*> SqliteArchive::Prepare(const char* sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) return Error("cannot prepare a query");
  statements_[sql] = st;
  return st;
}

Status SqliteArchive::Begin() { return Exec("BEGIN IMMEDIATE"); }
Status SqliteArchive::Commit() { return Exec("COMMIT"); }

Status SqliteArchive::Put(const DocumentInfo& info, const graph::ArchiveDocument& doc) {
  auto del = Prepare("DELETE FROM documents WHERE path = ?1");
  if (!del.ok()) return del.status();
  BindText(del.value(), 1, info.path);
  if (sqlite3_step(del.value()) != SQLITE_DONE) return Error("cannot replace " + info.path);
  auto ins = Prepare("INSERT INTO documents (path, hash, date, title) VALUES (?1, ?2, ?3, ?4)");
  if (!ins.ok()) return ins.status();
  BindText(ins.value(), 1, info.path);
  BindText(ins.value(), 2, info.hash);
  if (info.date.empty()) sqlite3_bind_null(ins.value(), 3);
  else BindText(ins.value(), 3, info.date);
  BindText(ins.value(), 4, info.title);
  if (sqlite3_step(ins.value()) != SQLITE_DONE) return Error("cannot add " + info.path);
  const int64_t doc_id = sqlite3_last_insert_rowid(db_);

  std::vector<int64_t> entity_ids;
  for (size_t e = 0; e < doc.claims.entities.size(); ++e) {
    const auto& ent = doc.claims.entities[e];
    auto st = Prepare("INSERT INTO entities (document, position, name) VALUES (?1, ?2, ?3)");
    if (!st.ok()) return st.status();
    sqlite3_bind_int64(st.value(), 1, doc_id);
    sqlite3_bind_int64(st.value(), 2, static_cast<int64_t>(e));
    BindText(st.value(), 3, ent.name);
    if (sqlite3_step(st.value()) != SQLITE_DONE) return Error("cannot add an entity of " + info.path);
    entity_ids.push_back(sqlite3_last_insert_rowid(db_));
    for (size_t a = 0; a < ent.aliases.size(); ++a) {
      auto al = Prepare("INSERT INTO aliases (entity, position, alias) VALUES (?1, ?2, ?3)");
      if (!al.ok()) return al.status();
      sqlite3_bind_int64(al.value(), 1, entity_ids.back());
      sqlite3_bind_int64(al.value(), 2, static_cast<int64_t>(a));
      BindText(al.value(), 3, ent.aliases[a]);
      if (sqlite3_step(al.value()) != SQLITE_DONE) return Error("cannot add an alias of " + info.path);
    }
    for (const auto& key : graph::MergeKeys(ent)) {
      auto k = Prepare("INSERT INTO entity_keys (key, entity) VALUES (?1, ?2)");
      if (!k.ok()) return k.status();
      BindText(k.value(), 1, key);
      sqlite3_bind_int64(k.value(), 2, entity_ids.back());
      if (sqlite3_step(k.value()) != SQLITE_DONE) return Error("cannot add an entity key of " + info.path);
    }
  }
  for (size_t i = 0; i < doc.claims.claims.size(); ++i) {
    const extract::Claim& c = doc.claims.claims[i];
    if (c.subject < 0 || c.subject >= static_cast<int>(entity_ids.size())) {
      return Status::Error("claims archive: a claim of " + info.path + " has no entity", {path_});
    }
    auto st = Prepare(
        "INSERT INTO claims (document, position, entity, attribute, value, about_first, about_last, about_text, "
        "made_first, made_last, made_text, polarity, modality, span_begin, span_end, rule) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!st.ok()) return st.status();
    sqlite3_stmt* s = st.value();
    sqlite3_bind_int64(s, 1, doc_id);
    sqlite3_bind_int64(s, 2, static_cast<int64_t>(i));
    sqlite3_bind_int64(s, 3, entity_ids[c.subject]);
    BindText(s, 4, c.attribute);
    BindText(s, 5, c.value);
    BindDay(s, 6, c.about_first);
    BindDay(s, 7, c.about_first ? (c.about_last ? c.about_last : c.about_first) : std::nullopt);
    BindText(s, 8, c.about_text);
    BindDay(s, 9, c.made_first);
    BindDay(s, 10, c.made_first ? (c.made_last ? c.made_last : c.made_first) : std::nullopt);
    BindText(s, 11, c.made_text);
    BindText(s, 12, c.polarity == extract::Polarity::kNegative ? "negative" : "positive");
    BindText(s, 13, kModalities[static_cast<int>(c.modality)]);
    sqlite3_bind_int64(s, 14, c.span.begin);
    sqlite3_bind_int64(s, 15, c.span.end);
    BindText(s, 16, c.rule);
    if (sqlite3_step(s) != SQLITE_DONE) return Error("cannot add a claim of " + info.path);
    const int64_t claim_id = sqlite3_last_insert_rowid(db_);
    for (size_t k = 0; k < c.sources.size(); ++k) {
      auto a = Prepare("INSERT INTO attributions (claim, position, source) VALUES (?1, ?2, ?3)");
      if (!a.ok()) return a.status();
      sqlite3_bind_int64(a.value(), 1, claim_id);
      sqlite3_bind_int64(a.value(), 2, static_cast<int64_t>(k));
      BindText(a.value(), 3, c.sources[k]);
      if (sqlite3_step(a.value()) != SQLITE_DONE) return Error("cannot add a source of " + info.path);
    }
  }
  return {};
}

Status SqliteArchive::ReadClaims(sqlite3_stmt* stmt, std::map<int64_t, graph::ArchiveDocument>* docs,
                                 std::map<int64_t, std::map<int64_t, int>>* entity_slots) {
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    const int64_t doc_id = sqlite3_column_int64(stmt, 0);
    graph::ArchiveDocument& doc = (*docs)[doc_id];
    extract::Claim c;
    const int64_t claim_id = sqlite3_column_int64(stmt, 1);
    // Until FinishDocuments: `subject` holds the entity's id and `attribution` the claim's position.
    const int64_t entity_id = sqlite3_column_int64(stmt, 3);
    auto& slots = (*entity_slots)[doc_id];
    slots.emplace(entity_id, static_cast<int>(sqlite3_column_int64(stmt, 4)));
  
    c.subject = static_cast<int>(entity_id);
    c.subject_name = Text(stmt, 5);
    c.attribute = Text(stmt, 6);
    c.value = Text(stmt, 7);
    c.about_first = ParseDay(sqlite3_column_text(stmt, 8));
    c.about_last = ParseDay(sqlite3_column_text(stmt, 9));
    c.about_text = Text(stmt, 10);
    c.made_first = ParseDay(sqlite3_column_text(stmt, 11));
    c.made_last = ParseDay(sqlite3_column_text(stmt, 12));
    c.made_text = Text(stmt, 13);
    c.polarity = Text(stmt, 14) == "negative" ? extract::Polarity::kNegative : extract::Polarity::kPositive;
    const std::string modality = Text(stmt, 15);
    auto m = std::find(std::begin(kModalities), std::end(kModalities), modality);
    c.modality = m == std::end(kModalities) ? extract::Modality::kAsserted
                                            : static_cast<extract::Modality>(m - std::begin(kModalities));
    c.span = {static_cast<uint32_t>(sqlite3_column_int64(stmt, 16)),
              static_cast<uint32_t>(sqlite3_column_int64(stmt, 17))};
    c.rule = Text(stmt, 18);
    c.attribution = static_cast<int>(sqlite3_column_int64(stmt, 2));
    auto src = Prepare("SELECT source FROM attributions WHERE claim = ?1 ORDER BY position");
    if (!src.ok()) return src.status();
    sqlite3_bind_int64(src.value(), 1, claim_id);
    while (sqlite3_step(src.value()) == SQLITE_ROW) c.sources.push_back(Text(src.value(), 0));
    doc.claims.claims.push_back(std::move(c));
  }
  if (rc != SQLITE_DONE) return Error("cannot read claims");
  return {};
}

Result<std::vector<graph::ArchiveDocument>> SqliteArchive::ReadAll() {
  std::map<int64_t, graph::ArchiveDocument> docs;
  std::map<int64_t, std::map<int64_t, int>> slots;
  auto st = Prepare("SELECT " CLAIM_COLUMNS "FROM claims c JOIN entities e ON e.id = c.entity");
  if (!st.ok()) return st.status();
  Status s = ReadClaims(st.value(), &docs, &slots);
  if (!s.ok()) return s;
  return FinishDocuments(std::move(docs), slots);
}

Result<std::vector<graph::ArchiveDocument>> SqliteArchive::FinishDocuments(
    std::map<int64_t, graph::ArchiveDocument> docs, const std::map<int64_t, std::map<int64_t, int>>& slots) {
  std::vector<graph::ArchiveDocument> out;
  for (auto& [doc_id, doc] : docs) {
    auto p = Prepare("SELECT path FROM documents WHERE id = ?1");
    if (!p.ok()) return p.status();
    sqlite3_bind_int64(p.value(), 1, doc_id);
    if (sqlite3_step(p.value()) != SQLITE_ROW) return Error("a claim's document is missing");
    doc.path = Text(p.value(), 0);
    // Claims by their position in the story (held in `attribution` while reading).
    auto& claims = doc.claims.claims;
    std::stable_sort(claims.begin(), claims.end(),
                     [](const extract::Claim& a, const extract::Claim& b) { return a.attribution < b.attribution; });
    // Entities by their archived position, only those the claims are about.
    std::vector<std::pair<int, int64_t>> order;  // (position, id)
    for (const auto& [id, position] : slots.at(doc_id)) order.emplace_back(position, id);
    std::sort(order.begin(), order.end());
    std::map<int64_t, int> index;
    for (const auto& [position, id] : order) {
      index[id] = static_cast<int>(doc.claims.entities.size());
      extract::Entity e;
      auto n = Prepare("SELECT name FROM entities WHERE id = ?1");
      if (!n.ok()) return n.status();
      sqlite3_bind_int64(n.value(), 1, id);
      if (sqlite3_step(n.value()) != SQLITE_ROW) return Error("a claim's entity is missing");
      e.name = Text(n.value(), 0);
      auto a = Prepare("SELECT alias FROM aliases WHERE entity = ?1 ORDER BY position");
      if (!a.ok()) return a.status();
      sqlite3_bind_int64(a.value(), 1, id);
      while (sqlite3_step(a.value()) == SQLITE_ROW) e.aliases.push_back(Text(a.value(), 0));
      doc.claims.entities.push_back(std::move(e));
    }
    for (auto& c : claims) {
      c.subject = index.at(c.subject);
      c.attribution = -1;
    }
    out.push_back(std::move(doc));
  }
  return out;
}

Result<std::vector<graph::ArchiveDocument>> SqliteArchive::ReadGroups(
    const std::map<std::string, std::set<std::string>>& seeds, const std::function<bool(const std::string&)>& skip_path) {
  std::map<int64_t, bool> skipped;  // document id -> at a skipped path
  auto skip = [&](int64_t doc_id) -> Result<bool> {
    auto it = skipped.find(doc_id);
    if (it != skipped.end()) return it->second;
    auto p = Prepare("SELECT path FROM documents WHERE id = ?1");
    if (!p.ok()) return p.status();
    sqlite3_bind_int64(p.value(), 1, doc_id);
    const bool out = sqlite3_step(p.value()) == SQLITE_ROW && skip_path(Text(p.value(), 0));
    return skipped[doc_id] = out;
  };
  std::set<int64_t> claim_ids;
  for (const auto& [attribute, keys] : seeds) {
    // Breadth first over merge keys: a key -> the entities with it (in documents that have a claim
    // of this attribute, as the conflict check merges) -> their other keys.
    std::set<std::string> seen(keys.begin(), keys.end());
    std::deque<std::string> frontier(keys.begin(), keys.end());
    std::map<int64_t, int64_t> entities;  // entity id -> document id
    while (!frontier.empty()) {
      const std::string key = std::move(frontier.front());
      frontier.pop_front();
      auto st = Prepare(
          "SELECT k.entity, e.document FROM entity_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ?1 "
          "AND EXISTS (SELECT 1 FROM claims c WHERE c.document = e.document AND c.attribute = ?2)");
      if (!st.ok()) return st.status();
      BindText(st.value(), 1, key);
      BindText(st.value(), 2, attribute);
      std::vector<std::pair<int64_t, int64_t>> found;
      while (sqlite3_step(st.value()) == SQLITE_ROW) {
        found.emplace_back(sqlite3_column_int64(st.value(), 0), sqlite3_column_int64(st.value(), 1));
      }
      for (const auto& [entity, doc] : found) {
        auto skip_it = skip(doc);
        if (!skip_it.ok()) return skip_it.status();
        if (skip_it.value() || !entities.emplace(entity, doc).second) continue;
        auto more = Prepare("SELECT key FROM entity_keys WHERE entity = ?1");
        if (!more.ok()) return more.status();
        sqlite3_bind_int64(more.value(), 1, entity);
        while (sqlite3_step(more.value()) == SQLITE_ROW) {
          std::string k = Text(more.value(), 0);
          if (seen.insert(k).second) frontier.push_back(std::move(k));
        }
      }
    }
    // The claims of the entities found. A document whose found entities have no claim of this
    // attribute brings its first one, so that it takes part in the merge and its entities link
    // others exactly as when the whole archive is read.
    std::set<int64_t> docs_with_claims, docs_found;
    for (const auto& [entity, doc] : entities) {
      docs_found.insert(doc);
      auto st = Prepare("SELECT id FROM claims WHERE entity = ?1 AND attribute = ?2");
      if (!st.ok()) return st.status();
      sqlite3_bind_int64(st.value(), 1, entity);
      BindText(st.value(), 2, attribute);
      while (sqlite3_step(st.value()) == SQLITE_ROW) {
        claim_ids.insert(sqlite3_column_int64(st.value(), 0));
        docs_with_claims.insert(doc);
      }
    }
    for (int64_t doc : docs_found) {
      if (docs_with_claims.count(doc)) continue;
      auto st = Prepare("SELECT id FROM claims WHERE document = ?1 AND attribute = ?2 ORDER BY position LIMIT 1");
      if (!st.ok()) return st.status();
      sqlite3_bind_int64(st.value(), 1, doc);
      BindText(st.value(), 2, attribute);
      if (sqlite3_step(st.value()) == SQLITE_ROW) claim_ids.insert(sqlite3_column_int64(st.value(), 0));
    }
  }
  std::map<int64_t, graph::ArchiveDocument> docs;
  std::map<int64_t, std::map<int64_t, int>> slots;
  for (int64_t id : claim_ids) {
    auto st = Prepare("SELECT " CLAIM_COLUMNS "FROM claims c JOIN entities e ON e.id = c.entity WHERE c.id = ?1");
    if (!st.ok()) return st.status();
    sqlite3_bind_int64(st.value(), 1, id);
    Status s = ReadClaims(st.value(), &docs, &slots);
    if (!s.ok()) return s;
  }
  return FinishDocuments(std::move(docs), slots);
}

Result<ArchiveStats> SqliteArchive::Stats() {
  ArchiveStats out;
  const std::pair<const char*, int64_t*> counts[] = {{"SELECT count(*) FROM documents", &out.documents},
                                                     {"SELECT count(*) FROM entities", &out.entities},
                                                     {"SELECT count(*) FROM claims", &out.claims},
                                                     {"SELECT count(*) FROM attributions", &out.sources}};
  for (const auto& [sql, n] : counts) {
    auto st = Prepare(sql);
    if (!st.ok()) return st.status();
    if (sqlite3_step(st.value()) != SQLITE_ROW) return Error("cannot count");
    *n = sqlite3_column_int64(st.value(), 0);
  }
  auto st = Prepare("SELECT attribute, count(*) FROM claims GROUP BY attribute ORDER BY attribute");
  if (!st.ok()) return st.status();
  while (sqlite3_step(st.value()) == SQLITE_ROW) {
    out.attributes.emplace_back(Text(st.value(), 0), sqlite3_column_int64(st.value(), 1));
  }
  auto qc = Prepare("PRAGMA quick_check");
  if (!qc.ok()) return qc.status();
  while (sqlite3_step(qc.value()) == SQLITE_ROW) {
    if (!out.integrity.empty()) out.integrity += "; ";
    out.integrity += Text(qc.value(), 0);
  }
  return out;
}

}  // namespace claimcheck::archive
