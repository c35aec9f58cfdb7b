#include "app/cli.h"

#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "app/run.h"
#include "base/edit_distance.h"
#include "report/reporter.h"

namespace claimcheck::app {
namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on;\n"
    "2 usage error, unreadable or invalid input, or a rule-pack error.\n"
    "Docs: docs/cli.md, one page per check in docs/checks/.";

void AddCommon(CLI::App* cmd, CommonOptions* o) {
  cmd->add_option("--rules", o->rule_dirs,
                  "Extra rule packs: a .yaml file or a directory searched for them (repeatable)")
      ->type_name("PATH");
  cmd->add_flag("--no-builtin-rules{false}", o->builtin_rules,
                "Do not load the packs built into claimcheck (use only --rules)");
  cmd->add_option("--date", o->date,
                  "Document date YYYY-MM-DD for resolving relative times (default: front matter, dateline "
                  "or inference)")
      ->type_name("DATE");
  cmd->add_option("-j,--jobs", o->jobs, "Worker threads (default: one per core)")->type_name("N");
}

struct Subcommand {
  const char* name;
  const char* summary;
};

// The one table of subcommands, for "did you mean".
constexpr Subcommand kSubcommands[] = {
    {"check", "check files and directories; print findings"},
    {"rules", "list the checks and rule packs, or validate packs with --lint"},
};

}  // namespace

int Main(int argc, char** argv) { return Main(argc, argv, std::cout, std::cerr); }

int Main(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{
      "claimcheck: finds claims that contradict each other, date typos and other errors in news copy.\n"
      "Run 'claimcheck COMMAND --help' for a command's options.",
      "claimcheck"};
  app.set_version_flag("--version", std::string("claimcheck ") + report::kToolVersion);
  app.require_subcommand(1);
  app.footer(kExitCodes);

  CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check files and directories (.txt, .md) and print findings");
  check_cmd->add_option("paths", check.paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  std::string formats;
  for (const auto& r : report::Reporters()) formats += "\n  " + r.name + ": " + r.summary;
  check_cmd->add_option("-f,--format", check.format, "Output format (default: text):" + formats)->type_name("FORMAT");
  check_cmd->add_option("--fail-on", check.fail_on,
                        "Lowest severity that makes the exit code 1: error, warning, info or none "
                        "(default: warning)")
      ->type_name("LEVEL");
  check_cmd->add_option("--color", check.color, "Colour the text format: auto, always or never (default: auto)")
      ->type_name("WHEN");
  check_cmd->add_option("-o,--output", check.output, "Write the report to FILE instead of standard output")
      ->type_name("FILE");
  AddCommon(check_cmd, &check.common);
  check_cmd->footer(kExitCodes);

  RulesOptions rules;
  auto* rules_cmd = app.add_subcommand("rules", "List the checks and the loaded rule packs, or validate packs");
  rules_cmd->add_option("--lint", rules.lint,
                        "Validate these packs (files or directories) strictly and run every rule's examples")
      ->type_name("PATH");
  AddCommon(rules_cmd, &rules.common);

  // An unknown subcommand gets a "did you mean" before CLI11's generic message.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& s : kSubcommands) names.push_back(s.name);
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      err << "claimcheck: error: unknown command '" << argv[1] << "'" << DidYouMean(argv[1], names)
          << "\nRun 'claimcheck --help' for the list of commands.\n";
      return kExitError;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::CallForVersion& e) {
    app.exit(e, out, err);
    return kExitClean;
  } catch (const CLI::ParseError& e) {
    err << "claimcheck: error: " << e.what() << "\nRun 'claimcheck --help' for usage.\n";
    return kExitError;
  }
  if (check_cmd->parsed()) return RunCheck(check, out, err);
  if (rules_cmd->parsed()) return RunRules(rules, out, err);
  return kExitError;
}

}  // namespace claimcheck::app
