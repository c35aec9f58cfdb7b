#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <system_error>

namespace claimcheck::ingest {

namespace fs = std::filesystem;

bool IsDocumentName(const std::string& path) {
  // Without case: STORY.TXT is a story too.
  auto ends = [&](std::string_view s) {
    if (path.size() < s.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(path[path.size() - s.size() + i])) != s[i]) return false;
    }
    return true;
  };
  return ends(".txt") || ends(".md") || ends(".markdown");
}

Result<std::string> DiskReader::Read(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::Error("is a directory", {path});
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(std::string("cannot open: ") + std::strerror(errno), {path});
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::Error("cannot read", {path});
  // Spans are 32-bit byte offsets.
  if (size > static_cast<std::streamoff>(std::numeric_limits<int32_t>::max())) {
    return Status::Error("file too large (the limit is 2 GiB)", {path});
  }
  std::string bytes(static_cast<size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  if (!in) return Status::Error("read failed", {path});
  return bytes;
}

Result<std::vector<std::string>> DiskReader::Expand(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    auto status = fs::status(p, ec);
    if (ec || !fs::exists(status)) return Status::Error("no such file or directory", {p});
    if (!fs::is_directory(status)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const auto name = it->path().filename().string();
      if (it->is_directory(ec) && !name.empty() && name[0] == '.') {
        it.disable_recursion_pending();  // .git, .cache and friends
        continue;
      }
      if (it->is_regular_file(ec) && IsDocumentName(name)) found.push_back(it->path().string());
    }
    if (ec) return Status::Error("cannot read directory: " + ec.message(), {p});
    if (found.empty()) return Status::Error("directory holds no .txt or .md files", {p});
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Result<std::string> MemoryReader::Read(const std::string& path) {
  auto it = files_.find(path);
  if (it == files_.end()) return Status::Error("cannot open: No such file or directory", {path});
  return it->second;
}

Result<std::vector<std::string>> MemoryReader::Expand(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (files_.count(p)) {
      out.push_back(p);
      continue;
    }
    std::string dir = p.empty() || p.back() == '/' ? p : p + "/";
    bool any_file = false;
    for (const auto& [name, bytes] : files_) {
      if (name.compare(0, dir.size(), dir) != 0) continue;
      any_file = true;
      if (IsDocumentName(name)) out.push_back(name);
    }
    if (!any_file) return Status::Error("no such file or directory", {p});
  }
  return out;
}

}  // namespace claimcheck::ingest
