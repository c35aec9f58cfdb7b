// "Did you mean" support for every registry (checks, reporters, rule kinds, keys).
#ifndef CLAIMCHECK_BASE_EDIT_DISTANCE_H_
#define CLAIMCHECK_BASE_EDIT_DISTANCE_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// Levenshtein distance, counting bytes.
size_t EditDistance(std::string_view a, std::string_view b);

// The closest candidate within a third of the name's length (at least 2 edits), or "".
std::string ClosestMatch(std::string_view name, const std::vector<std::string>& candidates);

// ", did you mean 'X'?" or "" when nothing is close.
std::string DidYouMean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_EDIT_DISTANCE_H_
