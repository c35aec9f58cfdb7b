#include "app/analyze.h"

#include <ostream>

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
  out->docs = ReadDocuments(paths, err, &out->input_error);
  auto analysed = AnalyzeAll(out->rules, date, out->docs, common.jobs);
  if (!analysed.ok()) {
    Print(analysed.status(), err);
    return false;
  }
  out->analyses = std::move(analysed).value();
  return true;
}

}  // namespace claimcheck::app
