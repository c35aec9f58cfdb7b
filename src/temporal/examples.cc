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
  for (const rules::Rule* rule : rules.RulesOfKind("time")) {
    std::vector<const rules::Rule*> only = {rule};
    auto tagger = Tagger::Create(rules, &only);
    if (!tagger.ok()) {
      errors.push_back(tagger.status());
      continue;
    }
    for (const auto& ex : rule->bad) {
      auto spans = Extents(tagger.value(), ex.text);
      auto marks = ex.marks;
      std::sort(marks.begin(), marks.end());
      if (spans != marks) {
        errors.push_back(Status::Error("rule '" + rule->id + "': example should be recognised as " +
                                           rules::DescribeSpans(marks, ex.text) + " but was recognised as " +
                                           rules::DescribeSpans(spans, ex.text),
                                       ex.where));
      }
    }
    for (const auto& ex : rule->good) {
      auto spans = Extents(tagger.value(), ex.text);
      if (!spans.empty()) {
        errors.push_back(Status::Error(
            "rule '" + rule->id + "': good example was recognised as " + rules::DescribeSpans(spans, ex.text), ex.where));
      }
    }
  }
  for (const rules::Rule* rule : rules.RulesOfKind("tenure")) {
    std::vector<const rules::Rule*> only = {rule};
    auto tagger = Tagger::Create(rules, &only);
    if (!tagger.ok()) {
      errors.push_back(tagger.status());
      continue;
    }
    auto mentions = [&](const std::string& text) {
      std::vector<Span> spans;
      for (const auto& m : tagger.value().TenureMentions(text)) spans.push_back(m.span);
      return spans;
    };
    for (const auto& ex : rule->bad) {
      auto spans = mentions(ex.text);
      auto marks = ex.marks;
      std::sort(marks.begin(), marks.end());
      if (spans != marks) {
        errors.push_back(Status::Error("rule '" + rule->id + "': example should name " +
                                           rules::DescribeSpans(marks, ex.text) + " but named " +
                                           rules::DescribeSpans(spans, ex.text),
                                       ex.where));
      }
    }
    for (const auto& ex : rule->good) {
      auto spans = mentions(ex.text);
      if (!spans.empty()) {
        errors.push_back(Status::Error(
            "rule '" + rule->id + "': good example named " + rules::DescribeSpans(spans, ex.text), ex.where));
      }
    }
  }
  return errors;
}

}  // namespace claimcheck::temporal
