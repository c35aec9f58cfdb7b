// Where a story admits a conflict ("contradicting reports", "denied"): the paragraphs holding a
// cue of the `conflicts.acknowledgements` lexicon. The conflict checks use them to mark a conflict
// acknowledged; the scale-out driver's shards compute them per claim (app/shard.h).
#ifndef CLAIMCHECK_CHECK_ACKNOWLEDGEMENTS_H_
#define CLAIMCHECK_CHECK_ACKNOWLEDGEMENTS_H_

#include <string>
#include <vector>

#include "base/span.h"
#include "check/analysis.h"
#include "rules/pack.h"

namespace claimcheck::check {

// The lexicon's cues in lower case (none when no pack defines it).
std::vector<std::string> AcknowledgementCues(const rules::RuleSet& rules);

// The paragraphs (normalised spans) holding a cue as whole words, case-insensitively.
std::vector<Span> AcknowledgementSpans(const Analysis& a, const std::vector<std::string>& cues);

// Per claim of `claims` (whose entities are `claims.entities`), whether it is acknowledged
// (conflicts.h, Acknowledged) by the paragraphs of AcknowledgementSpans: the same answer, reading
// only the paragraphs that hold a claim or a mention of its subject.
std::vector<char> AcknowledgedClaims(const Analysis& a, const extract::DocumentClaims& claims,
                                     const std::vector<std::string>& cues);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_ACKNOWLEDGEMENTS_H_
