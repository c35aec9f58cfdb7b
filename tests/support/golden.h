// Golden-file helpers: run the command line in-process and compare output with a file exactly.
// Set CLAIMCHECK_UPDATE_GOLDEN=1 to (re)write the files; review every change before committing.
#ifndef CLAIMCHECK_TESTS_SUPPORT_GOLDEN_H_
#define CLAIMCHECK_TESTS_SUPPORT_GOLDEN_H_

#include <string>
#include <vector>

namespace claimcheck::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs claimcheck's Main with these arguments (without the program name), in the source tree.
CliResult RunCli(const std::vector<std::string>& args);

// Path of a file under the source tree.
std::string SourcePath(const std::string& relative);
std::string ReadFileOrEmpty(const std::string& path);

// Compares `actual` with the golden file (relative to the source tree). On mismatch returns a
// description with the first differing lines; "" when equal (or after updating).
std::string CompareGolden(const std::string& golden_relative, const std::string& actual);

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_SUPPORT_GOLDEN_H_
