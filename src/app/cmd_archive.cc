// `claimcheck archive stats|import|export`: see and move what a claims archive holds
// (docs/formats/archive.md); and the hidden `archive check-groups`, the scale-out driver's reducer.
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>

#include "app/archive_io.h"
#include "app/cli.h"
#include "app/command.h"
#include "app/run.h"
#include "app/shard.h"
#include "archive/format.h"
#include "archive/sqlite_archive.h"
#include "check/open_archive.h"
#include "rules/loader.h"

namespace claimcheck::app {
namespace {

struct ArchiveOptions {
  std::string archive;             // the SQLite archive
  std::vector<std::string> files;  // import: the archives to read
  std::string output;              // export: -o FILE
  CommonOptions common;            // check-groups: the rule packs
  std::string groups = "-";        // check-groups: the shuffle records, "-" for standard input
};

void Print(const Status& s, std::ostream& err) {
  if (!s.where().path.empty()) err << s.where().ToString() << ": ";
  err << "error: " << s.message() << "\n";
}

bool NeedSqlite(const std::string& path, std::ostream& err) {
  if (archive::FormatOf(path) == archive::Format::kSqlite) return true;
  err << "claimcheck: error: '" << path << "' is not a SQLite archive (name it .db, .sqlite or .sqlite3)\n";
  return false;
}

int RunStats(const ArchiveOptions& o, std::ostream& out, std::ostream& err) {
  if (!NeedSqlite(o.archive, err)) return kExitError;
  auto opened = archive::SqliteArchive::Open(o.archive, archive::SqliteArchive::Mode::kRead);
  auto stats = opened.ok() ? opened.value()->Stats() : Result<archive::ArchiveStats>(opened.status());
  if (!stats.ok()) {
    Print(stats.status(), err);
    return kExitError;
  }
  const auto& s = stats.value();
  out << o.archive << ": claimcheck archive, schema 1\n";
  out << "documents: " << s.documents << "\n";
  out << "entities: " << s.entities << "\n";
  out << "claims: " << s.claims << "\n";
  out << "sources: " << s.sources << "\n";
  out << "claims by attribute:" << (s.attributes.empty() ? " none" : "") << "\n";
  // The open layer's claims carry their alignment key in the attribute ("polarity/win||election"):
  // counted under their kind, not one line per key.
  std::map<std::string, int64_t> open;
  for (const auto& [attribute, n] : s.attributes) {
    if (check::IsOpenAttribute(attribute)) {
      open[attribute.substr(0, attribute.find('/')) + " (open layer)"] += n;
    } else {
      out << "  " << attribute << ": " << n << "\n";
    }
  }
  for (const auto& [kind, n] : open) out << "  " << kind << ": " << n << "\n";
  out << "integrity: " << s.integrity << "\n";
  return s.integrity == "ok" ? kExitClean : kExitError;
}

int RunImport(const ArchiveOptions& o, std::ostream&, std::ostream& err) {
  if (!NeedSqlite(o.archive, err)) return kExitError;
  std::vector<graph::ArchiveDocument> docs;
  for (const auto& f : o.files) {
    if (!ReadWholeArchive(f, &docs, err)) return kExitError;
  }
  auto opened = archive::SqliteArchive::Open(o.archive, archive::SqliteArchive::Mode::kWrite);
  if (!opened.ok()) {
    Print(opened.status(), err);
    return kExitError;
  }
  archive::SqliteArchive& db = *opened.value();
  Status s = db.Begin();
  for (size_t i = 0; s.ok() && i < docs.size(); ++i) {
    // The story's hash when its text is at hand where the claims say it is.
    std::ifstream in(docs[i].path, std::ios::binary);
    std::ostringstream bytes;
    if (in) bytes << in.rdbuf();
    s = db.Put({docs[i].path, in ? archive::ContentHash(bytes.str()) : "", "", ""}, docs[i]);
  }
  if (s.ok()) s = db.Commit();
  if (!s.ok()) {
    Print(s, err);
    return kExitError;
  }
  return kExitClean;
}

int RunExport(const ArchiveOptions& o, std::ostream& out, std::ostream& err) {
  if (!NeedSqlite(o.archive, err)) return kExitError;
  std::vector<graph::ArchiveDocument> docs;
  if (!ReadWholeArchive(o.archive, &docs, err)) return kExitError;
  std::ofstream file;
  std::ostream* sink = OpenOutput(o.output, out, &file, err);
  if (!sink) return kExitError;
  for (const auto& d : docs) graph::WriteClaimsJsonl(d.path, d.claims, [](Span s) { return s; }, *sink);
  sink->flush();
  return *sink ? kExitClean : kExitError;
}

// The scale-out driver's reducer (app/shard.h): the conflict check over groups of claims.
int RunCheckGroups(const ArchiveOptions& o, std::ostream& out, std::ostream& err) {
  auto loaded = rules::LoadRules(!o.common.no_builtin_rules, o.common.rule_dirs);
  for (const auto& e : loaded.errors) Print(e, err);
  if (!loaded.errors.empty()) return kExitError;
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.groups != "-") {
    file.open(o.groups, std::ios::binary);
    if (!file) {
      err << o.groups << ": error: cannot read the shuffle records\n";
      return kExitError;
    }
    in = &file;
  }
  Status s = CheckGroups(loaded.rules, o.groups == "-" ? "<stdin>" : o.groups, *in, out);
  if (!s.ok()) {
    Print(s, err);
    return kExitError;
  }
  return kExitClean;
}

}  // namespace

Runner SetupArchive(CLI::App* cmd) {
  auto o = std::make_shared<ArchiveOptions>();
  cmd->require_subcommand(1);
  CLI::App* stats = cmd->add_subcommand("stats", "Count the documents, entities, claims and sources of an archive, "
                                                 "and check its integrity (exit 2 when it is damaged)");
  stats->add_option("archive", o->archive, "The SQLite archive")->required()->type_name("ARCHIVE.db");
  CLI::App* import = cmd->add_subcommand(
      "import", "Add the claims of claims JSONL files (or other archives) to a SQLite archive, created when "
                "missing; a story already there is replaced; one transaction");
  import->add_option("archive", o->archive, "The SQLite archive to write")->required()->type_name("ARCHIVE.db");
  import->add_option("files", o->files, "Claims JSONL files or SQLite archives to read")
      ->required()
      ->type_name("CLAIMS.jsonl|ARCHIVE.db");
  CLI::App* exp = cmd->add_subcommand("export", "Write every claim of a SQLite archive as claims JSONL");
  exp->add_option("archive", o->archive, "The SQLite archive")->required()->type_name("ARCHIVE.db");
  exp->add_option("-o,--output", o->output, "Write to FILE instead of standard output")->type_name("FILE");
  CLI::App* groups = cmd->add_subcommand("check-groups", "For scripts/claimcheck-dask: conflict-check shuffled claim "
                                                         "groups (docs/scale-out.md)");
  groups->group("");  // hidden
  groups->add_option("records", o->groups, "Shuffle records (default: standard input)")->type_name("FILE");
  AddRuleOptions(groups, &o->common);
  return [o, stats, import, exp, groups](std::ostream& out, std::ostream& err) {
    if (groups->parsed()) return RunCheckGroups(*o, out, err);
    if (stats->parsed()) return RunStats(*o, out, err);
    if (import->parsed()) return RunImport(*o, out, err);
    if (exp->parsed()) return RunExport(*o, out, err);
    return kExitError;
  };
}

}  // namespace claimcheck::app
