// The conflict checker's core: a pure function over the claims of several documents and the
// conflict semantics of the rule packs (rules/conflicts), with no text and no extractor, so tests
// build DocumentClaims by hand. The conflict.<attribute> checks (conflict_check.cc) wrap it.
//
// Claims are grouped by (merged entity, attribute) first (graph::ClaimGraph::Groups), placed in
// time by the attribute's `order-by`, and each claim is compared with the claims of the latest
// earlier time and of its own time, one per distinct value (numbers: the extreme earlier values),
// so the cost grows with the claims, not with their square.
#ifndef CLAIMCHECK_CHECK_CONFLICTS_H_
#define CLAIMCHECK_CHECK_CONFLICTS_H_

#include <string>
#include <vector>

#include "base/finding.h"
#include "base/span.h"
#include "extract/claim.h"
#include "graph/claim_graph.h"
#include "rules/pack.h"

namespace claimcheck::check {

struct ConflictDocument {
  int doc = 0;  // index in the run
  std::string path;
  const extract::DocumentClaims* claims = nullptr;
  // Normalised spans (paragraphs) where the story admits a conflict ("contradicting reports",
  // "denied"): a conflict is acknowledged when one of them holds either claim or a mention of its
  // subject.
  std::vector<Span> acknowledgements;
  // An archive document (--against): its claims join the comparison, but findings land only in
  // the documents being checked.
  bool archive = false;
  // Precomputed per claim, when not empty (the scale-out driver's groups carry them from the shard
  // that read the story, app/shard.h): whether the story acknowledges the claim (instead of
  // `acknowledgements`), and its speaker as findings describe it (Speaker()).
  std::vector<char> acknowledged;
  std::vector<std::string> speakers;
};

struct Conflict {
  std::string attribute;
  graph::ClaimRef at;       // where the finding goes: the later claim (or the checked side)
  graph::ClaimRef other;    // the related location
  bool acknowledged = false;
  bool flipped = false;     // `at` is the earlier claim (the later one is in an archive)
  Severity severity = Severity::kWarning;
  std::string message;        // names both sides: source chain, value, dates
  std::string other_message;  // for the related location
};

struct Comparison {
  std::vector<Conflict> conflicts;
  std::vector<std::pair<graph::ClaimRef, graph::ClaimRef>> corroborations;  // later, earlier
};

// Compares the claims of `docs` whose attribute has semantics in `rules` (or only `attribute` when
// it is not empty). When `graph` is given (built from the same documents) the conflicts-with and
// corroborates edges are added to it.
Comparison CompareClaims(const std::vector<ConflictDocument>& docs, const rules::RuleSet& rules,
                         const std::string& attribute = "", graph::ClaimGraph* graph = nullptr);

// A claim's nearest source as findings describe it, with the title the story gives that person:
// "Abdulrakhim Kahharov (secretary of the national security council)"; "" for the story's own.
std::string Speaker(const extract::DocumentClaims& claims, const extract::Claim& c);

// Whether `acknowledgements` (normalised spans) hold claim `c` or a mention of its subject.
bool Acknowledged(const extract::DocumentClaims& claims, const extract::Claim& c,
                  const std::vector<Span>& acknowledgements);

// "13 Sep 2015".
std::string ShortDate(std::chrono::sys_days day);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_CONFLICTS_H_
