#include "app/cli.h"

#include <algorithm>
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/command.h"
#include "base/edit_distance.h"
#include "report/reporter.h"

namespace claimcheck::app {

int Main(int argc, char** argv) { return Main(argc, argv, std::cout, std::cerr); }

int Main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{
      "claimcheck: finds claims that contradict each other, date typos and other errors in news copy.\n"
      "Run 'claimcheck COMMAND --help' for a command's options.",
      "claimcheck"};
  app.set_version_flag("--version", std::string("claimcheck ") + report::kToolVersion);
  app.require_subcommand(1);
  app.footer(kExitCodesHelp);

  std::vector<std::pair<CLI::App*, Runner>> commands;
  std::vector<std::string> names;
  for (const auto& c : Commands()) {
    CLI::App* cmd = app.add_subcommand(c.name, c.summary);
    cmd->footer(std::string_view(c.name) == "check" ? kExitCodesHelp : kExitCodesPlainHelp);
    commands.emplace_back(cmd, c.setup(cmd));
    names.push_back(c.name);
  }

  // An unknown subcommand gets a "did you mean" rather than CLI11's generic message.
  if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
    err << "claimcheck: error: unknown command '" << argv[1] << "'" << DidYouMean(argv[1], names)
        << "\nRun 'claimcheck --help' for the list of commands.\n";
    return kExitError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::CallForAllHelp& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    err << "claimcheck: error: " << e.what() << "\nRun 'claimcheck --help' for usage.\n";
    return kExitError;
  }
  for (auto& [cmd, run] : commands) {
    if (cmd->parsed()) return run(out, err);
  }
  return kExitError;
}

}  // namespace claimcheck::app
