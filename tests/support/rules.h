// The built-in rule packs, loaded once for the whole test binary (loading them is the slow part of
// many unit tests). A load error fails the test that first asks for them.
#ifndef CLAIMCHECK_TESTS_SUPPORT_RULES_H_
#define CLAIMCHECK_TESTS_SUPPORT_RULES_H_

#include "rules/pack.h"

namespace claimcheck::testing {

const rules::RuleSet& BuiltinRules();

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_SUPPORT_RULES_H_
