// The lines a unified diff adds or changes in the new version of each file (`--diff`). Pure
// functions; thread-safe.
#ifndef CLAIMCHECK_APP_DIFF_H_
#define CLAIMCHECK_APP_DIFF_H_

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "base/status.h"

namespace claimcheck::app {

// New-file path (a/ and b/ prefixes stripped) -> 1-based line numbers of '+' lines. A deleted
// file (+++ /dev/null) has no entry.
using ChangedLines = std::map<std::string, std::set<int>>;

// Parses `git diff` / `diff -u` output. `name` is used in error locations. A malformed hunk
// header is an error; text outside file sections (commit messages, "diff --git", "index") is
// skipped.
Result<ChangedLines> ParseUnifiedDiff(std::string_view text, const std::string& name);

// The key to look a document up in ChangedLines (and in a baseline): normalised, "./" dropped, and
// an absolute path under the working directory made relative to it.
std::string DiffPathKey(std::string_view path);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_DIFF_H_
