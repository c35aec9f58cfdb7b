// How the open conflict checks (conflict.denial, conflict.polarity, conflict.number) word and
// classify a conflict between two open-layer claims, shared by the checks (open_conflict_check.cc)
// and by the scale-out reducer (app/shard.h), so both print the same bytes.
#ifndef CLAIMCHECK_CHECK_OPEN_FINDINGS_H_
#define CLAIMCHECK_CHECK_OPEN_FINDINGS_H_

#include <string>
#include <string_view>

#include "extract/claim.h"

namespace claimcheck::check {

// Whether two subject names name alike: equal, or the shorter one's first word is a word of the
// longer ("Kuvvatov", "Umarali Kuvvatov"; not "Witco Corp", "Micropolis Corp").
bool SameSubjectName(std::string a, std::string b);

// The clause a finding quotes: `clause` (the claim's text), or its alignment key when the text is
// not at hand (an archived story that has moved); at most about 120 bytes.
std::string OpenClaimQuote(std::string_view clause, const extract::Claim& c);

// "the story says \"Acme won the contract\"" / "a spokesman denied on 4 Jun 2015 \"...\"";
// `speaker` as check::Speaker gives it.
std::string DescribeOpenClaim(const extract::Claim& c, const std::string& speaker, const std::string& quote);

// The check that reports a conflict between `a` and `b`: conflict.denial when either is denied,
// else conflict.number for number/ keys, else conflict.polarity.
std::string OpenConflictId(const extract::Claim& a, const extract::Claim& b);

// The finding's message and the related location's, from both sides' descriptions. `flipped`: the
// finding is at the earlier claim (the later one is archived).
std::string OpenConflictMessage(const std::string& subject, const std::string& at, const std::string& other,
                                bool flipped, bool acknowledged);
std::string OpenRelatedMessage(const std::string& other, bool flipped);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_OPEN_FINDINGS_H_
