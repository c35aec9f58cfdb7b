#include "app/run.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

#include "app/archive_io.h"
#include "app/cli.h"
#include "app/config.h"
#include "app/diff.h"
#include "app/docs_url.h"
#include "app/filter.h"
#include "app/report_claims.h"
#include "app/shard.h"
#include "app/suppressions.h"
#include "base/calendar.h"
#include "base/edit_distance.h"
#include "check/analysis.h"
#include "check/examples.h"
#include "check/findings_limit.h"
#include "check/open_archive.h"
#include "check/registry.h"
#include "graph/claims_jsonl.h"
#include "ingest/reader.h"
#include "report/reporter.h"
#include "rules/loader.h"

namespace claimcheck::app {
namespace {

void PrintError(const Status& s, std::ostream& err) {
  if (!s.where().path.empty()) err << s.where().ToString() << ": ";
  err << "error: " << s.message() << "\n";
  if (!s.excerpt().empty()) err << "  " << s.excerpt() << "\n";
}

bool PrintErrors(const std::vector<Status>& errors, std::ostream& err) {
  for (const auto& e : errors) PrintError(e, err);
  return errors.empty();
}

// Rule packs and checks, ready to run; false after printing errors.
struct Engine {
  rules::RuleSet rules;
  std::vector<std::unique_ptr<check::Check>> checks;
};

bool LoadEngine(const CommonOptions& common, Engine* engine, std::ostream& err) {
  if (!common.date.empty() && !IsIsoCalendarDate(common.date)) {
    err << "claimcheck: error: --date must be a real date written YYYY-MM-DD, got '" << common.date << "'\n";
    return false;
  }
  auto loaded = rules::LoadRules(!common.no_builtin_rules, common.rule_dirs);
  if (!PrintErrors(loaded.errors, err)) return false;
  engine->rules = std::move(loaded.rules);
  if (!PrintErrors(check::ValidateRuleChecks(engine->rules), err)) return false;
  bool ok = true;
  for (auto& c : check::AllChecks()) {
    Status s = c->Init(engine->rules);
    if (s.ok()) {
      engine->checks.push_back(std::move(c));
    } else if (!common.no_builtin_rules) {
      PrintError(s, err);
      ok = false;
    }
    // With --no-builtin-rules a check written in code whose lexicons or conflict semantics the
    // given packs do not supply simply does not run: the user asked for their packs only.
  }
  return ok;
}

unsigned Jobs(unsigned requested, size_t work) {
  unsigned n = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::max<size_t>(1, std::min<size_t>(n, work)));
}

}  // namespace

std::ostream* OpenOutput(const std::string& path, std::ostream& out, std::ofstream* file, std::ostream& err) {
  if (path.empty()) return &out;
  file->open(path, std::ios::binary);
  if (!*file) {
    err << path << ": error: cannot write output file\n";
    return nullptr;
  }
  return file;
}

std::vector<std::unique_ptr<ingest::Document>> ReadDocuments(const std::vector<std::string>& paths, std::ostream& err,
                                                             bool* input_error) {
  ingest::DiskReader reader;
  std::vector<std::unique_ptr<ingest::Document>> docs;
  for (const auto& p : paths) {
    auto expanded = reader.Expand({p});
    if (!expanded.ok()) {
      PrintError(expanded.status(), err);
      *input_error = true;
      continue;
    }
    for (const auto& path : expanded.value()) {
      auto bytes = reader.Read(path);
      if (!bytes.ok()) {
        PrintError(bytes.status(), err);
        *input_error = true;
        continue;
      }
      auto doc = ingest::LoadDocument(path, std::move(bytes).value());
      if (!doc.ok()) {
        PrintError(doc.status(), err);
        *input_error = true;
        continue;
      }
      docs.push_back(std::make_unique<ingest::Document>(std::move(doc).value()));
    }
  }
  return docs;
}

Result<std::vector<check::Analysis>> AnalyzeAll(const rules::RuleSet& rules,
                                                std::optional<std::chrono::year_month_day> date,
                                                const std::vector<std::unique_ptr<ingest::Document>>& docs,
                                                unsigned jobs,
                                                const std::function<void(size_t, const check::Analysis&)>& each) {
  return AnalyzeAll({&rules}, std::vector<size_t>(docs.size(), 0), date, docs, jobs, each);
}

