// The one explicit list of checks (no static self-registration).
#ifndef CLAIMCHECK_CHECK_REGISTRY_H_
#define CLAIMCHECK_CHECK_REGISTRY_H_

#include <memory>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace claimcheck::check {

// A new instance of every check, in a fixed order.
std::vector<std::unique_ptr<Check>> AllChecks();

// The ids of AllChecks(), for "did you mean" and validation.
std::vector<std::string> CheckIds();

// Every rule of kind `pattern` must feed a registered check; errors point into the rule file.
std::vector<Status> ValidateRuleChecks(const rules::RuleSet& rules);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_REGISTRY_H_
