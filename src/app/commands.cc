#include <CLI/CLI.hpp>

#include "app/command.h"
#include "app/run.h"

namespace claimcheck::app {

Runner SetupCheck(CLI::App* cmd);
Runner SetupRules(CLI::App* cmd);
Runner SetupConfig(CLI::App* cmd);
Runner SetupTimes(CLI::App* cmd);
Runner SetupClaims(CLI::App* cmd);
Runner SetupGraph(CLI::App* cmd);
Runner SetupExtract(CLI::App* cmd);
Runner SetupReport(CLI::App* cmd);
Runner SetupCompletion(CLI::App* cmd);
Runner SetupArchive(CLI::App* cmd);
Runner SetupStance(CLI::App* cmd);

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"check", "Check files and directories (.txt, .md) and print findings", SetupCheck},
      {"rules", "List the checks and the loaded rule packs, or validate packs with --lint", SetupRules},
      {"config", "Show the effective configuration (.claimcheck.yaml) and where each value came from", SetupConfig},
      {"times", "List the temporal expressions in files, resolved to TIMEX3 values", SetupTimes},
      {"claims", "List who said what about whom, when and through which outlet: attribution frames and claims", SetupClaims},
      {"graph", "Export the claim graph (documents, entities, sources, claims, conflicts) as DOT or GraphML", SetupGraph},
      {"extract", "Write the claims of files to an archive for `check --against` (archive.db: SQLite; "
                  "otherwise claims JSONL)", SetupExtract},
      {"report", "Write the editor's report: one self-contained HTML page with the findings marked in the story, "
                 "conflicts side by side, a timeline of who said what and the claim graph", SetupReport},
      {"completion", "", SetupCompletion},  // hidden: completions and the man pages' command list
      {"archive", "See and move what a claims archive holds: stats, import, export", SetupArchive},
      {"stance", "Label each story for, against, observing or unrelated to a claim, with the sentences and rules that decided",
       SetupStance},
  };
  return kCommands;
}

const char* const kExitCodesHelp =
    "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on;\n"
    "2 usage error, unreadable or invalid input, or a rule-pack error.\n"
    "Docs: docs/cli.md, and one page per check in docs/checks/.\n";

const char* const kExitCodesPlainHelp =
    "Exit codes: 0 success; 2 usage error, unreadable or invalid input, or a rule-pack error.\n"
    "Docs: docs/cli.md.\n";

void AddRuleOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--rules", o->rule_dirs,
                  "Extra rule packs: a .yaml file or a directory searched for them (repeatable)")
      ->type_name("PATH")
      ->allow_extra_args(false);  // one value per --rules: "--rules p.yaml story.txt" leaves the story a path
  cmd->add_flag("--no-builtin-rules", o->no_builtin_rules,
                "Do not load the packs built into claimcheck (use only --rules)");
}

void AddConfigOptions(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--config", o->config,
                  "Configuration file for every input (default: the nearest .claimcheck.yaml above each file); "
                  "its rules, exclude and date apply as in check")
      ->type_name("FILE");
  cmd->add_flag("--no-config", o->no_config, "Ignore .claimcheck.yaml files; use the built-in defaults");
}

void AddCommonOptions(CLI::App* cmd, CommonOptions* o) {
  AddRuleOptions(cmd, o);
  cmd->add_option("--date", o->date,
                  "Document date YYYY-MM-DD for resolving relative times (default: front matter, dateline "
                  "or inference)")
      ->type_name("DATE");
  cmd->add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)")->type_name("N");
}

}  // namespace claimcheck::app
