// `claimcheck times FILE...`: every temporal expression with its type, TIMEX3 value, anchor and
// span, as text or JSON (docs/formats/times-json.md).
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/analyze.h"
#include "app/cli.h"
#include "app/command.h"
#include "app/run.h"
#include "check/analysis.h"
#include "ingest/reader.h"
#include "rules/loader.h"

namespace claimcheck::app {
namespace {

struct TimesOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
};

std::string DayOrNull(const std::optional<std::chrono::year_month_day>& d) {
  return d ? temporal::FormatDay(std::chrono::sys_days{*d}) : "";
}

nlohmann::json ToJson(const check::Analysis& a) {
  nlohmann::json doc;
  doc["path"] = a.doc->source.path();
  const auto& t = a.times;
  doc["date"] = t.anchor ? nlohmann::json(DayOrNull(t.anchor)) : nlohmann::json(nullptr);
  doc["anchor_source"] = t.anchor_source;
  doc["candidate_years"] = t.candidate_years;
  if (!t.year_note.empty()) doc["year_note"] = t.year_note;
  nlohmann::json times = nlohmann::json::array();
  for (const auto& e : t.exprs) {
    Span orig = a.text.ToOriginal(e.span);
    nlohmann::json j;
    j["start"] = orig.begin;
    j["end"] = orig.end;
    j["text"] = std::string(a.doc->source.Slice(orig));
    j["type"] = temporal::TypeName(e.type);
    j["value"] = e.value;
    j["anchor"] = e.anchor;
    j["granularity"] = temporal::GranularityName(e.granularity);
    if (!e.mod.empty()) j["mod"] = e.mod;
    if (!e.end_value.empty()) j["end_value"] = e.end_value;
    if (e.first) j["first"] = temporal::FormatDay(*e.first);
    if (e.last) j["last"] = temporal::FormatDay(*e.last);
    j["rule"] = e.rule;
    times.push_back(std::move(j));
  }
  doc["times"] = std::move(times);
  return doc;
}

void WriteText(const check::Analysis& a, std::ostream& out) {
  const auto& t = a.times;
  out << a.doc->source.path() << ": ";
  if (t.anchor) out << "anchor " << DayOrNull(t.anchor) << " (" << t.anchor_source << ")";
  else out << "no document date" << (t.anchor_source.empty() ? "" : " (" + t.anchor_source + ")");
  out << ", " << t.exprs.size() << (t.exprs.size() == 1 ? " expression\n" : " expressions\n");
  if (!t.candidate_years.empty()) {
    out << "  candidate years:";
    for (int y : t.candidate_years) out << " " << y;
    out << "\n  " << t.year_note << "\n";
  }
  for (const auto& e : t.exprs) {
    Span orig = a.text.ToOriginal(e.span);
    LineCol pos = a.doc->source.Position(orig.begin);
    std::string where = std::to_string(pos.line) + ":" + std::to_string(pos.column);
    std::string value = e.value + (e.end_value.empty() ? "" : " .. " + e.end_value);
    if (!e.mod.empty()) value += " (" + e.mod + ")";
    std::string type = temporal::TypeName(e.type);
    out << "  " << where << std::string(where.size() < 8 ? 8 - where.size() : 1, ' ') << type
        << std::string(type.size() < 9 ? 9 - type.size() : 1, ' ') << value
        << std::string(value.size() < 24 ? 24 - value.size() : 1, ' ') << "\"" << a.doc->source.Slice(orig) << "\"";
    if (!e.anchor.empty()) out << "  <- " << e.anchor;
    out << "\n";
  }
}

int RunTimes(const TimesOptions& o, std::ostream& out, std::ostream& err) {
  if (o.format != "text" && o.format != "json") {
    err << "claimcheck: error: --format must be text or json, got '" << o.format << "'\n";
    return kExitError;
  }
  Analyzed analyzed;
  if (!AnalyzeFiles(o.paths, o.common, &analyzed, err)) return kExitError;
  const bool input_error = analyzed.input_error;
  nlohmann::json json_docs = nlohmann::json::array();
  for (const auto& a : analyzed.analyses) {
    if (o.format == "json") json_docs.push_back(ToJson(a));
    else WriteText(a, out);
  }
  if (o.format == "json") {
    nlohmann::json root;
    root["version"] = 1;
    root["documents"] = std::move(json_docs);
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return input_error ? kExitError : kExitClean;
}

}  // namespace

Runner SetupTimes(CLI::App* cmd) {
  auto o = std::make_shared<TimesOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  cmd->add_option("-f,--format", o->format, "Output format: text or json (default: text)")->type_name("FORMAT");
  AddCommonOptions(cmd, &o->common);
  AddConfigOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunTimes(*o, out, err); };
}

}  // namespace claimcheck::app
