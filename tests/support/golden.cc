#include "tests/support/golden.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/cli.h"

namespace claimcheck::testing {

std::string SourcePath(const std::string& relative) { return std::string(CLAIMCHECK_SOURCE_DIR) + "/" + relative; }

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

CliResult RunCli(const std::vector<std::string>& args) {
  // Relative paths in the output must not depend on where ctest runs.
  std::filesystem::current_path(CLAIMCHECK_SOURCE_DIR);
  std::vector<std::string> storage = {"claimcheck"};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream out, err;
  CliResult r;
  r.exit_code = app::Main(static_cast<int>(storage.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

std::string CompareGolden(const std::string& golden_relative, const std::string& actual) {
  const std::string path = SourcePath(golden_relative);
  if (const char* update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return "";
  }
  if (!std::filesystem::exists(path)) return "golden file " + golden_relative + " is missing";
  const std::string expected = ReadFileOrEmpty(path);
  if (expected == actual) return "";
  auto e = Lines(expected), a = Lines(actual);
  size_t i = 0;
  while (i < e.size() && i < a.size() && e[i] == a[i]) ++i;
  std::ostringstream d;
  d << golden_relative << " differs from line " << i + 1 << " (expected " << e.size() << " lines, got "
    << a.size() << "):\n";
  for (size_t k = i; k < std::min(e.size(), i + 5); ++k) d << "- " << e[k] << "\n";
  for (size_t k = i; k < std::min(a.size(), i + 5); ++k) d << "+ " << a[k] << "\n";
  d << "(CLAIMCHECK_UPDATE_GOLDEN=1 rewrites golden files; review the diff before committing)";
  return d.str();
}

}  // namespace claimcheck::testing
