// `claimcheck graph FILE... [--against claims.jsonl] --format dot|graphml`: the claim graph
// (documents, entities, sources, claims; conflicts and corroborations from the conflict checker),
// and `claimcheck extract FILE... -o archive.db|claims.jsonl`: the claims archive for a later
// --against (SQLite or JSONL, by extension: app/archive_io.h).
#include <fstream>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "app/analyze.h"
#include "app/archive_io.h"
#include "app/cli.h"
#include "app/command.h"
#include "check/conflicts.h"
#include "check/open_archive.h"
#include "graph/claim_graph.h"
#include "graph/claims_jsonl.h"

namespace claimcheck::app {
namespace {

struct GraphOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> against;
  std::string format = "dot";
  std::string output;
};

int RunGraph(const GraphOptions& o, std::ostream& out, std::ostream& err) {
  if (o.format != "dot" && o.format != "graphml") {
    err << "claimcheck: error: --format must be dot or graphml, got '" << o.format << "'\n";
    return kExitError;
  }
  if (o.paths.empty() && o.against.empty()) {
    err << "claimcheck: error: give FILE... or --against claims.jsonl\n";
    return kExitError;
  }
  Analyzed analyzed;
  if (!AnalyzeFiles(o.paths, o.common, &analyzed, err)) return kExitError;
  std::vector<graph::ArchiveDocument> archive;
  for (const auto& f : o.against) {
    if (!ReadWholeArchive(f, &archive, err)) return kExitError;
  }
  // The graph holds typed claims; an archive's open-layer claims are for `check` (check/open_archive.h).
  for (auto& a : archive) {
    std::erase_if(a.claims.claims, [](const extract::Claim& c) { return check::IsOpenAttribute(c.attribute); });
  }
  std::vector<check::ConflictDocument> docs;
  for (const auto& a : analyzed.analyses) docs.push_back({a.index, a.doc->source.path(), &a.claims, {}, false, {}, {}});
  for (const auto& a : archive) {
    docs.push_back({static_cast<int>(docs.size()), a.path, &a.claims, {}, true, {}, {}});
  }
  std::vector<graph::DocumentInput> inputs;
  for (const auto& d : docs) inputs.push_back({d.doc, d.path, d.claims});
  graph::ClaimGraph g = graph::ClaimGraph::Build(inputs);
  // Conflict and corroboration edges between every claim, archive ones included.
  for (auto& d : docs) d.archive = false;
  check::CompareClaims(docs, *analyzed.rules, "", &g);
  std::ofstream file;
  std::ostream* opened = OpenOutput(o.output, out, &file, err);
  if (!opened) return kExitError;
  std::ostream& sink = *opened;
  if (o.format == "dot") g.WriteDot(sink);
  else g.WriteGraphml(sink);
  return analyzed.input_error ? kExitError : kExitClean;
}

struct ExtractOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string output;
};

int RunExtract(const ExtractOptions& o, std::ostream& out, std::ostream& err) {
  Analyzed analyzed;
  if (!AnalyzeFiles(o.paths, o.common, &analyzed, err)) return kExitError;
  // The open layer's claims of every sentence go in beside the typed ones (docs/formats/archive.md),
  // so drafts checked --against the archive meet them in the open conflict checks.
  if (auto reader = check::OpenClaimReader::FromRules(*analyzed.rules)) {
    for (const auto& a : analyzed.analyses) check::ReadAllOpenClaims(*reader, a);
  }
  if (!WriteArchive(o.output, analyzed.analyses, out, err)) return kExitError;
  return analyzed.input_error ? kExitError : kExitClean;
}

}  // namespace

Runner SetupGraph(CLI::App* cmd) {
  auto o = std::make_shared<GraphOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->type_name("FILE|DIR");
  cmd->add_option("--against", o->against, "A claims archive (archive.db or claims.jsonl, from `claimcheck extract -o`) to add to the graph "
                  "(repeatable)")
      ->type_name("ARCHIVE")
      ->allow_extra_args(false);
  cmd->add_option("-f,--format", o->format, "dot (Graphviz) or graphml (default: dot)")->type_name("FORMAT");
  cmd->add_option("-o,--output", o->output, "Write the graph to FILE instead of standard output")->type_name("FILE");
  AddCommonOptions(cmd, &o->common);
  AddConfigOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunGraph(*o, out, err); };
}

Runner SetupExtract(CLI::App* cmd) {
  auto o = std::make_shared<ExtractOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  cmd->add_option("-o,--output", o->output, "Write the claims to FILE: a SQLite archive for .db, .sqlite or .sqlite3 (created when missing; "
                  "each story's rows replaced; one transaction), claims JSONL otherwise (default: JSONL on "
                  "standard output)")
      ->type_name("FILE");
  AddCommonOptions(cmd, &o->common);
  AddConfigOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunExtract(*o, out, err); };
}

}  // namespace claimcheck::app
