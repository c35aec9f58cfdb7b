#include "app/analyze.h"

#include <algorithm>
#include <map>
#include <ostream>

#include "app/config.h"

#include "rules/loader.h"
#include "segment/segmenter.h"
#include "temporal/tagger.h"

namespace claimcheck::app {
namespace {

void Print(const Status& s, std::ostream& err) {
  if (!s.where().path.empty()) err << s.where().ToString() << ": ";
  err << "error: " << s.message() << "\n";
  if (!s.excerpt().empty()) err << "  " << s.excerpt() << "\n";
}

}  // namespace

bool AnalyzeFiles(const std::vector<std::string>& paths, const CommonOptions& common, Analyzed* out,
                  std::ostream& err) {
  std::optional<std::chrono::year_month_day> date;
  if (!common.date.empty()) {
    date = temporal::ParseIsoDate(common.date);
    if (!date) {
      err << "claimcheck: error: --date must be a real date written YYYY-MM-DD, got '" << common.date << "'\n";
      return false;
    }
  }
  if (!common.config.empty() && common.no_config) {
    err << "claimcheck: error: --config and --no-config exclude each other\n";
    return false;
  }
  ConfigSet configs(common.config, common.no_config);
  if (!common.config.empty() && !configs.For(common.config, err)) return false;
  // The documents, without those their configuration excludes, each with its configuration.
  std::vector<const Config*> doc_configs;
  for (auto& doc : ReadDocuments(paths, err, &out->input_error)) {
    const Config* config = configs.For(doc->source.path(), err);
    if (!config) return false;
    if (config->Excludes(doc->source.path())) continue;
    if (config->date) doc->default_date = config->date->value;
    doc->max_paragraph_bytes = config->max_paragraph_bytes;
    out->docs.push_back(std::move(doc));
    doc_configs.push_back(config);
  }
  // One rule set per distinct list of packs (built-in, --rules, then the configuration's).
  std::map<std::vector<std::string>, size_t> set_of_packs;
  std::vector<size_t> doc_rules;
  auto set_for = [&](const Config* config) -> std::optional<size_t> {
    std::vector<std::string> dirs = common.rule_dirs;
    for (const auto& r : config ? config->rules : std::vector<Config::Entry>{}) {
      if (std::find(dirs.begin(), dirs.end(), r.value) == dirs.end()) dirs.push_back(r.value);
    }
    if (auto it = set_of_packs.find(dirs); it != set_of_packs.end()) return it->second;
    auto loaded = rules::LoadRules(!common.no_builtin_rules, dirs);
    for (const auto& e : loaded.errors) Print(e, err);
    if (!loaded.errors.empty()) return std::nullopt;
    out->rule_sets.push_back(std::make_unique<rules::RuleSet>(std::move(loaded.rules)));
    return set_of_packs[dirs] = out->rule_sets.size() - 1;
  };
  for (const Config* config : doc_configs) {
    auto s = set_for(config);
    if (!s) return false;
    doc_rules.push_back(*s);
  }
  // The comparison packs: the first input's.
  auto first = set_for(doc_configs.empty() ? nullptr : doc_configs.front());
  if (!first) return false;
  out->rules = out->rule_sets[*first].get();
  std::vector<const rules::RuleSet*> sets;
  for (const auto& r : out->rule_sets) sets.push_back(r.get());
  auto analysed = AnalyzeAll(sets, doc_rules, date, out->docs, common.jobs, {});
  if (!analysed.ok()) {
    Print(analysed.status(), err);
    return false;
  }
  out->analyses = std::move(analysed).value();
  // What no stage read (a paragraph past max-paragraph-bytes): check reports it as
  // limit.paragraph; these commands say it here, so what they show is never silently partial.
  for (const auto& a : out->analyses) {
    if (!a.doc) continue;
    const size_t limit = a.doc->max_paragraph_bytes.value_or(segment::Segmenter::kDefaultMaxParagraphBytes);
    for (Span rest : a.text.unanalysed) {
      const Span original = a.text.ToOriginal(rest);
      const LineCol at = a.doc->source.Position(original.begin);
      err << Location{a.doc->source.path(), at.line, at.column}.ToString() << ": warning: " << original.size()
          << " bytes of this paragraph are not analysed (at most " << limit
          << " bytes of a paragraph are; max-paragraph-bytes) [limit.paragraph]\n";
    }
  }
  return true;
}

}  // namespace claimcheck::app
