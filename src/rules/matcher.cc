#include "rules/matcher.h"

#include <algorithm>
#include <map>
#include <optional>

#include "rules/filters.h"

namespace claimcheck::rules {

namespace {

// Buffers FindAll reuses from call to call on one thread (FindAll does not re-enter), so a
// paragraph's scan allocates nothing but the matches it returns.
struct Scratch {
  std::vector<int> entries;
  std::vector<int> hits;
  std::vector<re2::StringPiece> sub, bsub, asub;
  std::vector<std::vector<size_t>> cues;
  std::vector<char> cues_found;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
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
  // Rules with the same set pattern (many time rules share a trigger) share one entry: the set's
  // automaton, and so its cold first pass over each new paragraph, grows with its entries.
  std::map<std::string_view, int> entry_of;
  for (size_t i = 0; i < m.rules_.size(); ++i) {
    const Rule* r = m.rules_[i];
    const std::string_view pattern = r->trigger.empty() ? r->pattern : r->trigger;
    auto [it, added] = entry_of.emplace(pattern, static_cast<int>(m.rules_of_entry_.size()));
    if (added) {
      std::string error;
      if (m.set_->Add(pattern, &error) < 0) {
        return Status::Error("rule " + r->id + ": cannot add to the pattern set: " + error, r->where);
      }
      m.rules_of_entry_.emplace_back();
    }
    m.rules_of_entry_[it->second].push_back(static_cast<int>(i));
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
  m.filters_.resize(m.rules_.size());
  for (size_t i = 0; i < m.rules_.size(); ++i) {
    const Rule* r = m.rules_[i];
    if (r->filter.empty()) continue;
    m.filters_[i].fn = FindFilter(r->filter);
    for (const auto& a : r->filter_args) m.filters_[i].args.push_back(r->GroupIndex(a));
  }
  return m;
}

bool Matcher::PassesFilter(int index, std::string_view text, const Match& m) const {
  const Filter& f = filters_[index];
  return f.fn == nullptr || f.fn->fn(MatchView{text, &m.groups}, f.args);
}

void Matcher::FindAll(std::string_view text, Span scope, std::vector<Match>* out) const {
  if (!set_ || scope.empty()) return;
  std::string_view window = text.substr(scope.begin, scope.size());
  Scratch& scratch = ThreadScratch();
  std::vector<int>& entries = scratch.entries;
  entries.clear();
  if (!set_->Match(window, &entries)) return;
  std::vector<int>& hits = scratch.hits;  // rules, in the matcher's order
  hits.clear();
  for (int e : entries) hits.insert(hits.end(), rules_of_entry_[e].begin(), rules_of_entry_[e].end());
  std::sort(hits.begin(), hits.end());
  // Patterns see the text up to the end of the scope, so `$` is the end of the paragraph (as in
  // the set's pass and in the rules' examples), not the end of the whole document.
  const std::string_view upto = text.substr(0, scope.end);
  std::vector<re2::StringPiece>& sub = scratch.sub;
  // By distinct trigger: where it matches, found on demand.
  scratch.cues.resize(std::max<size_t>(scratch.cues.size(), triggers_));
  scratch.cues_found.assign(triggers_, 0);
  for (int index : hits) {
    const Rule* rule = rules_[index];
    if (rule->before_re) {
      const int trigger = trigger_of_[index];
      std::vector<size_t>& at = scratch.cues[trigger];
      if (!scratch.cues_found[trigger]) {
        // Every place the trigger matches, each search starting one byte after the last match's
        // start, so a rule may try any of them.
        scratch.cues_found[trigger] = 1;
        at.clear();
        re2::StringPiece cue;
        for (size_t t = scope.begin;
             t <= scope.end && rule->trigger_re->Match(upto, t, scope.end, RE2::UNANCHORED, &cue, 1);) {
          at.push_back(static_cast<size_t>(cue.data() - upto.data()));
          t = at.back() + 1;
        }
      }
      FindAnchored(index, at, upto, scope, out);
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
      if (!PassesFilter(index, text, m)) continue;
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
void Matcher::FindAnchored(int index, const std::vector<size_t>& cues, std::string_view text, Span scope,
                           std::vector<Match>* out) const {
  const Rule& rule = *rules_[index];
  const RE2& before = *rule.before_re;
  const RE2& after = *rule.after_re;
  const int nb = before.NumberOfCapturingGroups() + 1;
  const int na = after.NumberOfCapturingGroups() + 1;
  Scratch& scratch = ThreadScratch();
  std::vector<re2::StringPiece>& bsub = scratch.bsub;
  std::vector<re2::StringPiece>& asub = scratch.asub;
  bsub.assign(nb, re2::StringPiece());
  asub.assign(na, re2::StringPiece());
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
    if (!PassesFilter(index, text, m)) continue;
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