Result<std::vector<check::Analysis>> AnalyzeAll(const std::vector<const rules::RuleSet*>& rule_sets,
                                                const std::vector<size_t>& doc_rules,
                                                std::optional<std::chrono::year_month_day> date,
                                                const std::vector<std::unique_ptr<ingest::Document>>& docs,
                                                unsigned jobs,
                                                const std::function<void(size_t, const check::Analysis&)>& each) {
  std::vector<check::Analysis> analyses(docs.size());
  std::atomic<size_t> next{0};
  std::vector<Status> worker_errors(Jobs(jobs, docs.size()));
  auto work = [&](unsigned worker) {
    std::vector<std::unique_ptr<check::Analyzer>> analyzers(rule_sets.size());
    for (size_t i; (i = next.fetch_add(1)) < docs.size();) {
      auto& analyzer = analyzers[doc_rules[i]];
      if (!analyzer) {
        auto created = check::Analyzer::Create(*rule_sets[doc_rules[i]], date);
        if (!created.ok()) {
          worker_errors[worker] = created.status();
          return;
        }
        analyzer = std::move(created).value();
      }
      ingest::Document& doc = *docs[i];
      analyses[i] = analyzer->Analyze(doc, static_cast<int>(i));
      if (each) each(i, analyses[i]);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < worker_errors.size(); ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& t : threads) t.join();
  for (const auto& s : worker_errors) {
    if (!s.ok()) return s;
  }
  return analyses;
}

namespace {

// Reads a whole file (or standard input for "-").
Result<std::string> ReadInput(const std::string& path) {
  std::ostringstream buf;
  if (path == "-") {
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot read file", {path});
  buf << in.rdbuf();
  return buf.str();
}

// The configurations of a run: app/config.h, shared by every command that reads documents.
using Configs = ConfigSet;

}  // namespace

// Reads the archives given to --against (claims JSONL, or a SQLite archive of which only the
// groups the checked files' claims touch are read) into archive documents (indices from
// `first`): the text of an archived document is read from its path when it is there, so related
// locations get lines and columns; otherwise spans point at its start. False after printing an
// error.
bool LoadArchives(const std::vector<std::string>& files, const std::vector<std::string>& checked_paths, int first,
                  std::vector<std::unique_ptr<ingest::Document>>* docs, std::vector<check::Analysis>* analyses,
                  std::ostream& err) {
  // A checked file that is also in the archive is compared once, as itself.
  auto checked = [&](const std::string& path) {
    return std::any_of(checked_paths.begin(), checked_paths.end(),
                       [&](const std::string& p) { return p == ReportPath(path); });
  };
  std::vector<graph::ArchiveDocument> archived;
  if (!ReadArchivesFor(files, *analyses, checked, &archived, err)) return false;
  for (auto& a : archived) {
    std::ifstream text_in(a.path, std::ios::binary);
    std::ostringstream text;
    if (text_in) text << text_in.rdbuf();
    docs->push_back(std::make_unique<ingest::Document>(ingest::Document{.source = SourceText(a.path, text.str())}));
    const auto size = static_cast<uint32_t>(docs->back()->source.size());
    check::Analysis an;
    an.index = first + static_cast<int>(docs->size()) - 1;
    an.doc = docs->back().get();
    an.archive = true;
    an.claims = std::move(a.claims);
    for (auto& c : an.claims.claims) {
      if (c.span.end > size) c.span = {0, 0};
    }
    // The open layer's claims (attribute "polarity/<key>", "number/<key>") are the open conflict
    // checks' (check/open_claims.h); the typed checks see only their own attributes.
    check::SplitOpenClaims(&an);
    analyses->push_back(std::move(an));
  }
  return true;
}

int RunCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const report::ReporterInfo* reporter = report::FindReporter(options.format);
  if (!reporter) {
    err << "claimcheck: error: unknown format '" << options.format << "'"
        << DidYouMean(options.format, report::ReporterNames()) << "\n";
    return kExitError;
  }
  std::optional<Severity> fail_on;
  if (options.fail_on != "none") {
    fail_on = ParseSeverity(options.fail_on);
    if (!fail_on) {
      err << "claimcheck: error: --fail-on must be error, warning, info or none"
          << DidYouMean(options.fail_on, {"error", "warning", "info", "none"}) << "\n";
      return kExitError;
    }
  }
  std::optional<Severity> min_severity = ParseSeverity(options.min_severity);
  if (!min_severity) {
    err << "claimcheck: error: --min-severity must be error, warning or info"
        << DidYouMean(options.min_severity, {"error", "warning", "info"}) << "\n";
    return kExitError;
  }
  std::string docs_url = options.docs_url.empty() ? InstalledDocsUrl() : options.docs_url;
  while (docs_url.ends_with('/')) docs_url.pop_back();
  if (!options.docs_url.empty() && docs_url.find("://") == std::string::npos) {
    err << "claimcheck: error: --docs-url must be an absolute URL (https://..., file:///...), got '"
        << options.docs_url << "'\n";
    return kExitError;
  }
  if (!options.config.empty() && options.no_config) {
    err << "claimcheck: error: --config and --no-config exclude each other\n";
    return kExitError;
  }
  if (options.diff == "-" && std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end()) {
    err << "claimcheck: error: --diff - and a '-' input cannot both read standard input\n";
    return kExitError;
  }
  // The baseline and the diff are read before any work, so a mistake in them fails fast.
  std::optional<Baseline> baseline;
  if (!options.baseline.empty()) {
    auto text = ReadInput(options.baseline);
    auto parsed = text.ok() ? ParseBaseline(text.value(), options.baseline) : Result<Baseline>(text.status());
    if (!parsed.ok()) {
      PrintError(parsed.status(), err);
      return kExitError;
    }
    baseline = std::move(parsed).value();
  }
  std::optional<ChangedLines> diff;
  if (!options.diff.empty()) {
    auto text = ReadInput(options.diff);
    auto parsed = text.ok() ? ParseUnifiedDiff(text.value(), options.diff == "-" ? "<stdin>" : options.diff)
                            : Result<ChangedLines>(text.status());
    if (!parsed.ok()) {
      PrintError(parsed.status(), err);
      return kExitError;
    }
    diff = std::move(parsed).value();
  }

  bool input_error = false;
  ingest::DiskReader reader;
  std::vector<std::string> paths;
  for (const auto& p : options.paths) {
    auto expanded = reader.Expand({p});
    if (!expanded.ok()) {
      PrintError(expanded.status(), err);
      input_error = true;
      continue;
    }
    paths.insert(paths.end(), expanded.value().begin(), expanded.value().end());
  }
  // A file named twice (as "a.txt" and "./a.txt", or in a directory and on its own) is checked
  // once, where it first appears.
  {
    std::set<std::string> seen;
    std::erase_if(paths, [&](const std::string& p) { return !seen.insert(ReportPath(p)).second; });
  }

  // Each document's configuration (the nearest .claimcheck.yaml, or --config); excluded paths go.
  Configs configs(options.config, options.no_config);
  std::vector<std::pair<std::string, const Config*>> inputs;
  for (const auto& path : paths) {
    const Config* config = configs.For(path, err);
    if (!config) return kExitError;
    if (!config->Excludes(path)) inputs.emplace_back(path, config);
  }
  if (!options.config.empty() && !configs.For(options.config, err)) return kExitError;
  if (options.list_inputs) {  // the scale-out driver's shards (app/shard.h)
    for (const auto& [path, config] : inputs) out << path << "\n";
    return input_error ? kExitError : kExitClean;
  }

  // Rule packs: each file gets the built-in packs and --rules, plus the packs its own
  // configuration adds, and nothing another folder's configuration adds. One engine per distinct
  // list of packs, loaded once and shared by every file with that list (so two configurations
  // may each name a pack `newsroom` as long as no file gets both).
  std::vector<std::unique_ptr<Engine>> engines;
  std::map<std::vector<std::string>, size_t> engine_of_packs;
  auto engine_for = [&](const Config* config) -> std::optional<size_t> {
    CommonOptions common = options.common;
    for (const auto& r : config ? config->rules : std::vector<Config::Entry>{}) {
      if (std::find(common.rule_dirs.begin(), common.rule_dirs.end(), r.value) == common.rule_dirs.end()) {
        common.rule_dirs.push_back(r.value);
      }
    }
    auto it = engine_of_packs.find(common.rule_dirs);
    if (it != engine_of_packs.end()) return it->second;
    auto engine = std::make_unique<Engine>();
    if (!LoadEngine(common, engine.get(), err)) return std::nullopt;
    engines.push_back(std::move(engine));
    return engine_of_packs[common.rule_dirs] = engines.size() - 1;
  };
  if (!engine_for(nullptr)) return kExitError;  // the base engine: the catalogue, --date and --rules checked
  if (!options.config.empty() && !engine_for(configs.For(options.config, err))) return kExitError;
  std::vector<size_t> input_engines;
  for (const auto& [path, config] : inputs) {
    auto e = engine_for(config);
    if (!e) return kExitError;
    input_engines.push_back(*e);
  }

  std::vector<std::unique_ptr<ingest::Document>> docs;
  std::vector<const Config*> doc_configs;
  std::vector<size_t> doc_engines;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const auto& [path, config] = inputs[k];
    auto bytes = reader.Read(path);
    if (!bytes.ok()) {
      PrintError(bytes.status(), err);
      input_error = true;
      continue;
    }
    // Every format prints the same path: normalised, relative to the working directory when the
    // file is under it, no "./".
    auto doc = ingest::LoadDocument(ReportPath(path), std::move(bytes).value());
    if (!doc.ok()) {
      PrintError(doc.status(), err);
      input_error = true;
      continue;
    }
    docs.push_back(std::make_unique<ingest::Document>(std::move(doc).value()));
    doc_configs.push_back(config);
    doc_engines.push_back(input_engines[k]);
    if (config->date) docs.back()->default_date = config->date->value;
    docs.back()->max_paragraph_bytes = config->max_paragraph_bytes;
  }

  // Which checks each document gets (its engine's, as its configuration turns them on or off),
  // and, per engine, the cross-document checks any of its documents has on.
  std::vector<std::vector<const check::Check*>> doc_checks(docs.size());
  std::vector<std::vector<const check::Check*>> cross_checks(engines.size());
  for (size_t e = 0; e < engines.size(); ++e) {
    for (const auto& c : engines[e]->checks) {
      bool any = false;
      for (size_t i = 0; i < docs.size(); ++i) {
        if (doc_engines[i] == e && doc_configs[i]->For(c->info()).enabled) {
          doc_checks[i].push_back(c.get());
          any = true;
        }
      }
      if (any) cross_checks[e].push_back(c.get());
    }
  }

  // Each document goes through the pipeline and the per-document checks on one worker; workers
  // take documents in turn. Output order does not depend on scheduling: findings are sorted.
  // At most --max-findings (or the file's max-findings:) per file, cross-document findings included.
  std::vector<check::FileFindings> per_doc;
  for (size_t i = 0; i < docs.size(); ++i) {
    per_doc.emplace_back(options.max_findings >= 0 ? static_cast<size_t>(options.max_findings)
                                                   : doc_configs[i]->max_findings.value_or(check::kDefaultMaxFindings));
  }
  std::vector<const rules::RuleSet*> rule_sets;
  for (const auto& e : engines) rule_sets.push_back(&e->rules);
  auto analysed = AnalyzeAll(
      rule_sets, doc_engines, temporal::ParseIsoDate(options.common.date), docs, options.common.jobs,
      [&](size_t i, const check::Analysis& a) { per_doc[i].RunChecks(doc_checks[i], a); });
  if (!analysed.ok()) {
    PrintError(analysed.status(), err);
    return kExitError;
  }
  std::vector<check::Analysis> analyses = std::move(analysed).value();

  // Archive claims (--against): documents after the checked ones, holding claims and no text.
  std::vector<std::unique_ptr<ingest::Document>> archive_docs;
  std::vector<std::string> checked_paths;
  for (const auto& d : docs) checked_paths.push_back(d->source.path());
  if (!LoadArchives(options.against, checked_paths, static_cast<int>(docs.size()), &archive_docs, &analyses, err)) {
    return kExitError;
  }

  // Conflicts computed by the scale-out driver's reducers (--conflicts) instead of here; the
  // documents their related locations are in, when not checked here, join as archive documents.
  std::vector<ConflictFinding> injected;
  if (options.conflicts) {
    auto read = ReadConflictFindings(*options.conflicts);
    if (!read.ok()) {
      PrintError(read.status(), err);
      return kExitError;
    }
    injected = std::move(read).value();
  }
  if (!options.shard_claims.empty()) {
    std::ofstream claims_out(options.shard_claims, std::ios::binary);
    WriteShardClaims(analyses, engines.front()->rules, claims_out);
    if (!claims_out.flush()) {
      err << options.shard_claims << ": error: cannot write the shard's claims\n";
      return kExitError;
    }
  }
  std::vector<Finding> injected_findings = PlaceConflictFindings(
      std::move(injected), docs,
      [&](int doc, const std::string& id) {
        const auto& checks = cross_checks[doc_engines[doc]];
        return std::any_of(checks.begin(), checks.end(), [&](const check::Check* k) { return k->info().id == id; });
      },
      &archive_docs);

  report::RunResult run;
  run.archive_docs = archive_docs.size();
  std::vector<std::string> doc_paths;
  for (const auto* list : {&docs, &archive_docs}) {
    for (const auto& d : *list) {
      run.docs.push_back(&d->source);
      doc_paths.push_back(d->source.path());
    }
  }
  std::vector<Finding> findings;
  // A finding reported in a checked file counts against that file's limit; one placed in an
  // archive document (never, today) is kept as it is.
  auto keep = [&](Finding f) {
    const auto doc = static_cast<size_t>(f.where.doc);
    if (doc < per_doc.size()) {
      per_doc[doc].Add(std::move(f));
    } else {
      findings.push_back(std::move(f));
    }
  };
  std::vector<const check::Analysis*> all;
  for (const auto& a : analyses) all.push_back(&a);
  // Cross-document checks compare every file (and the archive) with every other, whatever their
  // packs; a finding is kept from the engine of the file it is reported in, so each is found once.
  for (size_t e = 0; e < engines.size(); ++e) {
    std::vector<Finding> found;
    for (const check::Check* c : cross_checks[e]) {
      if (!options.conflicts || !c->info().id.starts_with("conflict.")) c->RunAll(all, &found);
    }
    for (auto& f : found) {
      const auto doc = static_cast<size_t>(f.where.doc);
      if (doc < doc_engines.size() ? doc_engines[doc] == e : e == 0) keep(std::move(f));
    }
  }
  for (auto& f : injected_findings) keep(std::move(f));
  for (auto& d : per_doc) d.Finish(&findings);
  SortFindings(&findings, doc_paths);
  for (const auto& c : engines.front()->checks) run.checks.push_back(c->info());

  // Configuration, suppressions, baseline, diff and thresholds: app/filter.cc, nowhere else.
  FilterInput filter;
  for (const auto& d : docs) filter.docs.push_back(d.get());
  filter.configs = doc_configs;
  filter.checks = run.checks;
  filter.fail_on = fail_on;
  filter.min_severity = *min_severity;
  filter.baseline = baseline ? &*baseline : nullptr;
  filter.diff = diff ? &*diff : nullptr;
  FilterResult filtered = ApplyFilters(std::move(findings), filter);
  if (!PrintErrors(filtered.errors, err)) input_error = true;
  run.findings = std::move(filtered.findings);
  run.fingerprints = std::move(filtered.fingerprints);
  if (reporter->needs_claims) run.claims = ReportClaims(analyses, docs.size());
  run.hidden_failing = filtered.hidden_failing;
  run.hidden_by = "--min-severity " + options.min_severity;
  run.suppressed = std::move(filtered.suppressed);
  run.baseline_states = std::move(filtered.baseline_states);
  run.absent = std::move(filtered.absent);

  if (!options.write_baseline.empty()) {
    std::ofstream file(options.write_baseline, std::ios::binary);
    file << FormatBaseline(filtered.all);
    if (!file.flush()) {
      err << options.write_baseline << ": error: cannot write the baseline file\n";
      return kExitError;
    }
  }

  report::ReportOptions ropts;
  ropts.docs_url = docs_url;
  std::ofstream file;
  std::ostream* sink = OpenOutput(options.output, out, &file, err);
  if (!sink) return kExitError;
  ropts.color = options.color == "always" ||
                (options.color == "auto" && options.output.empty() && &out == &std::cout &&
                 isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr &&
                 std::string_view(std::getenv("TERM") ? std::getenv("TERM") : "") != "dumb");
  reporter->create()->Write(run, ropts, *sink);
  sink->flush();

  if (input_error) return kExitError;
  return filtered.fail ? kExitFindings : kExitClean;
}

