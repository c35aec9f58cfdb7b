// Shared by the libFuzzer targets: the built-in rules, loaded once, and a hard failure that
// libFuzzer reports as a crash with the input that caused it.
#ifndef CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_
#define CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>

#include "rules/loader.h"

namespace claimcheck::fuzz {

// The embedded rule packs; aborts if they do not load (a build problem, not an input).
inline const rules::RuleSet& BuiltinRules() {
  static const rules::RuleSet* set = [] {
    auto loaded = rules::LoadRules(true, {});
    if (!loaded.errors.empty()) {
      std::fprintf(stderr, "built-in rules do not load: %s\n", loaded.errors.front().message().c_str());
      std::abort();
    }
    return new rules::RuleSet(std::move(loaded.rules));
  }();
  return *set;
}

// An invariant the code promises does not hold: a finding of the fuzzer.
#define CLAIMCHECK_FUZZ_EXPECT(cond)                                                  \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

}  // namespace claimcheck::fuzz

#endif  // CLAIMCHECK_FUZZ_FUZZ_SUPPORT_H_
