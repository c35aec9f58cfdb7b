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

// Where a check that can find about one finding per byte (quote.unbalanced on a line of quote
// marks) puts them in its RunLimited, and FileFindings a file's, so the ones past the limit are
// never all in memory: with `limit` > 0 it keeps at most 2 x limit, cutting to the first `limit`
// by position (and counting the rest) whenever it fills up. Finish(out) makes the last cut and
// appends the kept ones to `out`.
class FindingSink {
 public:
  explicit FindingSink(size_t limit) : limit_(limit) {}
  void Add(Finding f);
  // Appends the kept findings to `out` and says what was left out.
  LimitedRun Finish(std::vector<Finding>* out);

 private:
  void Cut();
  size_t limit_;
  std::vector<Finding> kept_;
  LimitedRun run_;
};

// The findings of one file, at most `max_findings` of them (0: no limit): the per-document
// checks' and the cross-document checks' reported in this file count together. Finish() appends
// the first `max_findings` by position and, when there were more, one limit.findings finding, at
// the first one left out, that counts them; its severity is the highest among them, so a finding
// left out still fails the run. At most 2 x `max_findings` counted findings are held at a time.
// Findings of checks that are not capped (CheckInfo::capped: limit.paragraph, which says what no
// check has read) are all kept and never counted.
class FileFindings {
 public:
  explicit FileFindings(size_t max_findings) : max_(max_findings), capped_(max_findings) {}
  // Runs the per-document `checks` over `doc`; each keeps at most `max_findings` in memory.
  void RunChecks(const std::vector<const Check*>& checks, const Analysis& doc);
  // A finding of a cross-document check reported in this file.
  void Add(Finding f) { capped_.Add(std::move(f)); }
  void Finish(std::vector<Finding>* out);

 private:
  size_t max_;
  FindingSink capped_;
  std::vector<Finding> uncapped_;
  LimitedRun left_out_;  // what the checks' own RunLimited left out
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_FINDINGS_LIMIT_H_
