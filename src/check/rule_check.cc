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

bool AfterDecimalPoint(std::string_view text, uint32_t pos) {
  return pos >= 2 && text[pos - 1] == '.' && text[pos - 2] >= '0' && text[pos - 2] <= '9' && text[pos] >= '0' &&
         text[pos] <= '9';
}

void RuleCheck::Run(const Analysis& doc, std::vector<Finding>* out) const {
  for (const auto& m : doc.matches) {
    if (m.rule->Param("check") != info_.id) continue;
    // Table cells are not prose: "Apr  315.00/317.00" holds no date (segment/tables.h); and a
    // number's digits after its decimal point are never a day ("315.31\nJune").
    if (doc.text.InTable(m.span) || AfterDecimalPoint(doc.text.text, m.span.begin)) continue;
    out->push_back(FromMatch(doc, m));
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
