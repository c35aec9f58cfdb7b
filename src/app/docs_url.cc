#include "app/docs_url.h"

#include <filesystem>
#include <system_error>

namespace claimcheck::app {

std::string InstalledDocsUrl() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.parent_path().filename() != "bin") return "";
  const fs::path docs = exe.parent_path().parent_path() / "share" / "doc" / "claimcheck";
  if (!fs::is_directory(docs / "checks", ec)) return "";
  // A file URI path: the characters of an install prefix need no escaping in practice; one that
  // would (a space, '%', '#', '?') gets no default rather than a wrong address.
  const std::string path = docs.lexically_normal().string();
  if (path.find_first_of(" %#?\"<>\\") != std::string::npos) return "";
  return "file://" + path;
}

}  // namespace claimcheck::app
