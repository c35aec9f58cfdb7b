// Claims archives on disk, in either format (archive::FormatOf: SQLite for .db/.sqlite, claims
// JSONL otherwise), for the commands that write them (extract, archive import) and read them
// (check/report/graph --against, archive export).
#ifndef CLAIMCHECK_APP_ARCHIVE_IO_H_
#define CLAIMCHECK_APP_ARCHIVE_IO_H_

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "check/analysis.h"
#include "graph/claims_jsonl.h"

namespace claimcheck::app {

// Writes the claims of `analyses` to `output`: a SQLite archive (created when missing; each
// story's rows replaced; one transaction, so a killed run leaves the archive as it was) or claims
// JSONL (to `out` when `output` is empty). False after printing an error.
bool WriteArchive(const std::string& output, const std::vector<check::Analysis>& analyses, std::ostream& out,
                  std::ostream& err);

// Every document of an archive file, in archived order. False after printing an error.
bool ReadWholeArchive(const std::string& file, std::vector<graph::ArchiveDocument>* out, std::ostream& err);

// The archive documents `--against FILES` adds to a run over `checked`: the whole of each JSONL
// file; from each SQLite archive only the (merged entity, attribute) groups the claims of `checked`
// (and of the other archives) touch, found by index look-ups. Documents whose path `skip` accepts
// (checked files) are left out. In argument order, each file's documents in archived order.
bool ReadArchivesFor(const std::vector<std::string>& files, const std::vector<check::Analysis>& checked,
                     const std::function<bool(const std::string&)>& skip,
                     std::vector<graph::ArchiveDocument>* out, std::ostream& err);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_ARCHIVE_IO_H_
