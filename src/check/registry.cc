#include "check/registry.h"

#include "base/edit_distance.h"
#include "check/rule_check.h"

namespace claimcheck::check {

// Defined beside each check.
std::unique_ptr<Check> NewJoinedWords();
std::unique_ptr<Check> NewRepeatedWord();
std::unique_ptr<Check> NewDupParagraph();
std::unique_ptr<Check> NewQuoteUnbalanced();
std::unique_ptr<Check> NewSuppressionUnused();
std::unique_ptr<Check> NewFindingsLimit();
std::unique_ptr<Check> NewParagraphLimit();
std::unique_ptr<Check> NewDateInvalid();
std::unique_ptr<Check> NewWeekdayMismatch();
std::unique_ptr<Check> NewAnonymousOnly();
std::vector<std::unique_ptr<Check>> NewConflictChecks();
std::vector<std::unique_ptr<Check>> NewOpenConflictChecks();

std::vector<std::unique_ptr<Check>> AllChecks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(std::make_unique<RuleCheck>(CheckInfo{
      "date.range-degenerate",
      "A date range that starts and ends on the same day",
      "A range such as \"September 14-14\" whose first and last day are the same: one of the two "
      "numbers is almost certainly a typo.",
      Severity::kWarning,
      {"date range \"{range}\" starts and ends on the same day"},
      true,
      "very-high"}));
  checks.push_back(std::make_unique<RuleCheck>(CheckInfo{
      "date.range-reversed",
      "A date range whose end comes before its start",
      "A range such as \"September 15-14\" whose last day comes before its first: the numbers are "
      "swapped or one is mistyped.",
      Severity::kWarning,
      {"date range \"{range}\" ends before it starts"},
      true,
      "very-high"}));
  checks.push_back(NewDateInvalid());
  checks.push_back(NewWeekdayMismatch());
  checks.push_back(NewJoinedWords());
  checks.push_back(NewRepeatedWord());
  checks.push_back(NewDupParagraph());
  checks.push_back(NewQuoteUnbalanced());
  checks.push_back(NewSuppressionUnused());
  checks.push_back(NewFindingsLimit());
  checks.push_back(NewParagraphLimit());
  checks.push_back(NewAnonymousOnly());
  for (auto& c : NewConflictChecks()) checks.push_back(std::move(c));
  for (auto& c : NewOpenConflictChecks()) checks.push_back(std::move(c));
  return checks;
}

std::vector<std::string> CheckIds() {
  std::vector<std::string> ids;
  for (const auto& c : AllChecks()) ids.push_back(c->info().id);
  return ids;
}

std::vector<Status> ValidateRuleChecks(const rules::RuleSet& rules) {
  std::vector<Status> errors;
  std::vector<std::string> ids, rule_fed;
  for (const auto& c : AllChecks()) {
    ids.push_back(c->info().id);
    if (c->info().takes_rules) rule_fed.push_back(c->info().id);
  }
  for (const rules::Rule* r : rules.RulesOfKind("pattern")) {
    const std::string& id = r->Param("check");
    auto where = r->param_where.count("check") ? r->param_where.at("check") : r->where;
    if (std::find(rule_fed.begin(), rule_fed.end(), id) != rule_fed.end()) continue;
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
      std::string list;
      for (const auto& f : rule_fed) list += (list.empty() ? "" : ", ") + f;
      errors.push_back(Status::Error("rule '" + r->id + "': check '" + id +
                                         "' is written in code and takes no pattern rules (rules can feed: " + list + ")",
                                     where));
      continue;
    }
    errors.push_back(Status::Error("rule '" + r->id + "': unknown check '" + id + "'" + DidYouMean(id, ids), where));
  }
  return errors;
}

}  // namespace claimcheck::check
