// Runs the examples of every rule of kind `time`: a bad example (an expression the rule must
// recognise) must give exactly its marked extents, a good one nothing.
#ifndef CLAIMCHECK_TEMPORAL_EXAMPLES_H_
#define CLAIMCHECK_TEMPORAL_EXAMPLES_H_

#include <vector>

#include "base/status.h"
#include "rules/pack.h"

namespace claimcheck::temporal {

// One error per failing example, located at the example in its rule file.
std::vector<Status> RunTimeRuleExamples(const rules::RuleSet& rules);

}  // namespace claimcheck::temporal

#endif  // CLAIMCHECK_TEMPORAL_EXAMPLES_H_
