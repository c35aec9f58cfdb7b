// What each subcommand does once its options are parsed.
#ifndef CLAIMCHECK_APP_RUN_H_
#define CLAIMCHECK_APP_RUN_H_

#include <functional>
#include <fstream>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/finding.h"
#include "check/analysis.h"

namespace claimcheck::app {

struct CommonOptions {
  std::vector<std::string> rule_dirs;  // --rules
  bool no_builtin_rules = false;       // --no-builtin-rules
  std::string date;                    // --date YYYY-MM-DD, "" when not given
  unsigned jobs = 0;                   // --jobs; 0 = one per core
  // --config / --no-config for the commands that read documents through AnalyzeFiles (check and
  // report have their own in CheckOptions).
  std::string config;
  bool no_config = false;
};

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_on = "warning";  // error|warning|info|none
  std::string color = "auto";       // auto|always|never
  std::string output;               // -o FILE, "" = stdout
  std::string config;               // --config FILE, "" = the nearest .claimcheck.yaml upward
  bool no_config = false;           // --no-config
  std::string min_severity = "info";  // --min-severity: lowest severity shown
  std::string baseline;             // --baseline FILE
  std::string write_baseline;       // --write-baseline FILE
  std::string diff;                 // --diff FILE or "-" (standard input)
  std::vector<std::string> against;  // --against claims.jsonl: archive claims to compare with
  std::string docs_url;              // --docs-url: where the docs are published, "" = no links
  // Hidden, for the scale-out driver (app/shard.h): print the inputs and stop; write the claims
  // as shuffle records; take the conflict findings from a file instead of computing them.
  bool list_inputs = false;                // --list-inputs
  std::string shard_claims;                // --shard-claims FILE
  std::optional<std::string> conflicts;    // --conflicts FILE
  int max_findings = -1;             // --max-findings per file; -1: the configuration's, else 1000
};

int RunCheck(const CheckOptions& options, std::ostream& out, std::ostream& err);

// Where a command's output goes (-o FILE): `path` opened into *file, or `out` when `path` is
// empty; nullptr, after an error on `err`, when the file cannot be written.
std::ostream* OpenOutput(const std::string& path, std::ostream& out, std::ofstream* file, std::ostream& err);

// Reads FILE|DIR arguments (directories searched for .txt and .md) into documents. Each
// unreadable or invalid input is reported on `err` with its location and sets *input_error.
std::vector<std::unique_ptr<ingest::Document>> ReadDocuments(const std::vector<std::string>& paths, std::ostream& err,
                                                             bool* input_error);

// Runs the stages before the checks over `docs` on `jobs` workers (0: one per core), each with
// its own Analyzer; workers take documents in turn, so the result does not depend on scheduling.
// `each(i, analysis)` runs on the worker right after document i is analysed (the per-document
// checks). The error is the first worker's failure to create its Analyzer.
Result<std::vector<check::Analysis>> AnalyzeAll(
    const rules::RuleSet& rules, std::optional<std::chrono::year_month_day> date,
    const std::vector<std::unique_ptr<ingest::Document>>& docs, unsigned jobs,
    const std::function<void(size_t, const check::Analysis&)>& each = {});

// The same with rule sets that differ between documents: document i is analysed with
// *rule_sets[doc_rules[i]] (a worker creates one Analyzer per rule set it meets). A document's
// `default_date` (the `date:` of its .claimcheck.yaml) dates it only when --date (`date`), front
// matter and its dateline do not: the time stage takes it as a fallback.
Result<std::vector<check::Analysis>> AnalyzeAll(
    const std::vector<const rules::RuleSet*>& rule_sets, const std::vector<size_t>& doc_rules,
    std::optional<std::chrono::year_month_day> date, const std::vector<std::unique_ptr<ingest::Document>>& docs,
    unsigned jobs, const std::function<void(size_t, const check::Analysis&)>& each);

struct RulesOptions {
  CommonOptions common;
  std::vector<std::string> lint;  // --lint PATH...: validate these packs and run their examples
};

struct ConfigOptions {
  std::string path = ".";  // the file or directory whose configuration to show
  std::string config;      // --config FILE
  bool print = false;      // --print
};

int RunConfigPrint(const ConfigOptions& options, std::ostream& out, std::ostream& err);

int RunRules(const RulesOptions& options, std::ostream& out, std::ostream& err);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_RUN_H_
