// The command line: one table of subcommands, their options and help. The only place (with
// run.cc) that prints or decides the exit code.
#ifndef CLAIMCHECK_APP_CLI_H_
#define CLAIMCHECK_APP_CLI_H_

#include <iosfwd>

namespace claimcheck::app {

// Exit codes.
inline constexpr int kExitClean = 0;     // nothing at or above --fail-on
inline constexpr int kExitFindings = 1;  // a finding at or above --fail-on
inline constexpr int kExitError = 2;     // usage, input or rule error

int Main(int argc, char** argv);
// The same, writing to the given streams (for tests).
int Main(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_CLI_H_
