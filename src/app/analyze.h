// The pipeline up to the checks over a list of files, for the subcommands that show what the
// stages found (graph, extract) rather than findings.
#ifndef CLAIMCHECK_APP_ANALYZE_H_
#define CLAIMCHECK_APP_ANALYZE_H_

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "app/run.h"
#include "check/analysis.h"
#include "ingest/document.h"
#include "rules/pack.h"

namespace claimcheck::app {

struct Analyzed {
  // The packs comparisons across files use: the built-in ones and --rules, plus those the first
  // input's configuration adds. Each file is analysed with its own configuration's packs
  // (rule_sets[doc_rules[i]]), as in check.
  const rules::RuleSet* rules = nullptr;  // one of rule_sets
  std::vector<std::unique_ptr<rules::RuleSet>> rule_sets;
  std::vector<std::unique_ptr<ingest::Document>> docs;  // owns what analyses point at
  std::vector<check::Analysis> analyses;
  bool input_error = false;  // some input could not be read (reported on `err`)
};

// Loads the rule packs and analyses every file under `paths` (on common.jobs workers; the
// analyses are in input order). Each file's configuration (app/config.h: the nearest
// .claimcheck.yaml, common.config or none with common.no_config) is read as check reads it: its
// `exclude` drops the file, its `rules` packs analyse it, its `date` dates it when nothing else
// does; its checks and severities do not matter to commands that report no findings. False after
// printing an error that stops the run (configuration, rule packs, --date); unreadable inputs set
// input_error and are skipped.
bool AnalyzeFiles(const std::vector<std::string>& paths, const CommonOptions& common, Analyzed* out,
                  std::ostream& err);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_ANALYZE_H_
