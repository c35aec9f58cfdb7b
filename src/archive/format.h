// Which archive format a path names, and the content hash that keys a story in the archive.
#ifndef CLAIMCHECK_ARCHIVE_FORMAT_H_
#define CLAIMCHECK_ARCHIVE_FORMAT_H_

#include <string>
#include <string_view>

namespace claimcheck::archive {

enum class Format { kJsonl, kSqlite };

// .db, .sqlite and .sqlite3 name a SQLite archive; anything else (.jsonl, standard output) is the
// claims JSONL interchange format.
Format FormatOf(std::string_view path);

// The content hash of a story's bytes: FNV-1a 64, 16 lower-case hex digits. It tells whether a
// re-extracted story changed; it is not a cryptographic digest.
std::string ContentHash(std::string_view bytes);

}  // namespace claimcheck::archive

#endif  // CLAIMCHECK_ARCHIVE_FORMAT_H_
