// The rule packs under rules/, compiled into the binary (see cmake/EmbedRules.cmake).
#ifndef CLAIMCHECK_RULES_EMBEDDED_H_
#define CLAIMCHECK_RULES_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace claimcheck::rules {

struct EmbeddedPack {
  std::string_view path;  // relative to the repository root, e.g. "rules/lint/dates.yaml"
  std::string_view yaml;
};

const std::vector<EmbeddedPack>& EmbeddedPacks();

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_EMBEDDED_H_
