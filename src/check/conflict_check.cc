// The conflict.<attribute> checks: one per attribute of rules/conflicts, all over the claims of
// every document of the run (RunAll), through the pure core in conflicts.h.
#include <algorithm>
#include <cctype>

#include "check/acknowledgements.h"
#include "check/check.h"
#include "check/conflicts.h"

namespace claimcheck::check {
namespace {

struct AttributeInfo {
  const char* attribute;
  const char* summary;
  const char* description;
};

class ConflictCheck : public Check {
 public:
  explicit ConflictCheck(const AttributeInfo& a) : attribute_(a.attribute) {
    info_.id = std::string("conflict.") + a.attribute;
    info_.summary = a.summary;
    info_.description = a.description;
    info_.severity = Severity::kWarning;
    info_.messages = {"conflicting " + attribute_ + " for {subject}: {later claim}; earlier, {earlier claim}",
                      "conflicting " + attribute_ +
                          " for {subject}: {later claim}; earlier, {earlier claim} (the story acknowledges the "
                          "contradiction)",
                      "the earlier claim: {earlier claim}"};
    info_.precision = "high";
  }

  const CheckInfo& info() const override { return info_; }

  Status Init(const rules::RuleSet& rules) override {
    if (!rules.Attribute(attribute_)) {
      return Status::Error("check " + info_.id + ": no rule pack defines attribute '" + attribute_ +
                           "' (the built-in pack rules/conflicts does)");
    }
    rules_ = &rules;
    cues_ = AcknowledgementCues(rules);
    return {};
  }

  void RunAll(const std::vector<const Analysis*>& docs, std::vector<Finding>* out) const override {
    if (!rules_) return;
    std::vector<ConflictDocument> inputs;
    std::vector<const Analysis*> by_index;
    for (const Analysis* a : docs) {
      const bool has = std::any_of(a->claims.claims.begin(), a->claims.claims.end(),
                                   [&](const extract::Claim& c) { return c.attribute == attribute_; });
      if (!has) continue;
      ConflictDocument d;
      d.doc = a->index;
      d.path = a->doc ? a->doc->source.path() : "";
      d.claims = &a->claims;
      d.acknowledgements = AcknowledgementSpans(*a, cues_);
      d.archive = a->archive;
      inputs.push_back(std::move(d));
      if (by_index.size() <= static_cast<size_t>(a->index)) by_index.resize(a->index + 1, nullptr);
      by_index[a->index] = a;
    }
    if (inputs.empty()) return;
    Comparison cmp = CompareClaims(inputs, *rules_, attribute_);
    for (auto& c : cmp.conflicts) {
      const Analysis& at = *by_index[c.at.doc];
      const Analysis& other = *by_index[c.other.doc];
      Finding f = MakeFinding(at, at.claims.claims[c.at.claim].span, std::move(c.message));
      f.severity = c.severity;
      f.related.push_back({other.Locate(other.claims.claims[c.other.claim].span), std::move(c.other_message)});
      f.rule = at.claims.claims[c.at.claim].rule;
      out->push_back(std::move(f));
    }
  }

 private:
  std::string attribute_;
  CheckInfo info_;
  const rules::RuleSet* rules_ = nullptr;
  std::vector<std::string> cues_;
};

const AttributeInfo kAttributes[] = {
    {"life-status", "Claims that someone is alive and dead that cannot both be true",
     "Two claims about whether a person is alive that cannot both hold: dead at one time and alive "
     "later (death is terminal), or alive and dead at the same time. Alive and later dead is not a "
     "conflict. The finding is at the later claim, with the earlier one as a related location."},
    {"detention", "Claims that someone is detained and free at the same time",
     "Two claims about whether a person is detained that cannot both hold at the same time, such as "
     "an arrest and a denial that it happened. Arrest and release follow each other in either order, "
     "so claims at different times are not compared for change."},
    {"office", "Claims about holding an office that cannot both be true",
     "Two claims about whether someone holds an office that cannot both hold: in office after "
     "resigning or being dismissed without a new appointment, or in and out of office at the same time."},
    {"whereabouts", "Claims that put someone in two places at the same time",
     "Two claims that place a person in different places at the same time. People move, so claims "
     "at different times are not a conflict."},
    {"count", "Counts of the same thing that disagree (a death toll that falls, or two tolls on one day)",
     "Two counts of the same thing (a death toll) that cannot both be right: different numbers for the "
     "same day, or a later count lower than an earlier one where the count may only rise."},
    {"event-date", "Two dates for the same event",
     "Two claims that date the same event differently (beyond the tolerance in rules/conflicts)."},
};

}  // namespace

std::vector<std::unique_ptr<Check>> NewConflictChecks() {
  std::vector<std::unique_ptr<Check>> out;
  for (const auto& a : kAttributes) out.push_back(std::make_unique<ConflictCheck>(a));
  return out;
}

}  // namespace claimcheck::check
