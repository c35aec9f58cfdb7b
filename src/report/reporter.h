// One reporter per output format, behind one interface, in one explicit registry. Reporters get
// the complete run with findings already sorted; they only format.
#ifndef CLAIMCHECK_REPORT_REPORTER_H_
#define CLAIMCHECK_REPORT_REPORTER_H_

#include <array>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/finding.h"
#include "base/source_text.h"
#include "check/check.h"

namespace claimcheck::report {

inline constexpr const char* kToolName = "claimcheck";
inline constexpr const char* kToolVersion = CLAIMCHECK_VERSION;

// A claim as the editor's report shows it (filled only for reporters with needs_claims): where
// the story states it (original bytes), what, who said it and when.
struct ReportClaim {
  DocSpan where;
  std::string subject;                 // canonical name
  std::string attribute;               // "life-status"
  std::string value;                   // "dead"
  bool negative = false;               // "was not killed"
  std::string modality;                // "asserted", "reported", "hedged", "denied"
  std::vector<std::string> sources;    // source chain, nearest first; empty: the story itself
  std::string made;                    // when it was said ("13 Sep 2015"), or ""
  std::string about;                   // the time it is about, or ""
  std::optional<long> made_day;        // days since 1970, for ordering; none when unknown
};

// Whether a finding was in the --baseline (SARIF result.baselineState).
enum class BaselineState { kNew, kUnchanged };

// A finding the run does not count, reported (by SARIF only) as dismissed rather than dropped:
// silenced by a directive in the copy (SARIF suppression kind inSource), or by the configuration
// or the baseline (kind external).
struct SuppressedFinding {
  Finding finding;
  std::string fingerprint;
  bool in_source = false;
  std::string justification;             // what silenced it, for people
  std::optional<BaselineState> baseline;  // with --baseline
};

// A --baseline entry of a checked file that no current finding matches: fixed since.
struct AbsentFinding {
  std::string path;
  std::string check;
  std::string fingerprint;
  std::string message;  // the baseline's, "" when it has none
};

struct RunResult {
  std::vector<const SourceText*> docs;  // by document index
  std::vector<Finding> findings;        // sorted (SortFindings)
  std::vector<check::CheckInfo> checks; // the catalogue, in registry order
  size_t files_with_errors = 0;         // inputs that could not be read
  size_t archive_docs = 0;  // the last docs came from --against: referenced by findings, not checked
  // One per finding (report/fingerprint.h), computed by app/ before findings are filtered so they
  // do not depend on what is shown; empty: reporters compute them from `findings`.
  std::vector<std::string> fingerprints;
  std::vector<ReportClaim> claims;  // only for reporters with needs_claims
  // Findings that fail the run (--fail-on) but are not shown (--min-severity), by severity (info,
  // warning, error), and the option that hid them ("--min-severity error"); the text summary says so.
  std::array<size_t, 3> hidden_failing{};
  std::string hidden_by;
  // With --baseline: one state per finding (empty without). Findings the baseline dismisses are
  // in `suppressed`, baseline entries no longer found in `absent`.
  std::vector<BaselineState> baseline_states;
  std::vector<SuppressedFinding> suppressed;  // after --diff and --min-severity, like findings
  std::vector<AbsentFinding> absent;
};

struct ReportOptions {
  bool color = false;
  // Where the documentation is published (--docs-url), without a trailing '/': check pages are
  // DOCS_URL/checks/<id>.md. Empty: no links (claimcheck knows no address that is sure to exist).
  std::string docs_url;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Write(const RunResult& run, const ReportOptions& options, std::ostream& out) const = 0;
};

struct ReporterInfo {
  std::string name;
  std::string summary;
  std::unique_ptr<Reporter> (*create)();
  bool needs_claims = false;  // the run must fill RunResult::claims
};

// The one list of formats.
const std::vector<ReporterInfo>& Reporters();
const ReporterInfo* FindReporter(const std::string& name);
std::vector<std::string> ReporterNames();

// Shared helpers for reporters: "path:line:col" pieces, end positions.
struct Place {
  std::string path;
  LineCol start;
  LineCol end;
};
Place Locate(const RunResult& run, const DocSpan& where);
// run.fingerprints, or computed from run.findings when absent.
std::vector<std::string> FingerprintsOf(const RunResult& run);
// "path:line:column" of a place, for reports.
std::string WhereText(const RunResult& run, const DocSpan& where);
// A claim's source chain as text ("a source in the security services → Asia Plus"; "the story"
// when the story itself asserts it) and its statement ("Abduhalim Nazarzoda: not dead").
std::string SourceChainText(const ReportClaim& claim);
std::string StatementText(const ReportClaim& claim);
// The claims in the order they were made (undated ones last), then as the stories tell them.
std::vector<const ReportClaim*> Timeline(const RunResult& run);
// The line holding `span`, split around the span (clipped to the line); nullopt when the story's
// text is not at hand (an --against archive whose file is gone).
struct LineExcerpt {
  std::string_view before, marked, after;
};
std::optional<LineExcerpt> ExcerptOf(const SourceText& src, Span span);
// How many checked (not --against archive) documents a run has.
size_t CheckedDocs(const RunResult& run);
// A check's documentation page under `docs_url` (ReportOptions::docs_url); "" when that is empty.
std::string CheckDocUrl(const std::string& docs_url, const std::string& check_id);

}  // namespace claimcheck::report

#endif  // CLAIMCHECK_REPORT_REPORTER_H_
