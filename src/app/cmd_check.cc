#include <memory>

#include <CLI/CLI.hpp>

#include "app/command.h"
#include "app/run.h"
#include "report/reporter.h"

namespace claimcheck::app {

Runner SetupCheck(CLI::App* cmd) {
  auto o = std::make_shared<CheckOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  std::string formats;
  for (const auto& r : report::Reporters()) formats += "\n  " + r.name + ": " + r.summary;
  cmd->add_option("-f,--format", o->format, "Output format (default: text):" + formats)->type_name("FORMAT");
  cmd->add_option("--fail-on", o->fail_on,
                  "Lowest severity that makes the exit code 1: error, warning, info or none (default: warning)")
      ->type_name("LEVEL");
  cmd->add_option("--color", o->color, "Colour the text format: auto, always or never (default: auto)")
      ->type_name("WHEN");
  cmd->add_option("-o,--output", o->output, "Write the report to FILE instead of standard output")
      ->type_name("FILE");
  cmd->add_option("--max-findings", o->max_findings,
                  "Report at most N findings per file, then one limit.findings finding that counts the rest "
                  "(default: max-findings in .claimcheck.yaml, else 1000; 0: no limit)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--min-severity", o->min_severity,
                  "Lowest severity shown: error, warning or info (default: info). Does not change what "
                  "--fail-on fails on")
      ->type_name("LEVEL");
  cmd->add_option("--config", o->config,
                  "Configuration file for every input (default: the nearest .claimcheck.yaml above each file)")
      ->type_name("FILE");
  cmd->add_flag("--no-config", o->no_config, "Ignore .claimcheck.yaml files; use the built-in defaults");
  cmd->add_option("--baseline", o->baseline,
                  "Report and fail only on findings not in this baseline file (matched by fingerprint, not "
                  "line)")
      ->type_name("FILE");
  cmd->add_option("--write-baseline", o->write_baseline,
                  "Write every current finding (after configuration and suppressions) to FILE as a baseline")
      ->type_name("FILE");
  cmd->add_option("--diff", o->diff,
                  "A unified diff (FILE, or - for standard input): report only findings on added or changed "
                  "lines")
      ->type_name("FILE|-");
  cmd->add_option("--against", o->against,
                  "Claims of earlier stories (an archive.db or claims.jsonl from `claimcheck extract -o`) to "
                  "check the inputs against; findings stay in the inputs (repeatable)")
      ->type_name("ARCHIVE")
      ->allow_extra_args(false);
  cmd->add_option("--docs-url", o->docs_url,
                  "Where claimcheck's docs are published (e.g. file:///usr/share/doc/claimcheck): findings "
                  "link to URL/checks/ID.md. Default: the installed docs, or no links from a build tree")
      ->type_name("URL");
  // For scripts/claimcheck-dask only (docs/scale-out.md); hidden from --help.
  cmd->add_flag("--list-inputs", o->list_inputs, "Print the input files, one a line, and stop")->group("");
  cmd->add_option("--shard-claims", o->shard_claims, "Write the claims as shuffle records to FILE")->group("");
  cmd->add_option("--conflicts", o->conflicts, "Take the conflict findings from FILE")->group("");
  AddCommonOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunCheck(*o, out, err); };
}

}  // namespace claimcheck::app
