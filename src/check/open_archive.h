// The open layer's claims in claims archives (docs/formats/archive.md, "Open propositions"): an
// archive holds a story's typed claims and, beside them, its open claims (attribute
// "polarity/<key>" or "number/<key>", check/open_claims.h), read from every sentence when the
// story is extracted. Read back, the open claims go to Analysis::open_claims, where the open
// conflict checks find them; the typed checks see only typed claims.
#ifndef CLAIMCHECK_CHECK_OPEN_ARCHIVE_H_
#define CLAIMCHECK_CHECK_OPEN_ARCHIVE_H_

#include "check/analysis.h"
#include "check/open_claims.h"
#include "extract/claim.h"

namespace claimcheck::check {

// Whether `attribute` is an open claim's ("polarity/win||election", "number/rise|profit|").
bool IsOpenAttribute(const std::string& attribute);

// Reads the open claims of every sentence of `a` into a.open_claims, unless they are there.
void ReadAllOpenClaims(const OpenClaimReader& reader, const Analysis& a);

// What an archive holds for `a`: its typed claims, then its open claims when they have been read,
// over one entity table (the open claims' table starts with the typed claims' entities).
extract::DocumentClaims ArchivedClaims(const Analysis& a);

// The inverse for an archived document: moves the open claims of a->claims to a->open_claims
// (both keep the whole entity table, so claims' entity indices stay valid).
void SplitOpenClaims(Analysis* a);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_OPEN_ARCHIVE_H_
