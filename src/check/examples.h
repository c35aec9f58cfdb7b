// Runs every rule's own examples (as LanguageTool does): a bad example must fire exactly on its
// marked spans, a good one must not fire, and an applied fix must not fire again.
#ifndef CLAIMCHECK_CHECK_EXAMPLES_H_
#define CLAIMCHECK_CHECK_EXAMPLES_H_

#include <vector>

#include "base/status.h"
#include "rules/pack.h"

namespace claimcheck::check {

// One error per failing example, located at the example in its rule file.
std::vector<Status> RunRuleExamples(const rules::RuleSet& rules);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_EXAMPLES_H_
