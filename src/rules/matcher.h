// Runs many rules over a text with one RE2::Set pass as a prefilter: a scope (a paragraph, say)
// is scanned once by the set, and only the rules the set reports are run for their positions and
// captures. Immutable after Build; thread-safe (each thread reuses its own scan buffers).
#ifndef CLAIMCHECK_RULES_MATCHER_H_
#define CLAIMCHECK_RULES_MATCHER_H_

#include <functional>
#include <memory>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include <re2/set.h>

#include "base/status.h"
#include "rules/filters.h"
#include "rules/pack.h"

namespace claimcheck::rules {

struct Match {
  const Rule* rule = nullptr;
  Span span;                                // whole match
  std::vector<std::optional<Span>> groups;  // by capture index; [0] is the whole match

  std::optional<Span> Group(std::string_view name) const {
    int i = rule->GroupIndex(name);
    return i < 0 ? std::nullopt : groups[i];
  }
};

class Matcher {
 public:
  Matcher() = default;
  // An empty list of rules gives a matcher that finds nothing.
  static Result<Matcher> Build(std::vector<const Rule*> rules);

  // Appends every match of every rule inside text[scope], leftmost-first and non-overlapping per
  // rule, that passes the rule's filter. Spans are offsets into `text`. A rule with an `anchor`
  // is matched at each of its trigger's matches instead (Rule::anchor, FindAnchored).
  void FindAll(std::string_view text, Span scope, std::vector<Match>* out) const;

  const std::vector<const Rule*>& rules() const { return rules_; }

 private:
  // Where an anchored rule's trigger matches in the scope, searched once per distinct trigger per
  // FindAll (several attribution rules share one cue lexicon) and shared by those rules.
  void FindAnchored(int index, const std::vector<size_t>& cues, std::string_view text, Span scope,
                    std::vector<Match>* out) const;
  // Whether the match of rules_[index] passes the rule's filter (true when it has none).
  bool PassesFilter(int index, std::string_view text, const Match& m) const;

  // A rule's filter, looked up once: the function and the capture indices of its arguments.
  struct Filter {
    const FilterInfo* fn = nullptr;
    std::vector<int> args;
  };

  std::vector<const Rule*> rules_;
  std::shared_ptr<RE2::Set> set_;
  std::vector<std::vector<int>> rules_of_entry_;  // by set entry: the rules whose pattern it is
  std::vector<int> trigger_of_;  // by rule: index of its distinct trigger among anchored rules, or -1
  int triggers_ = 0;             // how many distinct triggers anchored rules have
  std::vector<Filter> filters_;  // by rule
};

// The "{name}" placeholders of a template, in order.
std::vector<std::string> TemplatePlaceholders(std::string_view tmpl);

// Copies a template, replacing each "{name}" by lookup(name); a "{" without "}" is literal.
std::string FillTemplate(std::string_view tmpl, const std::function<std::string(std::string_view)>& lookup);

// Fills a message or fix template: {match} and {group} from the match (text is the scanned text).
std::string ExpandTemplate(std::string_view tmpl, const Match& m, std::string_view text);

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_MATCHER_H_
