// `claimcheck stance --claim TEXT [--claims FILE] FILE|DIR...`: for each claim and each story,
// whether the story is for, against, observing or unrelated to the claim, with the sentences and
// rules that decided (docs/stance.md).
#include <fstream>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/analyze.h"
#include "app/cli.h"
#include "app/command.h"
#include "app/run.h"
#include "base/utf8.h"
#include "check/stance.h"

namespace claimcheck::app {
namespace {

struct StanceOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::vector<std::string> claims;  // --claim, repeatable
  std::string claims_file;          // --claims FILE, one claim a line
  std::string format = "text";
};

// The claims of --claim and --claims FILE, in that order; false after an error on `err`.
bool CollectClaims(const StanceOptions& o, std::vector<std::string>* out, std::ostream& err) {
  for (const auto& c : o.claims) {
    if (utf8::FindInvalid(c) != utf8::kValid) {
      err << "claimcheck: error: --claim is not valid UTF-8\n";
      return false;
    }
    if (c.find_first_not_of(" \t\r\n") == std::string::npos) {
      err << "claimcheck: error: --claim is empty\n";
      return false;
    }
    out->push_back(c);
  }
  if (!o.claims_file.empty()) {
    std::ifstream in(o.claims_file, std::ios::binary);
    if (!in) {
      err << o.claims_file << ": error: cannot read the claims file\n";
      return false;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (utf8::FindInvalid(line) != utf8::kValid) {
        err << o.claims_file << ":" << n << ":1: error: the line is not valid UTF-8\n";
        return false;
      }
      if (line.find_first_not_of(" \t") != std::string::npos) out->push_back(line);
    }
  }
  if (out->empty()) {
    err << "claimcheck: error: no claim: give --claim TEXT or --claims FILE\n";
    return false;
  }
  return true;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

int RunStance(const StanceOptions& o, std::ostream& out, std::ostream& err) {
  if (o.format != "text" && o.format != "json") {
    err << "claimcheck: error: --format must be text or json, got '" << o.format << "'\n";
    return kExitError;
  }
  std::vector<std::string> claims;
  if (!CollectClaims(o, &claims, err)) return kExitError;
  Analyzed analyzed;
  if (!AnalyzeFiles(o.paths, o.common, &analyzed, err)) return kExitError;
  auto decider = check::StanceDecider::Create(*analyzed.rules);
  if (!decider.ok()) {
    err << "claimcheck: error: " << decider.status().ToString() << "\n";
    return kExitError;
  }
  nlohmann::ordered_json stances = nlohmann::ordered_json::array();
  for (const auto& claim : claims) {
    if (o.format == "text") out << "claim: " << OneLine(claim) << "\n";
    for (const auto& a : analyzed.analyses) {
      const check::StanceResult r = decider.value().Decide(claim, a);
      const std::string_view label = check::StanceLabelName(r.stance);
      if (o.format == "json") {
        nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
        for (const auto& e : r.evidence) {
          const Span sent = a.text.ToOriginal(e.sentence);
          nlohmann::ordered_json j;
          j["start"] = sent.begin;
          j["end"] = sent.end;
          j["text"] = std::string(a.doc->source.Slice(sent));
          j["rule"] = e.rule;
          if (!e.cue.empty()) {
            const Span cue = a.text.ToOriginal(e.cue);
            j["cue"] = {{"start", cue.begin}, {"end", cue.end}, {"text", std::string(a.doc->source.Slice(cue))}};
          } else {
            j["cue"] = nullptr;
          }
          j["frame"] = e.frame.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.frame);
          evidence.push_back(std::move(j));
        }
        nlohmann::ordered_json s;
        s["claim"] = claim;
        s["path"] = a.doc->source.path();
        s["stance"] = label;
        s["evidence"] = std::move(evidence);
        stances.push_back(std::move(s));
      } else {
        out << "  " << a.doc->source.path() << ": " << label << "\n";
        for (const auto& e : r.evidence) {
          const Span sent = a.text.ToOriginal(e.sentence);
          const LineCol pos = a.doc->source.Position(sent.begin);
          out << "    " << pos.line << ":" << pos.column << "  " << e.rule;
          if (!e.cue.empty()) out << " \"" << OneLine(a.doc->source.Slice(a.text.ToOriginal(e.cue))) << "\"";
          if (!e.frame.empty()) out << " in frame " << e.frame;
          out << ": " << OneLine(a.doc->source.Slice(sent)) << "\n";
        }
      }
    }
  }
  if (o.format == "json") {
    nlohmann::ordered_json root;
    root["stances"] = std::move(stances);
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return analyzed.input_error ? kExitError : kExitClean;
}

}  // namespace

Runner SetupStance(CLI::App* cmd) {
  auto o = std::make_shared<StanceOptions>();
  cmd->add_option("paths", o->paths, "Stories: files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  cmd->add_option("--claim", o->claims, "The claim to judge the stories against (repeatable)")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  cmd->add_option("--claims", o->claims_file, "A file of claims, one a line (blank lines skipped)")
      ->type_name("FILE");
  cmd->add_option("-f,--format", o->format, "Output format: text or json (default: text)")->type_name("FORMAT");
  AddCommonOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunStance(*o, out, err); };
}

}  // namespace claimcheck::app
