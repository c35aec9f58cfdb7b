// Shell completion scripts (bash, zsh) and the subcommand list, generated from the CLI11 option
// tables of a configured CLI::App, so they never drift from the options the binary accepts. The
// build runs `claimcheck completion bash|zsh|commands` (a hidden subcommand) to make the installed
// completions and the man pages. Pure functions of the App; thread-safe for a const App.
#ifndef CLAIMCHECK_APP_COMPLETION_H_
#define CLAIMCHECK_APP_COMPLETION_H_

#include <string>

namespace CLI {
class App;
}

namespace claimcheck::app {

// The name of the hidden subcommand; it is left out of what it generates.
inline constexpr const char* kCompletionCommand = "completion";

// A bash completion script for `root` (sourced by bash-completion; works without it too).
std::string BashCompletion(const CLI::App& root);
// A zsh completion function (#compdef) for `root`.
std::string ZshCompletion(const CLI::App& root);
// One line per visible subcommand: "NAME<TAB>SUMMARY" (the man pages' names and descriptions).
std::string CommandList(const CLI::App& root);

}  // namespace claimcheck::app

#endif  // CLAIMCHECK_APP_COMPLETION_H_
