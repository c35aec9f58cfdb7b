#include "app/report_claims.h"

#include "check/conflicts.h"
#include "extract/extractor.h"

namespace claimcheck::app {
namespace {

// "11 Sep 2015", "11-13 Sep 2015" as two dates, or the words the story used when no day is known.
std::string When(const std::optional<std::chrono::sys_days>& first, const std::optional<std::chrono::sys_days>& last,
                 const std::string& text) {
  if (!first) return text;
  std::string out = check::ShortDate(*first);
  if (last && *last != *first) out += " to " + check::ShortDate(*last);
  return out;
}

}  // namespace

std::vector<report::ReportClaim> ReportClaims(const std::vector<check::Analysis>& analyses, size_t checked) {
  std::vector<report::ReportClaim> out;
  for (size_t i = 0; i < checked && i < analyses.size(); ++i) {
    const check::Analysis& a = analyses[i];
    for (const auto& c : a.claims.claims) {
      report::ReportClaim r;
      r.where = a.Locate(c.span);
      r.subject = c.subject_name;
      r.attribute = c.attribute;
      r.value = c.value;
      r.negative = c.polarity == extract::Polarity::kNegative;
      r.modality = extract::ModalityName(c.modality);
      r.sources = c.sources;
      r.made = When(c.made_first, c.made_last, c.made_text);
      r.about = When(c.about_first, c.about_last, c.about_text);
      if (c.made_first) r.made_day = static_cast<long>(c.made_first->time_since_epoch().count());
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace claimcheck::app
