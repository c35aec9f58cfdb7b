#include "check/check.h"

namespace claimcheck::check {

Finding Check::MakeFinding(const Analysis& doc, Span norm_span, std::string message) const {
  Finding f;
  f.check = info().id;
  f.severity = info().severity;
  f.message = std::move(message);
  f.where = doc.Locate(norm_span);
  return f;
}

}  // namespace claimcheck::check