int RunConfigPrint(const ConfigOptions& options, std::ostream& out, std::ostream& err) {
  Configs configs(options.config, false);
  const Config* config = configs.For(options.config.empty() ? options.path : options.config, err);
  if (!config) return kExitError;
  auto from = [](const Location& where) { return where.ToString(); };
  out << "# effective configuration for " << options.path << "\n";
  out << "config: " << (config->path.empty() ? "(none: built-in defaults)" : config->path) << "\n";
  out << "date: " << (config->date ? config->date->value + "  # " + from(config->date->where) : "(none)") << "\n";
  out << "rules:" << (config->rules.empty() ? " []" : "") << "\n";
  for (const auto& r : config->rules) out << "  - " << r.value << "  # " << from(r.where) << "\n";
  out << "exclude:" << (config->exclude.empty() ? " []" : "") << "\n";
  for (const auto& e : config->exclude) out << "  - " << e.value << "  # " << from(e.where) << "\n";
  if (const Config::Entry* by = config->ExcludedBy(options.path)) {
    out << "excluded: yes  # by '" << by->value << "' at " << from(by->where) << "\n";
  }
  out << "checks:\n";
  for (const auto& c : check::AllChecks()) {
    const auto& info = c->info();
    Config::Effective eff = config->For(info);
    Severity sev = eff.severity ? *eff.severity : info.severity;
    std::string state = eff.enabled ? "on" : "off";
    out << "  " << info.id << ": " << state << ", " << SeverityName(sev) << "  # "
        << (eff.enabled_by ? state + " by '" + eff.enabled_by->value + "' at " + from(eff.enabled_by->where)
                           : std::string(info.enabled_by_default ? "on" : "off") + " by default")
        << "; "
        << (eff.severity_by ? "severity by '" + eff.severity_by->pattern + "' at " + from(eff.severity_by->where)
                            : std::string("default severity"))
        << "\n";
  }
  return kExitClean;
}

