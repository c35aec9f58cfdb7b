#include "temporal/examples.h"

#include <algorithm>

#include "segment/normalize.h"
#include "temporal/tagger.h"

namespace claimcheck::temporal {
namespace {

std::vector<Span> Extents(const Tagger& tagger, const std::string& text) {
  auto doc = ingest::LoadDocument("<example>", text);
  if (!doc.ok()) return {};
  segment::Text norm = segment::Normalize(doc.value());
  std::vector<Span> spans;
  for (const auto& m : tagger.Recognize(norm)) spans.push_back(norm.ToOriginal(m.span));
  std::sort(spans.begin(), spans.end());
  return spans;
}

}  // namespace

std::vector<Status> RunTimeRuleExamples(const rules::RuleSet& rules) {
  std::vector<Status> errors;
  for (const char* kind : {"time", "tenure"}) {
    for (const rules::Rule* rule : rules.RulesOfKind(kind)) {
      std::vector<const rules::Rule*> only = {rule};
      auto tagger = Tagger::Create(rules, &only);
      if (!tagger.ok()) {
        errors.push_back(tagger.status());
        continue;
      }
      if (rule->kind == "time") {
        rules::CheckExamples(*rule, [&](const std::string& text) { return Extents(tagger.value(), text); },
                             "be recognised as", "was recognised as", &errors);
      } else {
        // A tenure rule: the person-with-title mentions it names.
        auto mentions = [&](const std::string& text) {
          std::vector<Span> spans;
          for (const auto& m : tagger.value().TenureMentions(text)) spans.push_back(m.span);
          return spans;
        };
        rules::CheckExamples(*rule, mentions, "name", "named", &errors);
      }
    }
  }
  return errors;
}

}  // namespace claimcheck::temporal
