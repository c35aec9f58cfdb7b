// The subcommand table: one entry per subcommand, each defined in its own cmd_<name>.cc, listed
// once in commands.cc.
#ifndef CLAIMCHECK_APP_COMMAND_H_
#define CLAIMCHECK_APP_COMMAND_H_

#include <functional>
#include <iosfwd>
#include <vector>

namespace CLI {
class App;
}

namespace claimcheck::app {

struct CommonOptions;

// Runs a parsed subcommand; returns the exit code.
using Runner = std::function<int(std::ostream& out, std::ostream& err)>;

struct Command {
  const char* name;
  const char* summary;
  // Declares the subcommand's options on `cmd` and returns what runs it once parsed.
  Runner (*setup)(CLI::App* cmd);
};

const std::vector<Command>& Commands();

// Options most subcommands share: --rules, --no-builtin-rules, --date, --jobs.
void AddCommonOptions(CLI::App* cmd, CommonOptions* options);
// --config FILE and --no-config, for commands that read documents through AnalyzeFiles.
void AddConfigOptions(CLI::App* cmd, CommonOptions* options);
// Only --rules and --no-builtin-rules (for `rules`, which reads no documents).
void AddRuleOptions(CLI::App* cmd, CommonOptions* options);

// The exit-code paragraph `check`'s --help (and the top-level one) ends with; the other commands
// do not fail on findings, so theirs is kExitCodesPlainHelp.
extern const char* const kExitCodesHelp;
extern const char* const kExitCodesPlainHelp;

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_COMMAND_H_
