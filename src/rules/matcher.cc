#include "rules/matcher.h"

#include <map>
#include <optional>

#include "rules/filters.h"

namespace claimcheck::rules {

namespace {

bool PassesFilter(const Rule& rule, std::string_view text, const Match& m) {
  if (rule.filter.empty()) return true;
  const FilterInfo* f = FindFilter(rule.filter);
  std::vector<int> args;
  for (const auto& a : rule.filter_args) args.push_back(rule.GroupIndex(a));
  return f->fn(MatchView{text, &m.groups}, args);
}

std::optional<Span> SpanOf(std::string_view text, re2::StringPiece piece) {
  if (piece.data() == nullptr) return std::nullopt;
  auto b = static_cast<uint32_t>(piece.data() - text.data());
  return Span{b, b + static_cast<uint32_t>(piece.size())};
}

}  // namespace

Result<Matcher> Matcher::Build(std::vector<const Rule*> rules) {
  Matcher m;
  m.rules_ = std::move(rules);
  if (m.rules_.empty()) return m;
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(256 << 20);
  m.set_ = std::make_shared<RE2::Set>(opts, RE2::UNANCHORED);
  std::map<std::string, int> entry_of;
  for (size_t i = 0; i < m.rules_.size(); ++i) {
    const Rule* r = m.rules_[i];
    const std::string& key = r->trigger.empty() ? r->pattern : r->trigger;
    auto [at, added] = entry_of.emplace(key, static_cast<int>(m.rules_of_entry_.size()));
    if (added) {
      std::string error;
      if (m.set_->Add(key, &error) < 0) {
        return Status::Error("rule " + r->id + ": cannot add to the pattern set: " + error, r->where);
      }
      m.rules_of_entry_.emplace_back();
    }
    m.rules_of_entry_[at->second].push_back(static_cast<int>(i));
  }
  if (!m.set_->Compile()) {
    return Status::Error("the rule patterns together exceed RE2's memory budget; split the pack");
  }
  std::map<std::string, int> trigger_index;
  for (const Rule* r : m.rules_) {
    m.trigger_of_.push_back(
        r->before_re ? trigger_index.emplace(r->trigger, static_cast<int>(trigger_index.size())).first->second : -1);
  }
  m.triggers_ = static_cast<int>(trigger_index.size());
  return m;
}

void Matcher::FindAll(std::string_view text, Span scope, std::vector<Match>* out) const {
  if (!set_ || scope.empty()) return;
  std::string_view window = text.substr(scope.begin, scope.size());
  std::vector<int> entries, hits;
  if (!set_->Match(window, &entries)) return;
  for (int e : entries) hits.insert(hits.end(), rules_of_entry_[e].begin(), rules_of_entry_[e].end());
  std::sort(hits.begin(), hits.end());
  // Patterns see the text up to the end of the scope, so `$` is the end of the paragraph (as in
  // the set's pass and in the rules' examples), not the end of the whole document.
  const std::string_view upto = text.substr(0, scope.end);
  std::vector<re2::StringPiece> sub;
  std::vector<std::optional<std::vector<size_t>>> cues(triggers_);  // by distinct trigger, found on demand
  for (int index : hits) {
    const Rule* rule = rules_[index];
    if (rule->before_re) {
      auto& at = cues[trigger_of_[index]];
      if (!at) {
        // Every place the trigger matches, each search starting one byte after the last match's
        // start, so a rule may try any of them.
        at.emplace();
        re2::StringPiece cue;
        for (size_t t = scope.begin;
             t <= scope.end && rule->trigger_re->Match(upto, t, scope.end, RE2::UNANCHORED, &cue, 1);) {
          at->push_back(static_cast<size_t>(cue.data() - upto.data()));
          t = at->back() + 1;
        }
      }
      FindAnchored(*rule, *at, upto, scope, out);
      continue;
    }
    const RE2& re = *rule->re;
    const int n = re.NumberOfCapturingGroups() + 1;
    sub.assign(n, re2::StringPiece());
    size_t pos = scope.begin;
    while (pos <= scope.end &&
           re.Match(upto, pos, scope.end, RE2::UNANCHORED, sub.data(), n)) {
      Match m;
      m.rule = rule;
      m.groups.resize(n);
      for (int g = 0; g < n; ++g) m.groups[g] = SpanOf(text, sub[g]);
      m.span = *m.groups[0];
      pos = m.span.empty() ? m.span.end + 1 : m.span.end;
      if (!PassesFilter(*rule, text, m)) continue;
      out->push_back(std::move(m));
    }
  }
}

// How far before its cue an anchored rule's first part may start (bytes; docs/rule-packs.md).
constexpr size_t kAnchorReach = 160;

// Each trigger match is a place where the anchor group can start: the rest of the pattern is
// matched forwards from there (anchored), the part before it backwards (end-anchored, so RE2
// runs its reverse DFA from the cue and stops where no source can extend). Matches are
// non-overlapping: a cue inside the previous match is skipped, and a match cannot start before
// the previous one ended.
void Matcher::FindAnchored(const Rule& rule, const std::vector<size_t>& cues, std::string_view text, Span scope,
                           std::vector<Match>* out) const {
  const RE2& before = *rule.before_re;
  const RE2& after = *rule.after_re;
  const int nb = before.NumberOfCapturingGroups() + 1;
  const int na = after.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> bsub(nb), asub(na);
  size_t pos = scope.begin;  // no match starts before this
  for (const size_t c : cues) {
    if (c < pos) continue;  // inside the previous match
    if (!after.Match(text, c, scope.end, RE2::ANCHOR_START, asub.data(), na)) continue;
    // The part before the cue reaches back at most kAnchorReach bytes, from a word start: a
    // source is a phrase, and a pattern whose source may be "any lower-case words" would
    // otherwise be read back to the start of the paragraph at every cue.
    size_t lo = std::max(pos, c > kAnchorReach ? c - kAnchorReach : size_t{0});
    if (lo > pos) {
      while (lo < c && text[lo - 1] != ' ' && text[lo - 1] != '\n') ++lo;
    }
    if (!before.Match(text.substr(0, c), lo, c, RE2::UNANCHORED, bsub.data(), nb)) continue;
    const std::optional<Span> b = SpanOf(text, bsub[0]), a = SpanOf(text, asub[0]);
    if (!b || !a) continue;
    Match m;
    m.rule = &rule;
    m.groups.resize(1 + (nb - 1) + (na - 1));
    for (int g = 1; g < nb; ++g) m.groups[g] = SpanOf(text, bsub[g]);
    for (int g = 1; g < na; ++g) m.groups[nb - 1 + g] = SpanOf(text, asub[g]);
    m.span = Span{b->begin, a->end};
    m.groups[0] = m.span;
    if (!PassesFilter(rule, text, m)) continue;
    pos = m.span.end;
    out->push_back(std::move(m));
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