int RunRules(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.lint.empty()) {
    // Validate the named packs (with the built-in ones, so references to checks resolve and pack
    // names must not clash) and run their examples.
    CommonOptions common = options.common;
    common.rule_dirs.insert(common.rule_dirs.end(), options.lint.begin(), options.lint.end());
    auto loaded = rules::LoadRules(!common.no_builtin_rules, common.rule_dirs);
    std::vector<Status> errors = loaded.errors;
    if (errors.empty()) {
      auto more = check::ValidateRuleChecks(loaded.rules);
      errors.insert(errors.end(), more.begin(), more.end());
    }
    if (errors.empty()) {
      auto more = check::RunRuleExamples(loaded.rules);
      errors.insert(errors.end(), more.begin(), more.end());
    }
    if (!PrintErrors(errors, err)) {
      err << errors.size() << (errors.size() == 1 ? " problem" : " problems") << " found\n";
      return kExitError;
    }
    size_t packs = 0, rule_count = 0;
    for (const auto& p : loaded.rules.packs()) {
      ++packs;
      rule_count += p.rules.size();
    }
    out << "ok: " << packs << " packs, " << rule_count << " rules, every example passes\n";
    return kExitClean;
  }
  Engine engine;
  if (!LoadEngine(options.common, &engine, err)) return kExitError;
  out << "Checks:\n";
  for (const auto& c : engine.checks) {
    const auto& i = c->info();
    out << "  " << i.id << std::string(i.id.size() < 24 ? 24 - i.id.size() : 1, ' ') << SeverityName(i.severity)
        << std::string(9 - SeverityName(i.severity).size(), ' ') << i.summary
        << (i.enabled_by_default ? "" : " (off by default)") << "\n";
  }
  out << "\nRule packs:\n";
  for (const auto& p : engine.rules.packs()) {
    out << "  " << p.name << " (" << p.path << "): " << p.rules.size() << " rules, " << p.lexicons.size()
        << " lexicons" << (p.attributes.empty() ? "" : ", " + std::to_string(p.attributes.size()) + " attributes") << "\n";
    for (const auto& r : p.rules) {
      out << "    " << r.id << " [" << r.kind << (r.Param("check").empty() ? "" : " -> " + r.Param("check")) << "]";
      if (!r.description.empty()) out << " " << r.description;
      out << "\n";
    }
  }
  return kExitClean;
}

}  // namespace claimcheck::app
