// `claimcheck report`: the editor's report, one self-contained HTML page or Markdown (docs/report.md). It runs
// exactly what `check` runs (configuration, suppressions, --against) and never fails on findings:
// an editor asked for a page, not a verdict.
#include <memory>

#include <CLI/CLI.hpp>

#include "app/command.h"
#include "app/run.h"

namespace claimcheck::app {

Runner SetupReport(CLI::App* cmd) {
  auto o = std::make_shared<CheckOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  o->format = "html";
  cmd->add_option("-f,--format", o->format, "html (default): one self-contained page; markdown: for a ticket or a chat")
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", o->output, "Write the page to FILE (e.g. story.html) instead of standard output")
      ->type_name("FILE");
  cmd->add_option("--min-severity", o->min_severity, "Lowest severity shown: error, warning or info (default: info)")
      ->type_name("LEVEL");
  cmd->add_option("--config", o->config,
                  "Configuration file for every input (default: the nearest .claimcheck.yaml above each file)")
      ->type_name("FILE");
  cmd->add_flag("--no-config", o->no_config, "Ignore .claimcheck.yaml files; use the built-in defaults");
  cmd->add_option("--against", o->against,
                  "Claims of earlier stories (an archive.db or claims.jsonl from `claimcheck extract -o`) to "
                  "compare with (repeatable)")
      ->type_name("ARCHIVE")
      ->allow_extra_args(false);
  cmd->add_option("--docs-url", o->docs_url,
                  "Where claimcheck's docs are published (e.g. file:///usr/share/doc/claimcheck): findings "
                  "link to URL/checks/ID.md. Default: the installed docs, or no links from a build tree")
      ->type_name("URL");
  AddCommonOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) {
    CheckOptions options = *o;
    if (options.format != "html" && options.format != "markdown") {
      err << "claimcheck: error: report --format must be html or markdown, got '" << options.format << "'\n";
      return 2;
    }
    options.fail_on = "none";
    return RunCheck(options, out, err);
  };
}

}  // namespace claimcheck::app
