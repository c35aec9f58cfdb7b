// Stable identities for findings, shared by SARIF `partialFingerprints` and baselines.
//
// A fingerprint is "<16 hex digits>:<n>": a 64-bit FNV-1a hash of the check id and the text of the
// finding's span with whitespace runs collapsed (the whole line when the span is empty), and n, the
// 1-based occurrence of that hash among the findings of the same document in sorted order. Line
// numbers are deliberately left out, so an edit elsewhere in the file does not change it. Pure
// functions; thread-safe.
#ifndef CLAIMCHECK_REPORT_FINGERPRINT_H_
#define CLAIMCHECK_REPORT_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/finding.h"
#include "base/source_text.h"

namespace claimcheck::report {

// FNV-1a, 64 bits (fixed, so fingerprints are the same on every platform and in every release).
uint64_t Fnv1a64(std::string_view bytes);

// One fingerprint per finding, in the same order. `findings` must be sorted (SortFindings).
std::vector<std::string> Fingerprints(const std::vector<Finding>& findings,
                                      const std::vector<const SourceText*>& docs);

}  // namespace claimcheck::report

#endif  // CLAIMCHECK_REPORT_FINGERPRINT_H_
