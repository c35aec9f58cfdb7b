// The ONE place where a run's findings are selected after the checks ran and were sorted, and
// before they are reported: configuration (disabled checks, severity overrides), suppression
// directives (and `suppression.unused`), fingerprints, the baseline, the diff and --min-severity,
// in that order. The exit code's "did anything fail" is decided here too, after the baseline and
// the diff but before --min-severity (what is shown does not change what fails). Findings the
// configuration, a directive or the baseline dismisses are kept aside as `suppressed` (SARIF
// reports them with `suppressions`). Not thread-safe.
#ifndef CLAIMCHECK_APP_FILTER_H_
#define CLAIMCHECK_APP_FILTER_H_

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/baseline.h"
#include "app/config.h"
#include "app/diff.h"
#include "base/finding.h"
#include "check/check.h"
#include "ingest/document.h"
#include "report/reporter.h"

namespace claimcheck::app {

inline constexpr const char* kUnusedSuppressionCheck = "suppression.unused";

struct FilterInput {
  std::vector<const ingest::Document*> docs;  // by document index
  std::vector<const Config*> configs;         // the config governing each document
  std::vector<check::CheckInfo> checks;       // the catalogue
  std::optional<Severity> fail_on;            // none: never fail
  Severity min_severity = Severity::kInfo;
  const Baseline* baseline = nullptr;    // --baseline, or none
  const ChangedLines* diff = nullptr;    // --diff, or none
};

struct FilterResult {
  std::vector<Finding> findings;          // what to report, sorted
  std::vector<std::string> fingerprints;  // one per reported finding
  std::vector<BaselineEntry> all;         // every finding after config and suppressions (--write-baseline)
  bool fail = false;                      // a finding at or above fail_on survived baseline and diff
  // Findings that fail the run but --min-severity hides, by severity (info, warning, error).
  std::array<size_t, 3> hidden_failing{};
  std::vector<Status> errors;             // bad suppression directives
  // What SARIF reports as dismissed (suppressed in the copy, by configuration or by the baseline)
  // and, with a baseline, each reported finding's state and the entries no longer found.
  std::vector<report::SuppressedFinding> suppressed;
  std::vector<report::BaselineState> baseline_states;
  std::vector<report::AbsentFinding> absent;
};

// `findings` must be sorted (SortFindings).
FilterResult ApplyFilters(std::vector<Finding> findings, const FilterInput& in);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_FILTER_H_
