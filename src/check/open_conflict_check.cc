// The open layer's conflict checks: conflict.denial, conflict.polarity and conflict.number, over
// the open claims of every document (open_claims.h) through the same core as the typed
// conflict.<attribute> checks (conflicts.h): grouping by merged entity and alignment key, time
// placement, acknowledged and hedged severities, related locations. Each claim's open claims are
// read once, in the per-document pass on the worker that analysed the document (Run), and kept on
// the Analysis for the cross-document pass (RunAll).
#include <algorithm>
#include <memory>
#include <unordered_set>

#include "check/acknowledgements.h"
#include "check/check.h"
#include "check/conflicts.h"
#include "check/open_claims.h"

namespace claimcheck::check {

struct OpenComparison {
  const rules::RuleSet* rules = nullptr;  // whose semantics compared (one per engine)
  Comparison cmp;
  std::vector<const Analysis*> by_index;                // by document index
  std::vector<const extract::DocumentClaims*> open_of;  // by document index
};

namespace {

enum class Kind { kDenial, kPolarity, kNumber };

struct KindInfo {
  Kind kind;
  const char* id;
  const char* summary;
  const char* description;
};

const KindInfo kKinds[] = {
    {Kind::kDenial, "conflict.denial", "A claim that a story or another story denies or calls false",
     "A proposition asserted in one place and denied in another: \"X denied that P\", \"P is a hoax, "
     "false, fake, untrue, debunked, a rumour\", \"there is no truth to P\", \"contrary to reports that "
     "P\". Both sides must name the same entity with the same predicate and object (the open "
     "proposition layer); claims the typed conflict checks already cover are left to them."},
    {Kind::kPolarity, "conflict.polarity", "The same proposition asserted and negated",
     "Two aligned propositions with opposite polarity at the same time: \"Acme won the contract\" and "
     "\"Acme did not win the contract\", or antonymous predicates from the contradicting-predicates "
     "lexicon (won/lost, rose/fell, opened/closed, confirmed/denied). Things change: claims at "
     "different times are not a conflict."},
    {Kind::kNumber, "conflict.number", "Two numbers for the same measure at the same time",
     "Two aligned propositions that give different numbers for the same measure (same entity, "
     "predicate, subject and object words, and units) at the same time. Numbers change over time: "
     "claims at different times are not a conflict."},
};

// Whether two subject names name alike: equal, or the shorter one's first word is a word of the
// longer ("Kuvvatov", "Umarali Kuvvatov"; not "Witco Corp", "Micropolis Corp").
bool SameName(std::string a, std::string b) {
  for (auto* s : {&a, &b}) {
    for (char& ch : *s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  const std::string first = a.substr(0, a.find(' '));
  return (" " + b + " ").find(" " + first + " ") != std::string::npos;
}

// "the story says \"Acme won the contract\"" / "Reuters said ...", with the date when known.
std::string Describe(const Analysis& a, const extract::Claim& c) {
  const bool denied = c.modality == extract::Modality::kDenied;
  const bool hedged = c.modality == extract::Modality::kHedged;
  std::string who;
  const std::string speaker = Speaker(a.claims, c);
  if (c.sources.empty()) {
    who = denied ? "the story denies" : hedged ? "the story suggests" : "the story says";
  } else {
    who = speaker + (denied ? " denied" : hedged ? " suggested" : " said");
  }
  if (c.made_first && c.made_text != "document date") who += " on " + ShortDate(*c.made_first);
  std::string quote(a.text.Slice(c.span));
  if (quote.size() > 120) quote = quote.substr(0, 117) + "...";
  return who + " \"" + quote + "\"";
}

class OpenConflictCheck : public Check {
 public:
  explicit OpenConflictCheck(const KindInfo& k) : kind_(k.kind) {
    info_.id = k.id;
    info_.summary = k.summary;
    info_.description = k.description;
    info_.severity = Severity::kWarning;
    info_.messages = {"conflicting claims about {subject}: {later claim}; earlier, {earlier claim}",
                      "conflicting claims about {subject}: {later claim}; earlier, {earlier claim} (the story "
                      "acknowledges the contradiction)",
                      "the earlier claim: {earlier claim}"};
    info_.precision = "high";
    // On by default: the open proposition layer reads only cued sentences, from the shared token
    // layer, and costs a small part of `check` (docs/checks/conflict.denial.md, "Cost").
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

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    (void)out;
    if (reader_ && !doc.archive && !doc.open_claims) {
      doc.open_claims.emplace();
      reader_->Read(doc, reader_->CuedSentences(doc), &*doc.open_claims);
    }
  }

  // The open claims of every checked document, with the plain sentences that name a negated
  // subject read too, compared.
  std::shared_ptr<const OpenComparison> Compare(const std::vector<const Analysis*>& docs) const {
    auto result = std::make_shared<OpenComparison>();
    result->rules = rules_;
    std::vector<ConflictDocument> inputs;
    auto& by_index = result->by_index;
    // The cued sentences were read per document (Run). The subjects of their negated or denied
    // claims are the only ones whose plain sentences can be the other side: read those now.
    auto& open_of = result->open_of;  // by document index
    std::unordered_set<std::string> names;
    for (const Analysis* a : docs) {
      if (a->archive) continue;  // archives hold typed claims only
      if (!a->open_claims) Run(*a, nullptr);
      for (const auto& c : a->open_claims->claims) {
        const bool negated = (c.polarity == extract::Polarity::kNegative) != (c.modality == extract::Modality::kDenied);
        if (!negated) continue;
        // Its first word finds the name's sentences ("Acme" for "Acme Corp").
        const std::string first = c.subject_name.substr(0, c.subject_name.find(' '));
        if (first.size() >= 3) names.insert(first);
      }
    }
    for (size_t k = 0; k < docs.size(); ++k) {
      const Analysis* a = docs[k];
      if (a->archive) continue;
      // Once per run (the first of the open checks; RunAll runs serially after the workers).
      if (!names.empty() && !a->open_claims_named) {
        // The cued sentences were read already: look for them only in a story that names a subject.
        auto named = OpenClaimReader::NamedSentences(*a, names, {});
        if (std::find(named.begin(), named.end(), 1) != named.end()) {
          const auto cued = reader_->CuedSentences(*a);
          for (size_t i = 0; i < named.size() && i < cued.size(); ++i) named[i] = named[i] && !cued[i];
        }
        if (std::find(named.begin(), named.end(), 1) != named.end()) reader_->Read(*a, named, &*a->open_claims);
      }
      a->open_claims_named = true;
      const extract::DocumentClaims& open = *a->open_claims;
      if (open.claims.empty()) continue;
      ConflictDocument d;
      d.doc = a->index;
      d.path = a->doc ? a->doc->source.path() : "";
      d.claims = &open;
      d.acknowledged = AcknowledgedClaims(*a, open, cues_);
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
      const bool denial = ca.modality == extract::Modality::kDenied || co.modality == extract::Modality::kDenied;
      Kind kind = denial ? Kind::kDenial : c.attribute == kNumberAttribute ? Kind::kNumber : Kind::kPolarity;
      if (kind != kind_) continue;
      // Entities merge across stories through shared names and aliases; the two sides must also
      // name their subject alike ("Witco Corp" is not "Micropolis Corp" whatever links them).
      if (!SameName(ca.subject_name, co.subject_name)) continue;
      // Archives take no part, so the finding is always at the later claim.
      std::string message =
          "conflicting claims about " + ca.subject_name + ": " + Describe(at, ca) + "; earlier, " + Describe(other, co);
      if (c.acknowledged) message += " (the story acknowledges the contradiction)";
      Finding f = MakeFinding(at, ca.span, std::move(message));
      f.severity = c.severity;
      f.related.push_back({other.Locate(co.span), "the earlier claim: " + Describe(other, co)});
      f.rule = ca.rule;
      out->push_back(std::move(f));
    }
  }

 private:
  Kind kind_;
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
