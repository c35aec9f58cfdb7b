#include "app/archive_io.h"

#include <fstream>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <sstream>

#include "archive/format.h"
#include "archive/sqlite_archive.h"
#include "check/open_archive.h"
#include "graph/claim_graph.h"

namespace claimcheck::app {
namespace {

void Print(const Status& s, std::ostream& err) {
  if (!s.where().path.empty()) err << s.where().ToString() << ": ";
  err << "error: " << s.message() << "\n";
}

// The first line of text, trimmed, at most about 200 bytes (cut at a character boundary).
std::string Title(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view line = bytes.substr(pos, end - pos);
    const size_t b = line.find_first_not_of(" \t\r\xEF\xBB\xBF#");
    if (b != std::string_view::npos) {
      line = line.substr(b);
      line = line.substr(0, line.find_last_not_of(" \t\r") + 1);
      if (line.size() > 200) {
        size_t cut = 200;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        line = line.substr(0, cut);
      }
      return std::string(line);
    }
    pos = end + 1;
  }
  return "";
}

std::string IsoDate(const std::optional<std::chrono::year_month_day>& d) {
  if (!d) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d->year()), static_cast<unsigned>(d->month()),
                static_cast<unsigned>(d->day()));
  return buf;
}

Result<std::string> ReadFile(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::Error("cannot open claims file", {file});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The merge keys of every entity of `claims`, and of the subject names of claims without an
// entity, added to seeds[attribute] for each attribute its claims have (graph::EntityIndex merges
// the entities of every document that has a claim of the attribute).
void AddSeeds(const extract::DocumentClaims& claims, std::map<std::string, std::set<std::string>>* seeds) {
  std::set<std::string> attributes;
  for (const auto& c : claims.claims) attributes.insert(c.attribute);
  if (attributes.empty()) return;
  std::set<std::string> keys;
  for (const auto& e : claims.entities) {
    for (auto& k : graph::MergeKeys(e)) keys.insert(std::move(k));
  }
  for (const auto& c : claims.claims) {
    if (c.subject < 0 && !c.subject_name.empty()) keys.insert(graph::NameKey(c.subject_name));
  }
  for (const auto& a : attributes) (*seeds)[a].insert(keys.begin(), keys.end());
}

}  // namespace

bool WriteArchive(const std::string& output, const std::vector<check::Analysis>& analyses, std::ostream& out,
                  std::ostream& err) {
  if (output.empty() || archive::FormatOf(output) == archive::Format::kJsonl) {
    std::ofstream file;
    std::ostream* sink = &out;
    if (!output.empty()) {
      file.open(output, std::ios::binary);
      if (!file) {
        err << output << ": error: cannot write output file\n";
        return false;
      }
      sink = &file;
    }
    for (const auto& a : analyses) {
      graph::WriteClaimsJsonl(a.doc->source.path(), check::ArchivedClaims(a), [&](Span s) { return a.text.ToOriginal(s); },
                              *sink);
    }
    sink->flush();
    if (!*sink) {
      err << (output.empty() ? "<stdout>" : output) << ": error: cannot write output file\n";
      return false;
    }
    return true;
  }
  auto opened = archive::SqliteArchive::Open(output, archive::SqliteArchive::Mode::kWrite);
  if (!opened.ok()) {
    Print(opened.status(), err);
    return false;
  }
  archive::SqliteArchive& db = *opened.value();
  Status s = db.Begin();
  for (size_t i = 0; s.ok() && i < analyses.size(); ++i) {
    const check::Analysis& a = analyses[i];
    const std::string& path = a.doc->source.path();
    // Through the JSONL form, so the archive holds exactly what a claims JSONL file would.
    std::ostringstream jsonl;
    graph::WriteClaimsJsonl(path, check::ArchivedClaims(a), [&](Span sp) { return a.text.ToOriginal(sp); }, jsonl);
    auto docs = graph::ReadClaimsJsonl(path, jsonl.str());
    if (!docs.ok()) {
      s = docs.status();
      break;
    }
    graph::ArchiveDocument doc{path, {}};
    if (!docs.value().empty()) doc = std::move(docs.value().front());
    archive::DocumentInfo info{path, archive::ContentHash(a.doc->source.bytes()), IsoDate(a.times.anchor),
                               Title(a.doc->source.bytes())};
    s = db.Put(info, doc);
  }
  if (s.ok()) s = db.Commit();
  if (!s.ok()) {
    Print(s, err);
    return false;
  }
  return true;
}

