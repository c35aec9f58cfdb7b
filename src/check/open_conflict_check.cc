// The open layer's conflict checks: conflict.denial, conflict.polarity and conflict.number, over
// the open claims of every document (open_claims.h) through the same core as the typed
// conflict.<attribute> checks (conflicts.h): grouping by merged entity and alignment key, time
// placement, acknowledged and hedged severities, related locations. Each claim's open claims are
// read once, in the per-document pass on the worker that analysed the document (Run), and kept on
// the Analysis for the cross-document pass (RunAll).
#include <algorithm>
#include <memory>

#include "check/acknowledgements.h"
#include "check/check.h"
#include "check/conflicts.h"
#include "check/open_archive.h"
#include "check/open_claims.h"
#include "check/open_findings.h"

namespace claimcheck::check {

struct OpenComparison {
  const rules::RuleSet* rules = nullptr;  // whose semantics compared (one per engine)
  Comparison cmp;
  std::vector<const Analysis*> by_index;                // by document index
  std::vector<const extract::DocumentClaims*> open_of;  // by document index
};

namespace {

struct KindInfo {
  const char* id;
  const char* summary;
  const char* description;
};

const KindInfo kKinds[] = {
    {"conflict.denial", "A claim that a story or another story denies or calls false",
     "A proposition asserted in one place and denied in another: \"X denied that P\", \"P is a hoax, "
     "false, fake, untrue, debunked, a rumour\", \"there is no truth to P\", \"contrary to reports that "
     "P\". Both sides must name the same entity with the same predicate and object (the open "
     "proposition layer); claims the typed conflict checks already cover are left to them."},
    {"conflict.polarity", "The same proposition asserted and negated",
     "Two aligned propositions with opposite polarity at the same time: \"Acme won the contract\" and "
     "\"Acme did not win the contract\", or antonymous predicates from the contradicting-predicates "
     "lexicon (won/lost, rose/fell, opened/closed, confirmed/denied). Things change: claims at "
     "different times are not a conflict."},
    {"conflict.number", "Two numbers for the same measure at the same time",
     "Two aligned propositions that give different numbers for the same measure (same entity, "
     "predicate, subject and object words, and units) at the same time. Numbers change over time: "
     "claims at different times are not a conflict."},
};

// "the story says \"Acme won the contract\"" / "Reuters said ...", with the date when known.
std::string Describe(const Analysis& a, const extract::Claim& c) {
  // An archived claim's span is in the story's original bytes, read from its path when it is there.
  std::string_view clause = a.archive ? (c.span.end <= a.doc->source.size() ? a.doc->source.Slice(c.span) : "")
                                      : a.text.Slice(c.span);
  return DescribeOpenClaim(c, Speaker(a.claims, c), OpenClaimQuote(clause, c));
}

class OpenConflictCheck : public Check {
 public:
  explicit OpenConflictCheck(const KindInfo& k) {
    info_.id = k.id;
    info_.summary = k.summary;
    info_.description = k.description;
    info_.severity = Severity::kWarning;
    info_.messages = {"conflicting claims about {subject}: {later claim}; earlier, {earlier claim}",
                      "conflicting claims about {subject}: {later claim}; earlier, {earlier claim} (the story "
                      "acknowledges the contradiction)",
                      "the earlier claim: {earlier claim}"};
    info_.precision = "high";
    // On by default: the open proposition layer reads the shared token layer and costs under a
    // third of `check` (docs/checks/conflict.denial.md, "Cost").
    info_.enabled_by_default = true;
  }

  const CheckInfo& info() const override { return info_; }

  Status Init(const rules::RuleSet& rules) override {
    for (const char* attr : {kPolarityAttribute, kNumberAttribute}) {
      if (!rules.Attribute(attr)) {
        return Status::Error("check " + info_.id + ": no rule pack defines attribute '" + attr +
                             "' (the built-in pack rules/conflicts does)");
      }
    }
    reader_ = OpenClaimReader::FromRules(rules);
    if (!reader_) {
      return Status::Error("check " + info_.id + ": the propositions pack (rules/propositions) is missing");
    }
    rules_ = &rules;
    cues_ = AcknowledgementCues(rules);
    return {};
  }

