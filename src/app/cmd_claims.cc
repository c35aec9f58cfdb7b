// `claimcheck claims FILE...`: the attribution frames and claims the extract stage finds, as a
// table grouped by entity or as JSON (docs/formats/claims-json.md).
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/analyze.h"
#include "app/cli.h"
#include "app/command.h"
#include "app/run.h"
#include "check/conflicts.h"
#include "extract/propositions.h"
#include "rules/loader.h"

namespace claimcheck::app {
namespace {

struct ClaimsOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::string format = "text";
};

std::string Day(const std::optional<std::chrono::sys_days>& d) { return d ? temporal::FormatDay(*d) : ""; }

// "2015-09-11", or "2015-09-14..2015-09-15" for a range.
std::string Interval(const std::optional<std::chrono::sys_days>& first, const std::optional<std::chrono::sys_days>& last) {
  if (!first) return "";
  return (!last || *last == *first) ? Day(first) : Day(first) + ".." + Day(last);
}

nlohmann::json SpanJson(const check::Analysis& a, Span norm) {
  Span orig = a.text.ToOriginal(norm);
  return {{"start", orig.begin}, {"end", orig.end}, {"text", std::string(a.doc->source.Slice(orig))}};
}

nlohmann::json TimeJson(const std::optional<std::chrono::sys_days>& first, const std::optional<std::chrono::sys_days>& last,
                        const std::string& text) {
  if (!first) return nullptr;
  return {{"value", Interval(first, last)}, {"text", text}};
}

// For each claim of each document, the claims that corroborate it (the same value of the same
// attribute of the same entity, compatible in time), in any document of the run: the conflict
// checker's comparison, whose corroborations are links, never findings.
using Corroborations = std::map<graph::ClaimRef, std::vector<graph::ClaimRef>>;

Corroborations Corroborate(const std::vector<check::Analysis>& analyses, const rules::RuleSet& rules) {
  std::vector<check::ConflictDocument> docs;
  for (const auto& a : analyses) {
    check::ConflictDocument d;
    d.doc = a.index;
    d.path = a.doc->source.path();
    d.claims = &a.claims;
    docs.push_back(std::move(d));
  }
  Corroborations out;
  for (const auto& [later, earlier] : check::CompareClaims(docs, rules).corroborations) {
    out[later].push_back(earlier);
    out[earlier].push_back(later);
  }
  for (auto& [ref, list] : out) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return out;
}

// "9:207", or "other.txt:3:5" for a claim in another document.
std::string Where(const std::vector<check::Analysis>& analyses, const check::Analysis& from, graph::ClaimRef ref) {
  const check::Analysis& a = analyses[ref.doc];
  const Span norm = a.claims.claims[ref.claim].span;
  LineCol pos = a.doc->source.Position(a.text.ToOriginal(norm).begin);
  std::string where = std::to_string(pos.line) + ":" + std::to_string(pos.column);
  return ref.doc == from.index ? where : a.doc->source.path() + ":" + where;
}

// The open proposition layer is read only here (and by stance), not in every analysis: check does
// not use it yet, and it would cost every run a third of its time.
nlohmann::json ToJson(const check::Analysis& a, const std::vector<check::Analysis>& all, const Corroborations& corr,
                      const std::optional<extract::PropositionReader>& reader) {
  const auto& c = a.claims;
  nlohmann::json doc;
  doc["path"] = a.doc->source.path();
  nlohmann::json entities = nlohmann::json::array();
  for (const auto& e : c.entities) {
    entities.push_back({{"name", e.name},
                        {"type", extract::EntityTypeName(e.type)},
                        {"titles", e.titles},
                        {"aliases", e.aliases},
                        {"mentions", e.mentions.size()}});
  }
  doc["entities"] = std::move(entities);
  nlohmann::json frames = nlohmann::json::array();
  for (const auto& f : c.attributions) {
    nlohmann::json j;
    j["source"] = f.source ? SpanJson(a, f.source->span) : nlohmann::json(nullptr);
    j["cue"] = SpanJson(a, f.cue.span);
    j["content"] = SpanJson(a, f.content.span);
    j["stance"] = extract::StanceName(f.stance);
    j["speaker"] = f.speaker >= 0 ? nlohmann::json(c.entities[f.speaker].name) : nlohmann::json(nullptr);
    j["chain"] = f.chain;
    j["rule"] = f.rule;
    frames.push_back(std::move(j));
  }
  doc["attributions"] = std::move(frames);
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& cl : c.claims) {
    Span orig = a.text.ToOriginal(cl.span);
    claims.push_back({{"subject", cl.subject_name},
                      {"attribute", cl.attribute},
                      {"value", cl.value},
                      {"about", TimeJson(cl.about_first, cl.about_last, cl.about_text)},
                      {"made", TimeJson(cl.made_first, cl.made_last, cl.made_text)},
                      {"polarity", extract::PolarityName(cl.polarity)},
                      {"modality", extract::ModalityName(cl.modality)},
                      {"sources", cl.sources},
                      {"start", orig.begin},
                      {"end", orig.end},
                      {"text", std::string(a.doc->source.Slice(orig))},
                      {"rule", cl.rule},
                      {"corroborated_by", nlohmann::json::array()}});
    auto it = corr.find({a.index, static_cast<int>(claims.size() - 1)});
    if (it != corr.end()) {
      for (const auto& ref : it->second) claims.back()["corroborated_by"].push_back(Where(all, a, ref));
    }
  }
  doc["claims"] = std::move(claims);
  nlohmann::json props = nlohmann::json::array();
  std::vector<extract::Proposition> propositions;
  if (reader) propositions = reader->Extract(a.text, a.claims);
  for (const auto& p : propositions) {
    auto part = [&](const extract::TextRef& r) { return r.text.empty() ? nlohmann::json(nullptr) : SpanJson(a, r.span); };
    nlohmann::json j;
    j["subject"] = part(p.subject);
    j["predicate"] = p.predicate;
    j["verb"] = part(p.predicate_text);
    j["object"] = part(p.object);
    j["polarity"] = extract::PolarityName(p.polarity);
    j["modality"] = extract::ModalityName(p.modality);
    j["content"] = p.content;
    j["attribution"] = p.attribution >= 0 ? nlohmann::json(p.attribution) : nlohmann::json(nullptr);
    Span orig = a.text.ToOriginal(p.span);
    j["start"] = orig.begin;
    j["end"] = orig.end;
    j["text"] = std::string(a.doc->source.Slice(orig));
    props.push_back(std::move(j));
  }
  doc["propositions"] = std::move(props);
  return doc;
}

