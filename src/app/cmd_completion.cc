// `claimcheck completion bash|zsh|commands` (hidden): the shell completions and the subcommand list
// the build installs, generated from the option tables of the running binary (app/completion.h).
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

#include "app/cli.h"
#include "app/command.h"
#include "app/completion.h"

namespace claimcheck::app {

Runner SetupCompletion(CLI::App* cmd) {
  cmd->group("");  // hidden from --help: a build and packaging tool, documented in docs/cli.md
  auto shell = std::make_shared<std::string>();
  cmd->add_option("shell", *shell, "bash, zsh, or commands (one 'NAME<TAB>SUMMARY' line per subcommand)")
      ->required()
      ->type_name("SHELL");
  return [cmd, shell](std::ostream& out, std::ostream& err) {
    const CLI::App& root = *cmd->get_parent();
    if (*shell == "bash") out << BashCompletion(root);
    else if (*shell == "zsh") out << ZshCompletion(root);
    else if (*shell == "commands") out << CommandList(root);
    else {
      err << "claimcheck: error: completion takes bash, zsh or commands, got '" << *shell << "'\n";
      return kExitError;
    }
    return kExitClean;
  };
}

}  // namespace claimcheck::app
