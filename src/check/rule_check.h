// A check whose findings come from rules of kind `pattern` that name it in `check:`. The rule
// supplies the message, the span (`span:` group or the whole match) and an optional certain fix.
#ifndef CLAIMCHECK_CHECK_RULE_CHECK_H_
#define CLAIMCHECK_CHECK_RULE_CHECK_H_

#include "check/check.h"

namespace claimcheck::check {

class RuleCheck : public Check {
 public:
  explicit RuleCheck(CheckInfo info) : info_(std::move(info)) { info_.takes_rules = true; }
  const CheckInfo& info() const override { return info_; }
  void Run(const Analysis& doc, std::vector<Finding>* out) const override;
  LimitedRun RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const override;

  // The finding one match gives (exposed for the rule-example runner).
  Finding FromMatch(const Analysis& doc, const rules::Match& m) const;

 private:
  CheckInfo info_;
};

// Whether text[pos] is a digit after a number's decimal point ("315.31": the "31").
bool AfterDecimalPoint(std::string_view text, uint32_t pos);

// The primary span of a pattern match: the rule's `span` group, or the whole match.
Span PrimarySpan(const rules::Match& m);

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_RULE_CHECK_H_
