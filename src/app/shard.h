// The binary's side of the scale-out driver (scripts/claimcheck-dask, docs/scale-out.md), which
// runs `check` over shards of the inputs on many machines and must print what one `check` run
// prints. The conflict semantics stay here, in C++:
//
//   map      `check --shard-claims FILE --conflicts EMPTY SHARD...`: the shard's findings without
//            cross-story conflicts, and its claims as shuffle records (WriteShardClaims)
//   shuffle  the driver merges entities across shards by their merge keys (graph::MergeKeys, per
//            attribute over the stories with a claim of it, as graph::EntityIndex does) and sends
//            each (merged entity, attribute) group's claims to one reducer
//   reduce   `archive check-groups`: the conflict check per group (CheckGroups)
//   finish   `check --conflicts FILE SHARD...` for the shards the conflicts land in: every filter
//            (configuration, suppressions, severities) applied to them as in one run
#ifndef CLAIMCHECK_APP_SHARD_H_
#define CLAIMCHECK_APP_SHARD_H_

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "base/finding.h"
#include "base/status.h"
#include "check/analysis.h"
#include "ingest/document.h"
#include "rules/pack.h"

namespace claimcheck::app {

// One JSON line per document ({"type":"doc"}: its index in the shard, path, the attributes of its
// claims, the merge keys of each entity and of each subject name without an entity), then one per
// claim that can be in a conflict group ({"type":"claim"}: what CompareClaims reads, with the
// speaker and acknowledgement computed here from the story's text, and its span in original bytes).
void WriteShardClaims(const std::vector<check::Analysis>& analyses, const rules::RuleSet& rules, std::ostream& out);

// Reads claim records with a "group" (any integer) and a global "doc" (any integer that orders the
// documents as one run would) from `in`, runs the conflict check per group, and writes one JSON
// line per conflict finding, in the form ReadConflictFindings reads. Errors name `name`:line.
Status CheckGroups(const rules::RuleSet& rules, const std::string& name, std::istream& in, std::ostream& out);

// A conflict finding computed elsewhere, for a document of this run.
struct ConflictFinding {
  std::string path;
  Finding finding;            // `where.doc` and the related location's doc are not set
  std::string related_path;
};

Result<std::vector<ConflictFinding>> ReadConflictFindings(const std::string& file);

// The findings of `conflicts` that land in `docs` (by path) and whose check `enabled(doc, check id)`
// accepts, their documents set. A related location in a story not among `docs` gets that story
// read from its path into `context_docs` (indexed after `docs` and the documents already there),
// so the reporters can give its line and column.
std::vector<Finding> PlaceConflictFindings(std::vector<ConflictFinding> conflicts,
                                           const std::vector<std::unique_ptr<ingest::Document>>& docs,
                                           const std::function<bool(int, const std::string&)>& enabled,
                                           std::vector<std::unique_ptr<ingest::Document>>* context_docs);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_SHARD_H_
