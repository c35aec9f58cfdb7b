#include <memory>

#include <CLI/CLI.hpp>

#include "app/command.h"
#include "app/run.h"

namespace claimcheck::app {

Runner SetupRules(CLI::App* cmd) {
  auto o = std::make_shared<RulesOptions>();
  cmd->add_option("--lint", o->lint,
                  "Validate these packs (files or directories) strictly and run every rule's examples")
      ->type_name("PATH");
  AddRuleOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunRules(*o, out, err); };
}

}  // namespace claimcheck::app