void WriteText(const check::Analysis& a, const std::vector<check::Analysis>& all, const Corroborations& corr,
               std::ostream& out) {
  const auto& c = a.claims;
  out << a.doc->source.path() << ": " << c.claims.size() << (c.claims.size() == 1 ? " claim, " : " claims, ")
      << c.attributions.size() << (c.attributions.size() == 1 ? " attribution\n" : " attributions\n");
  auto where = [&](Span norm) {
    LineCol pos = a.doc->source.Position(a.text.ToOriginal(norm).begin);
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
  };
  // Claims grouped by entity, in order of first claim.
  std::vector<int> order;
  std::map<int, std::vector<const extract::Claim*>> by_entity;
  for (const auto& cl : c.claims) {
    if (!by_entity.count(cl.subject)) order.push_back(cl.subject);
    by_entity[cl.subject].push_back(&cl);
  }
  for (int e : order) {
    const auto& ent = c.entities[e];
    out << "\n  " << ent.name;
    if (!ent.titles.empty()) {
      out << " (";
      for (size_t i = 0; i < ent.titles.size(); ++i) out << (i ? ", " : "") << ent.titles[i];
      out << ")";
    }
    if (!ent.aliases.empty()) {
      out << "  aka ";
      for (size_t i = 0; i < ent.aliases.size(); ++i) out << (i ? ", " : "") << "\"" << ent.aliases[i] << "\"";
    }
    out << "\n";
    for (const auto* cl : by_entity[e]) {
      std::string pos = where(cl->span);
      out << "    " << pos << std::string(pos.size() < 8 ? 8 - pos.size() : 1, ' ') << cl->attribute << " = "
          << (cl->polarity == extract::Polarity::kNegative ? "not " : "") << cl->value;
      if (cl->about_first) out << "  about " << Interval(cl->about_first, cl->about_last);
      if (cl->made_first) out << "  made " << Interval(cl->made_first, cl->made_last);
      out << "  [" << extract::ModalityName(cl->modality) << "]";
      out << "  source: ";
      if (cl->sources.empty()) {
        out << "the story";
      } else {
        for (size_t i = 0; i < cl->sources.size(); ++i) out << (i ? " -> " : "") << cl->sources[i];
      }
      out << "\n";
      auto it = corr.find({a.index, static_cast<int>(cl - c.claims.data())});
      if (it != corr.end()) {
        out << "            corroborated by";
        for (size_t i = 0; i < it->second.size(); ++i) out << (i ? ", " : " ") << Where(all, a, it->second[i]);
        out << "\n";
      }
    }
  }
  if (!c.attributions.empty()) out << "\n  attributions\n";
  for (const auto& f : c.attributions) {
    std::string pos = where(f.cue.span);
    out << "    " << pos << std::string(pos.size() < 8 ? 8 - pos.size() : 1, ' ');
    if (!f.source) {
      out << "(no source)";
    } else {
      for (size_t i = 0; i < f.chain.size(); ++i) out << (i ? " -> " : "") << f.chain[i];
    }
    out << " " << f.cue.text << " [" << extract::StanceName(f.stance) << "]: ";
    std::string content = f.content.text;
    for (char& ch : content) {
      if (ch == '\n') ch = ' ';
    }
    if (content.size() > 90) content = content.substr(0, 87) + "...";
    out << content << "\n";
  }
}

int RunClaims(const ClaimsOptions& o, std::ostream& out, std::ostream& err) {
  if (o.format != "text" && o.format != "json") {
    err << "claimcheck: error: --format must be text or json, got '" << o.format << "'\n";
    return kExitError;
  }
  Analyzed analyzed;
  if (!AnalyzeFiles(o.paths, o.common, &analyzed, err)) return kExitError;
  const bool input_error = analyzed.input_error;
  const auto& all = analyzed.analyses;
  const Corroborations corr = Corroborate(all, *analyzed.rules);
  const auto reader = extract::PropositionReader::FromRules(*analyzed.rules);
  nlohmann::json json_docs = nlohmann::json::array();
  bool first = true;
  for (const auto& a : all) {
    if (o.format == "json") {
      json_docs.push_back(ToJson(a, all, corr, reader));
    } else {
      if (!first) out << "\n";
      first = false;
      WriteText(a, all, corr, out);
    }
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

Runner SetupClaims(CLI::App* cmd) {
  auto o = std::make_shared<ClaimsOptions>();
  cmd->add_option("paths", o->paths, "Files, or directories searched recursively for .txt and .md")
      ->required()
      ->type_name("FILE|DIR");
  cmd->add_option("-f,--format", o->format, "Output format: text (grouped by entity) or json (default: text)")
      ->type_name("FORMAT");
  AddCommonOptions(cmd, &o->common);
  AddConfigOptions(cmd, &o->common);
  return [o](std::ostream& out, std::ostream& err) { return RunClaims(*o, out, err); };
}

}  // namespace claimcheck::app
