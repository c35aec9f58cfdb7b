// The claims of a run as the editor's report shows them (report::ReportClaim): spans in original
// bytes, dates written out, source chains as text.
#ifndef CLAIMCHECK_APP_REPORT_CLAIMS_H_
#define CLAIMCHECK_APP_REPORT_CLAIMS_H_

#include <vector>

#include "check/analysis.h"
#include "report/reporter.h"

namespace claimcheck::app {

// The claims of the first `checked` analyses (the rest are --against archives), in story order.
std::vector<report::ReportClaim> ReportClaims(const std::vector<check::Analysis>& analyses, size_t checked);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_REPORT_CLAIMS_H_
