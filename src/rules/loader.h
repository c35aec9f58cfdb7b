// Strict loading of YAML rule packs: unknown keys, duplicate keys, wrong types, unknown macros,
// unnamed capture groups, RE2 compile errors and rules without examples are all errors that point
// at path:line:column in the rule file, with the offending line.
#ifndef CLAIMCHECK_RULES_LOADER_H_
#define CLAIMCHECK_RULES_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "rules/pack.h"

namespace claimcheck::rules {

// Parses and compiles one pack. On failure, every problem found is appended to `errors` and the
// returned pack must not be used.
Pack LoadPack(std::string_view path, std::string_view yaml, std::vector<Status>* errors);

struct LoadResult {
  RuleSet rules;
  std::vector<Status> errors;  // empty on success
};

// The embedded packs (unless `builtin` is false) followed by every *.yaml file under each of
// `dirs` (a file is taken as given), in sorted order. Pack names and rule ids must be unique.
LoadResult LoadRules(bool builtin, const std::vector<std::string>& dirs);

// Expands {MACRO} and {@lexicon} references in a pattern (exposed for tests).
Result<std::string> ExpandPattern(std::string_view pattern, const Pack& pack);

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_LOADER_H_
