// The claims JSONL format (docs/formats/claims-jsonl.md): one JSON object per claim, with its
// document's path, so an archive of earlier stories can be checked against (`claimcheck check
// --against`) without its text. Written by `claimcheck extract -o`, read strictly: every mistake
// is an error at file:line.
#ifndef CLAIMCHECK_GRAPH_CLAIMS_JSONL_H_
#define CLAIMCHECK_GRAPH_CLAIMS_JSONL_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"
#include "base/status.h"
#include "extract/claim.h"

namespace claimcheck::graph {

// One document of an archive: its path and its claims (spans are original bytes of that document;
// entities rebuilt from the claims' entity names and aliases).
struct ArchiveDocument {
  std::string path;
  extract::DocumentClaims claims;
};

// Appends one line per claim of `claims` (a document at `path`) to `out`; `to_original` maps a
// claim's normalised span to original bytes.
void WriteClaimsJsonl(const std::string& path, const extract::DocumentClaims& claims,
                      const std::function<Span(Span)>& to_original, std::ostream& out);

// Parses a claims JSONL file (`file` names it in errors). Documents in order of first appearance.
Result<std::vector<ArchiveDocument>> ReadClaimsJsonl(const std::string& file, std::string_view text);

}  // namespace claimcheck::graph

#endif  // CLAIMCHECK_GRAPH_CLAIMS_JSONL_H_
