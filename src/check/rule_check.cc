#include "check/rule_check.h"

namespace claimcheck::check {

Span PrimarySpan(const rules::Match& m) {
  const std::string& group = m.rule->Param("span");
  if (!group.empty()) {
    if (auto s = m.Group(group)) return *s;
  }
  return m.span;
}

Finding RuleCheck::FromMatch(const Analysis& doc, const rules::Match& m) const {
  Finding f = MakeFinding(doc, PrimarySpan(m), rules::ExpandTemplate(m.rule->Param("message"), m, doc.text.text));
  if (m.rule->severity) f.severity = *m.rule->severity;
  f.rule = m.rule->id;
  const std::string& fix = m.rule->Param("fix");
  if (!fix.empty()) f.fix = Fix{f.where, rules::ExpandTemplate(fix, m, doc.text.text)};
  return f;
}

void RuleCheck::Run(const Analysis& doc, std::vector<Finding>* out) const {
  for (const auto& m : doc.matches) {
    if (m.rule->Param("check") == info_.id) out->push_back(FromMatch(doc, m));
  }
}

LimitedRun RuleCheck::RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const {
  // Matches come in text order: the first `limit` become findings, the rest are only counted.
  LimitedRun r;
  size_t kept = 0;
  for (const auto& m : doc.matches) {
    if (m.rule->Param("check") != info_.id) continue;
    if (kept < limit) {
      out->push_back(FromMatch(doc, m));
      ++kept;
    } else {
      r.Drop(m.rule->severity ? *m.rule->severity : info_.severity, doc.Locate(PrimarySpan(m)));
    }
  }
  return r;
}

}  // namespace claimcheck::check
