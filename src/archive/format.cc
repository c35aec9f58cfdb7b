#include "archive/format.h"

#include <cstdint>
#include <cstdio>

namespace claimcheck::archive {

Format FormatOf(std::string_view path) {
  for (std::string_view ext : {".db", ".sqlite", ".sqlite3"}) {
    if (path.size() > ext.size() && path.substr(path.size() - ext.size()) == ext) return Format::kSqlite;
  }
  return Format::kJsonl;
}

std::string ContentHash(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace claimcheck::archive