  // Every sentence of the document is read here, on the worker that analysed it, so a document's
  // open claims depend on it alone: they can be archived (extract) and shipped to the scale-out
  // driver's reducers (docs/scale-out.md) as they are.
  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    (void)out;
    if (reader_) ReadAllOpenClaims(*reader_, doc);
  }

  // The open claims of every document (the archive's included), compared.
  std::shared_ptr<const OpenComparison> Compare(const std::vector<const Analysis*>& docs) const {
    auto result = std::make_shared<OpenComparison>();
    result->rules = rules_;
    std::vector<ConflictDocument> inputs;
    auto& by_index = result->by_index;
    auto& open_of = result->open_of;  // by document index
    for (const Analysis* a : docs) {
      if (!a->archive && !a->open_claims) Run(*a, nullptr);
      if (!a->open_claims) continue;
      const extract::DocumentClaims& open = *a->open_claims;
      if (open.claims.empty()) continue;
      ConflictDocument d;
      d.doc = a->index;
      d.path = a->doc ? a->doc->source.path() : "";
      d.claims = &open;
      if (!a->archive) d.acknowledged = AcknowledgedClaims(*a, open, cues_);
      d.archive = a->archive;
      inputs.push_back(std::move(d));
      if (by_index.size() <= static_cast<size_t>(a->index)) by_index.resize(a->index + 1, nullptr);
      by_index[a->index] = a;
      if (open_of.size() <= static_cast<size_t>(a->index)) open_of.resize(a->index + 1, nullptr);
      open_of[a->index] = &open;
    }
    if (!inputs.empty()) result->cmp = CompareClaims(inputs, *rules_);
    return result;
  }

  void RunAll(const std::vector<const Analysis*>& docs, std::vector<Finding>* out) const override {
    if (!rules_) return;
    auto first = std::find_if(docs.begin(), docs.end(), [](const Analysis* a) { return !a->archive; });
    if (first == docs.end()) return;
    // The three open checks share one comparison per run: the first to run computes it.
    auto& shared = (*first)->open_comparison;
    if (!shared || shared->rules != rules_) shared = Compare(docs);
    const OpenComparison& oc = *shared;
    const auto& by_index = oc.by_index;
    const auto& open_of = oc.open_of;
    for (const auto& c : oc.cmp.conflicts) {
      const Analysis& at = *by_index[c.at.doc];
      const Analysis& other = *by_index[c.other.doc];
      const extract::Claim& ca = open_of[c.at.doc]->claims[c.at.claim];
      const extract::Claim& co = open_of[c.other.doc]->claims[c.other.claim];
      if (OpenConflictId(ca, co) != info_.id) continue;
      // Entities merge across stories through shared names and aliases; the two sides must also
      // name their subject alike ("Witco Corp" is not "Micropolis Corp" whatever links them).
      if (!SameSubjectName(ca.subject_name, co.subject_name)) continue;
      // The finding is at the later claim, or at the checked side when the later one is archived.
      const std::string other_side = Describe(other, co);
      Finding f = MakeFinding(
          at, ca.span, OpenConflictMessage(ca.subject_name, Describe(at, ca), other_side, c.flipped, c.acknowledged));
      f.severity = c.severity;
      f.related.push_back({other.Locate(co.span), OpenRelatedMessage(other_side, c.flipped)});
      f.rule = ca.rule;
      out->push_back(std::move(f));
    }
  }

 private:
  CheckInfo info_;
  const rules::RuleSet* rules_ = nullptr;
  std::optional<OpenClaimReader> reader_;
  std::vector<std::string> cues_;
};

}  // namespace

std::vector<std::unique_ptr<Check>> NewOpenConflictChecks() {
  std::vector<std::unique_ptr<Check>> out;
  for (const auto& k : kKinds) out.push_back(std::make_unique<OpenConflictCheck>(k));
  return out;
}

}  // namespace claimcheck::check