bool ReadWholeArchive(const std::string& file, std::vector<graph::ArchiveDocument>* out, std::ostream& err) {
  if (archive::FormatOf(file) == archive::Format::kSqlite) {
    auto opened = archive::SqliteArchive::Open(file, archive::SqliteArchive::Mode::kRead);
    auto docs = opened.ok() ? opened.value()->ReadAll() : Result<std::vector<graph::ArchiveDocument>>(opened.status());
    if (!docs.ok()) {
      Print(docs.status(), err);
      return false;
    }
    for (auto& d : docs.value()) out->push_back(std::move(d));
    return true;
  }
  auto bytes = ReadFile(file);
  auto docs = bytes.ok() ? graph::ReadClaimsJsonl(file, bytes.value())
                         : Result<std::vector<graph::ArchiveDocument>>(bytes.status());
  if (!docs.ok()) {
    Print(docs.status(), err);
    return false;
  }
  for (auto& d : docs.value()) out->push_back(std::move(d));
  return true;
}

bool ReadArchivesFor(const std::vector<std::string>& files, const std::vector<check::Analysis>& checked,
                     const std::function<bool(const std::string&)>& skip,
                     std::vector<graph::ArchiveDocument>* out, std::ostream& err) {
  std::vector<std::vector<graph::ArchiveDocument>> per_file(files.size());
  std::vector<std::unique_ptr<archive::SqliteArchive>> dbs(files.size());
  std::map<std::string, std::set<std::string>> base_seeds;
  for (const auto& a : checked) {
    AddSeeds(a.claims, &base_seeds);
    if (a.open_claims) AddSeeds(*a.open_claims, &base_seeds);  // the open conflict checks' groups
  }
  for (size_t i = 0; i < files.size(); ++i) {
    if (archive::FormatOf(files[i]) == archive::Format::kSqlite) {
      auto opened = archive::SqliteArchive::Open(files[i], archive::SqliteArchive::Mode::kRead);
      if (!opened.ok()) {
        Print(opened.status(), err);
        return false;
      }
      dbs[i] = std::move(opened).value();
      continue;
    }
    if (!ReadWholeArchive(files[i], &per_file[i], err)) return false;
    std::erase_if(per_file[i], [&](const graph::ArchiveDocument& d) { return skip(d.path); });
    for (const auto& d : per_file[i]) AddSeeds(d.claims, &base_seeds);
  }
  // Each SQLite archive's groups, seeded by the checked files, the JSONL archives and what the
  // other SQLite archives gave, until nothing new is found (one pass with one archive).
  const size_t db_count = std::count_if(dbs.begin(), dbs.end(), [](const auto& d) { return d != nullptr; });
  size_t claims_before = 0;
  for (bool again = db_count > 0; again;) {
    size_t claims = 0;
    for (size_t i = 0; i < files.size(); ++i) {
      if (!dbs[i]) continue;
      auto seeds = base_seeds;
      for (size_t j = 0; j < files.size(); ++j) {
        if (j == i || !dbs[j]) continue;
        for (const auto& d : per_file[j]) AddSeeds(d.claims, &seeds);
      }
      auto docs = dbs[i]->ReadGroups(seeds, skip);
      if (!docs.ok()) {
        Print(docs.status(), err);
        return false;
      }
      per_file[i] = std::move(docs).value();
      for (const auto& d : per_file[i]) claims += d.claims.claims.size();
    }
    again = db_count > 1 && claims != claims_before;
    claims_before = claims;
  }
  for (auto& docs : per_file) {
    for (auto& d : docs) out->push_back(std::move(d));
  }
  return true;
}

}  // namespace claimcheck::app
