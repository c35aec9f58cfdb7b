// Stable identities for findings, shared by SARIF `partialFingerprints` and baselines.
//
// A fingerprint is "<16 hex digits>:<n>": a 64-bit FNV-1a hash of the check id, the text of the
// finding's span (the whole line when the span holds no text) and its context, the sentence
// around the span (cut at ". ", "! ", "? " and line ends, found without a segmenter), each with
// whitespace runs collapsed; and n, the 1-based occurrence of that hash among the findings of the
// same document in sorted order, so only findings with the same check, text and context are
// numbered together. Line numbers are deliberately left out, so an edit elsewhere in the file
// does not change it, and neither does an identical finding added in another sentence. Editing
// the sentence itself does change it. Pure functions; thread-safe.
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

// The version 1 identity (check id and span text only, numbered among those), for reading
// baselines written before the context was added.
std::vector<std::string> FingerprintsV1(const std::vector<Finding>& findings,
                                        const std::vector<const SourceText*>& docs);

}  // namespace claimcheck::report

#endif  // CLAIMCHECK_REPORT_FINGERPRINT_H_
