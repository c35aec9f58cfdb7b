#include "check/examples.h"

#include <algorithm>

#include "check/rule_check.h"
#include "segment/normalize.h"
#include "extract/extractor.h"
#include "temporal/examples.h"

namespace claimcheck::check {
namespace {

// The primary spans (original offsets of the example text) where `rule` fires on `text`.
std::vector<Span> Fire(const rules::Rule& rule, const rules::Matcher& matcher, const std::string& text,
                       std::vector<std::string>* fixes) {
  auto doc = ingest::LoadDocument("<example>", text);
  if (!doc.ok()) return {};
  segment::Text norm = segment::Normalize(doc.value());
  std::vector<rules::Match> matches;
  matcher.FindAll(norm.text, {0, static_cast<uint32_t>(norm.text.size())}, &matches);
  std::vector<Span> spans;
  for (const auto& m : matches) {
    spans.push_back(norm.ToOriginal(PrimarySpan(m)));
    if (fixes && !rule.Param("fix").empty()) fixes->push_back(rules::ExpandTemplate(rule.Param("fix"), m, norm.text));
  }
  std::sort(spans.begin(), spans.end());
  return spans;
}

}  // namespace

std::vector<Status> RunRuleExamples(const rules::RuleSet& rules) {
  std::vector<Status> errors;
  for (const rules::Rule* rule : rules.RulesOfKind("pattern")) {
    auto matcher = rules::Matcher::Build({rule});
    if (!matcher.ok()) {
      errors.push_back(matcher.status());
      continue;
    }
    for (const auto& ex : rule->bad) {
      std::vector<std::string> fixes;
      auto spans = Fire(*rule, matcher.value(), ex.text, &fixes);
      auto marks = ex.marks;
      std::sort(marks.begin(), marks.end());
      if (spans != marks) {
        errors.push_back(Status::Error("rule '" + rule->id + "': bad example should fire on " +
                                           rules::DescribeSpans(marks, ex.text) + " but fired on " + rules::DescribeSpans(spans, ex.text),
                                       ex.where));
        continue;
      }
      // Apply the fixes (right to left) and check the rule is then quiet.
      if (!fixes.empty() && fixes.size() == spans.size()) {
        std::string fixed = ex.text;
        for (size_t i = spans.size(); i-- > 0;) fixed.replace(spans[i].begin, spans[i].size(), fixes[i]);
        auto again = Fire(*rule, matcher.value(), fixed, nullptr);
        if (!again.empty()) {
          errors.push_back(Status::Error("rule '" + rule->id + "': the fix \"" + fixed + "\" fires the rule again",
                                         ex.where));
        }
      }
    }
    for (const auto& ex : rule->good) {
      auto spans = Fire(*rule, matcher.value(), ex.text, nullptr);
      if (!spans.empty()) {
        errors.push_back(Status::Error(
            "rule '" + rule->id + "': good example fired on " + rules::DescribeSpans(spans, ex.text), ex.where));
      }
    }
  }
  auto time_errors = temporal::RunTimeRuleExamples(rules);
  errors.insert(errors.end(), time_errors.begin(), time_errors.end());
  auto extract_errors = extract::RunExtractRuleExamples(rules);
  errors.insert(errors.end(), extract_errors.begin(), extract_errors.end());
  return errors;
}

}  // namespace claimcheck::check
