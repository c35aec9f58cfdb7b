#include "app/analyze.h"

#include <ostream>

#include "ingest/reader.h"
#include "rules/loader.h"
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
  auto loaded = rules::LoadRules(!common.no_builtin_rules, common.rule_dirs);
  for (const auto& e : loaded.errors) Print(e, err);
  if (!loaded.errors.empty()) return false;
  out->rules = std::move(loaded.rules);
  auto analyzer = check::Analyzer::Create(out->rules, date);
  if (!analyzer.ok()) {
    Print(analyzer.status(), err);
    return false;
  }
  ingest::DiskReader reader;
  for (const auto& p : paths) {
    auto expanded = reader.Expand({p});
    if (!expanded.ok()) {
      Print(expanded.status(), err);
      out->input_error = true;
      continue;
    }
    for (const auto& path : expanded.value()) {
      auto bytes = reader.Read(path);
      if (!bytes.ok()) {
        Print(bytes.status(), err);
        out->input_error = true;
        continue;
      }
      auto doc = ingest::LoadDocument(path, std::move(bytes).value());
      if (!doc.ok()) {
        Print(doc.status(), err);
        out->input_error = true;
        continue;
      }
      out->docs.push_back(std::make_unique<ingest::Document>(std::move(doc).value()));
      out->analyses.push_back(
          analyzer.value()->Analyze(*out->docs.back(), static_cast<int>(out->analyses.size())));
    }
  }
  return true;
}

}  // namespace claimcheck::app
