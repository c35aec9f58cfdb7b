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
  rules::RuleSet rules;
  std::vector<std::unique_ptr<ingest::Document>> docs;  // owns what analyses point at
  std::vector<check::Analysis> analyses;
  bool input_error = false;  // some input could not be read (reported on `err`)
};

// Loads the rule packs and analyses every file under `paths` (on common.jobs workers; the
// analyses are in input order). False after printing an
// error that stops the run (rule packs, --date); unreadable inputs set input_error and are skipped.
bool AnalyzeFiles(const std::vector<std::string>& paths, const CommonOptions& common, Analyzed* out,
                  std::ostream& err);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_ANALYZE_H_
