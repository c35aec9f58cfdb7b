// File access behind a small interface so tests can use an in-memory fake (as ninja's
// DiskInterface). Implementations are not required to be thread-safe.
#ifndef CLAIMCHECK_INGEST_READER_H_
#define CLAIMCHECK_INGEST_READER_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"

namespace claimcheck::ingest {

class Reader {
 public:
  virtual ~Reader() = default;
  // The whole file. Errors name the path.
  virtual Result<std::string> Read(const std::string& path) = 0;
  // Expands files and directories into the sorted list of documents to check: a file is taken as
  // given; a directory is searched recursively for .txt, .md and .markdown files.
  virtual Result<std::vector<std::string>> Expand(const std::vector<std::string>& paths) = 0;
};

class DiskReader : public Reader {
 public:
  Result<std::string> Read(const std::string& path) override;
  Result<std::vector<std::string>> Expand(const std::vector<std::string>& paths) override;
};

// Files held in memory, keyed by path; a "directory" is any prefix ending in '/'.
class MemoryReader : public Reader {
 public:
  void Add(std::string path, std::string bytes) { files_[std::move(path)] = std::move(bytes); }
  Result<std::string> Read(const std::string& path) override;
  Result<std::vector<std::string>> Expand(const std::vector<std::string>& paths) override;

 private:
  std::map<std::string, std::string> files_;
};

// True for the file names a directory walk picks up.
bool IsDocumentName(const std::string& path);

}  // namespace claimcheck::ingest

#endif  // CLAIMCHECK_INGEST_READER_H_
