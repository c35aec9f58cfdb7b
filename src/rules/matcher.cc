#include "rules/matcher.h"

#include "rules/filters.h"

namespace claimcheck::rules {

Result<Matcher> Matcher::Build(std::vector<const Rule*> rules) {
  Matcher m;
  m.rules_ = std::move(rules);
  if (m.rules_.empty()) return m;
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(256 << 20);
  m.set_ = std::make_shared<RE2::Set>(opts, RE2::UNANCHORED);
  for (const Rule* r : m.rules_) {
    std::string error;
    if (m.set_->Add(r->trigger.empty() ? r->pattern : r->trigger, &error) < 0) {
      return Status::Error("rule " + r->id + ": cannot add to the pattern set: " + error, r->where);
    }
  }
  if (!m.set_->Compile()) {
    return Status::Error("the rule patterns together exceed RE2's memory budget; split the pack");
  }
  return m;
}

void Matcher::FindAll(std::string_view text, Span scope, std::vector<Match>* out) const {
  if (!set_ || scope.empty()) return;
  std::string_view window = text.substr(scope.begin, scope.size());
  std::vector<int> hits;
  if (!set_->Match(window, &hits)) return;
  std::sort(hits.begin(), hits.end());
  std::vector<re2::StringPiece> sub;
  for (int index : hits) {
    const Rule* rule = rules_[index];
    const RE2& re = *rule->re;
    const int n = re.NumberOfCapturingGroups() + 1;
    sub.assign(n, re2::StringPiece());
    size_t pos = scope.begin;
    while (pos <= scope.end &&
           re.Match(text, pos, scope.end, RE2::UNANCHORED, sub.data(), n)) {
      Match m;
      m.rule = rule;
      m.groups.resize(n);
      for (int g = 0; g < n; ++g) {
        if (sub[g].data() == nullptr) continue;
        auto b = static_cast<uint32_t>(sub[g].data() - text.data());
        m.groups[g] = Span{b, b + static_cast<uint32_t>(sub[g].size())};
      }
      m.span = *m.groups[0];
      pos = m.span.empty() ? m.span.end + 1 : m.span.end;
      if (!rule->filter.empty()) {
        const FilterInfo* f = FindFilter(rule->filter);
        std::vector<int> args;
        for (const auto& a : rule->filter_args) args.push_back(rule->GroupIndex(a));
        if (!f->fn(MatchView{text, &m.groups}, args)) continue;
      }
      out->push_back(std::move(m));
    }
  }
}

std::vector<std::string> TemplatePlaceholders(std::string_view tmpl) {
  std::vector<std::string> out;
  FillTemplate(tmpl, [&](std::string_view name) {
    out.emplace_back(name);
    return std::string();
  });
  return out;
}

std::string FillTemplate(std::string_view tmpl, const std::function<std::string(std::string_view)>& lookup) {
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    size_t close = tmpl[i] == '{' ? tmpl.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out.push_back(tmpl[i]);
      continue;
    }
    out += lookup(tmpl.substr(i + 1, close - i - 1));
    i = close;
  }
  return out;
}

std::string ExpandTemplate(std::string_view tmpl, const Match& m, std::string_view text) {
  return FillTemplate(tmpl, [&](std::string_view name) {
    std::optional<Span> s = name == "match" ? std::optional<Span>(m.span) : m.Group(name);
    return s ? std::string(text.substr(s->begin, s->size())) : std::string();
  });
}

}  // namespace claimcheck::rules
