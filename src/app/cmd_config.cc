#include <memory>

#include <CLI/CLI.hpp>

#include "app/command.h"
#include "app/run.h"

namespace claimcheck::app {

Runner SetupConfig(CLI::App* cmd) {
  auto o = std::make_shared<ConfigOptions>();
  cmd->add_flag("--print", o->print, "Print the effective configuration (the only action for now)")->required();
  cmd->add_option("path", o->path, "The file or directory whose configuration to show (default: .)")
      ->type_name("PATH");
  cmd->add_option("--config", o->config, "Show this configuration file instead of searching upward")
      ->type_name("FILE");
  return [o](std::ostream& out, std::ostream& err) { return RunConfigPrint(*o, out, err); };
}

}  // namespace claimcheck::app
