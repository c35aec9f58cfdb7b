#include "tests/support/rules.h"

#include <catch2/catch.hpp>

#include "rules/loader.h"

namespace claimcheck::testing {

const rules::RuleSet& BuiltinRules() {
  static const rules::RuleSet kRules = [] {
    auto loaded = rules::LoadRules(true, {});
    REQUIRE(loaded.errors.empty());
    return std::move(loaded.rules);
  }();
  return kRules;
}

}  // namespace claimcheck::testing
