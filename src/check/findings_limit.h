// limit.findings: at most so many findings per file (bounded output and memory on hostile or
// broken input, such as a 50 MB line of "September 14-14"), and one summary finding that says how
// many were left out.
#ifndef CLAIMCHECK_CHECK_FINDINGS_LIMIT_H_
#define CLAIMCHECK_CHECK_FINDINGS_LIMIT_H_

#include <cstddef>
#include <vector>

#include "check/check.h"

namespace claimcheck::check {

inline constexpr const char* kFindingsLimitCheck = "limit.findings";
// The default of --max-findings and the configuration's `max-findings:`.
inline constexpr size_t kDefaultMaxFindings = 1000;

// Runs the per-document `checks` over `doc` and appends to `out` the first `max_findings` of
// their findings by position (0: no limit). When there were more, it appends one
// limit.findings finding, at the first one left out, that counts them; its severity is the
// highest among them, so a finding left out still fails the run. Each check keeps at most
// `max_findings` findings in memory at a time.
// Where a check that can find about one finding per byte (quote.unbalanced on a line of quote
// marks) puts them in its RunLimited, so the ones past the limit are never all in memory: with
// `limit` > 0 it keeps at most 2 x limit, cutting to the first `limit` by position (and counting
// the rest) whenever it fills up. Finish() makes the last cut and appends the kept ones to `out`.
class FindingSink {
 public:
  FindingSink(std::vector<Finding>* out, size_t limit) : out_(out), limit_(limit) {}
  void Add(Finding f);
  LimitedRun Finish();

 private:
  void Cut();
  std::vector<Finding>* out_;
  size_t limit_;
  std::vector<Finding> kept_;
  LimitedRun run_;
};

void RunLimited(const std::vector<const Check*>& checks, const Analysis& doc, size_t max_findings,
                std::vector<Finding>* out);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_FINDINGS_LIMIT_H_
