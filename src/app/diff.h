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
// header is an error, and so is text that has no diff structure at all (no "---", "+++", "@@" or
// "diff -" line; an empty diff is fine: nothing changed); text outside file sections (commit
// messages, "diff --git", "index") is skipped. Quoted paths ("b/caf\303\251.txt") are decoded;
// a/ and b/ go only when both header lines carry them (see NewPath in diff.cc).
Result<ChangedLines> ParseUnifiedDiff(std::string_view text, const std::string& name);

// The key to look a document up in ChangedLines (and in a baseline): normalised, "./" dropped, and
// an absolute path under the working directory made relative to it.
std::string DiffPathKey(std::string_view path);

// The one form in which `check` prints a path, in every format: the same as DiffPathKey
// (lexically normalised, relative to the working directory when the file is under it, no "./").
inline std::string ReportPath(std::string_view path) { return DiffPathKey(path); }

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_DIFF_H_
