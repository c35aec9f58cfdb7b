// Baseline files (`--baseline`, `--write-baseline`): the findings a team has accepted, matched by
// path, check id and the stable fingerprint of report/fingerprint.h (never by line number). A
// JSON file, version 2 (docs/ci.md); version 1 files (fingerprints without context) are still read
// and matched against version 1 fingerprints. Pure functions; thread-safe.
#ifndef CLAIMCHECK_APP_BASELINE_H_
#define CLAIMCHECK_APP_BASELINE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/status.h"

namespace claimcheck::app {

struct BaselineEntry {
  std::string path;  // as given on the command line, "./" dropped
  std::string check;
  std::string fingerprint;
  std::string message;  // for people reading the file; not used for matching

  auto Key() const { return std::tie(path, check, fingerprint); }
};

inline constexpr int kBaselineVersion = 2;

struct Baseline {
  int version = kBaselineVersion;  // 1: fingerprints are report::FingerprintsV1
  std::set<std::tuple<std::string, std::string, std::string>> keys;  // path, check, fingerprint
  std::map<std::tuple<std::string, std::string, std::string>, std::string> messages;  // by key, when given

  bool Contains(const std::tuple<std::string, std::string, std::string>& key) const { return keys.count(key) > 0; }
};

Result<Baseline> ParseBaseline(std::string_view json, const std::string& name);
// Entries are written sorted, so the file is stable under version control.
std::string FormatBaseline(std::vector<BaselineEntry> entries);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_BASELINE_H_
