// suppression.unused: a claimcheck-ignore-next-line / -ignore-line / -disable directive that
// suppressed nothing. Off by default. The findings come from the run's filter stage
// (app/filter.cc), which is where suppressions are applied; this class only declares the check so
// it is in the catalogue, the docs test and SARIF rules, and can be enabled by configuration.
#include "check/check.h"
#include "check/registry.h"

namespace claimcheck::check {
namespace {

class SuppressionUnused : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "suppression.unused",
        "A suppression directive that matches no finding",
        "A claimcheck-ignore-next-line, claimcheck-ignore-line or claimcheck-disable directive that "
        "silenced nothing: the copy was fixed or the directive names the wrong check or line, and it "
        "would silently hide a future finding.",
        Severity::kWarning,
        {"suppression of '{id}' matches no finding"},
        false,
        "very-high"};
    return kInfo;
  }
};

}  // namespace

std::unique_ptr<Check> NewSuppressionUnused() { return std::make_unique<SuppressionUnused>(); }

}  // namespace claimcheck::check
