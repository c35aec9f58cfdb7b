#include "rules/pack.h"

#include <algorithm>
#include <set>

namespace claimcheck::rules {

std::string DescribeSpans(const std::vector<Span>& spans, std::string_view text) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ", ";
    out += "\"" + std::string(text.substr(s.begin, s.size())) + "\"";
  }
  return out.empty() ? "nothing" : out;
}

void CheckExamples(const Rule& rule, const std::function<std::vector<Span>(const std::string&)>& found,
                   std::string_view should, std::string_view did, std::vector<Status>* errors) {
  auto sorted = [&](const std::string& text) {
    auto spans = found(text);
    std::sort(spans.begin(), spans.end());
    return spans;
  };
  for (const auto& ex : rule.bad) {
    auto spans = sorted(ex.text);
    auto marks = ex.marks;
    std::sort(marks.begin(), marks.end());
    if (spans != marks) {
      errors->push_back(Status::Error("rule '" + rule.id + "': example should " + std::string(should) + " " +
                                          DescribeSpans(marks, ex.text) + " but " + std::string(did) + " " +
                                          DescribeSpans(spans, ex.text),
                                      ex.where));
    }
  }
  for (const auto& ex : rule.good) {
    auto spans = sorted(ex.text);
    if (!spans.empty()) {
      errors->push_back(Status::Error(
          "rule '" + rule.id + "': good example " + std::string(did) + " " + DescribeSpans(spans, ex.text), ex.where));
    }
  }
}

const std::string& Rule::Param(const std::string& key) const {
  static const std::string kEmpty;
  auto it = params.find(key);
  return it == params.end() ? kEmpty : it->second;
}

int Rule::GroupIndex(std::string_view name) const {
  for (size_t i = 0; i < groups.size(); ++i) {
    if (groups[i] == name) return static_cast<int>(i) + 1;
  }
  return -1;
}

const std::vector<std::string>* RuleSet::Lexicon(std::string_view qualified) const {
  size_t dot = qualified.find('.');
  if (dot == std::string_view::npos) return nullptr;
  std::string_view pack = qualified.substr(0, dot);
  std::string name(qualified.substr(dot + 1));
  for (const auto& p : packs_) {
    if (p.name != pack) continue;
    auto it = p.lexicons.find(name);
    if (it != p.lexicons.end()) return &it->second;
  }
  return nullptr;
}

std::vector<const Rule*> RuleSet::RulesOfKind(std::string_view kind) const {
  std::vector<const Rule*> out;
  for (const auto& p : packs_) {
    for (const auto& r : p.rules) {
      if (r.kind == kind) out.push_back(&r);
    }
  }
  return out;
}

const Rule* RuleSet::FindRule(std::string_view id) const {
  for (const auto& p : packs_) {
    for (const auto& r : p.rules) {
      if (r.id == id) return &r;
    }
  }
  return nullptr;
}

const AttributeSemantics* RuleSet::Attribute(std::string_view name) const {
  for (const auto& p : packs_) {
    for (const auto& a : p.attributes) {
      if (a.name == name) return &a;
    }
  }
  return nullptr;
}

bool AttributeSemantics::CanBecome(const std::string& from, const std::string& to) const {
  if (any_transition || Compatible(from, to)) return true;
  // Direct transitions only: a change that needs a step in between (resigned -> appointed ->
  // in office) needs that step reported.
  auto it = transitions.find(from);
  return it != transitions.end() && std::find(it->second.begin(), it->second.end(), to) != it->second.end();
}

bool AttributeSemantics::Compatible(const std::string& a, const std::string& b) const {
  if (a == b) return true;
  return std::any_of(compatible.begin(), compatible.end(), [&](const auto& p) {
    return (p.first == a && p.second == b) || (p.first == b && p.second == a);
  });
}

}  // namespace claimcheck::rules
