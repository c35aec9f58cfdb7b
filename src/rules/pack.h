// The C++ side of rule packs: what a loaded, compiled pack holds.
//
// A pack is one YAML file: `pack`, `description`, optional `macros` (NAME -> RE2 fragment, used as
// {NAME} in patterns), optional `lexicons` (name -> list of words, used as {@name} in patterns and
// by checks in code) and `rules`. Every rule names its `kind` (see RuleKinds()), which fixes the
// keys it may carry. docs/rule-packs.md is the reference.
//
// A RuleSet is immutable after loading and safe to share between threads (RE2 objects are
// thread-safe for matching).
#ifndef CLAIMCHECK_RULES_PACK_H_
#define CLAIMCHECK_RULES_PACK_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "base/finding.h"
#include "base/span.h"
#include "base/status.h"

namespace claimcheck::rules {

// A rule's example sentence. In `bad` examples the expected span is marked <m>like this</m>
// (the markers are removed from `text`; `marks` are byte spans into the cleaned text).
struct Example {
  std::string text;
  std::vector<Span> marks;
  Location where;
};

// The texts of `spans` in `text`, quoted and comma-separated, or "nothing" (for example runners'
// messages).
std::string DescribeSpans(const std::vector<Span>& spans, std::string_view text);

struct Rule;

// What every example runner checks of one rule: each bad example's marked spans are exactly the
// spans `found` gives for its text, and no good example gives any. `should` and `did` phrase the
// messages ("example should be recognised as ... but was recognised as ..."). Appends one error per
// failing example, at the example.
void CheckExamples(const Rule& rule, const std::function<std::vector<Span>(const std::string&)>& found,
                   std::string_view should, std::string_view did, std::vector<Status>* errors);

// A rule kind: a way of matching written in code, chosen by `kind:` in YAML.
struct RuleKind {
  std::string name;
  std::string summary;
  std::vector<std::string> required;  // keys beyond the common ones
  std::vector<std::string> optional;
};
// Every kind the loader accepts. One explicit list, in loader.cc.
const std::vector<RuleKind>& RuleKinds();

struct Rule {
  std::string id;    // "pack/rule", unique across the run
  std::string pack;
  std::string kind;  // one of RuleKinds()
  std::string description;
  std::string pattern;  // after macro and lexicon expansion
  // A cheaper pattern that matches wherever `pattern` can (e.g. the cue word of an attribution),
  // scanned for in the one-pass RE2::Set instead of `pattern`; "" to use `pattern` itself.
  std::string trigger;
  std::shared_ptr<const RE2> re;
  // `anchor: GROUP` (needs a trigger): the named group starts where the trigger matches and sits
  // at the top level of the pattern, so the pattern splits there. The part before the group is
  // matched backwards from each trigger match (RE2 runs an end-anchored pattern with its reverse
  // DFA) and the rest forwards, anchored: only the few bytes around each cue are scanned, not the
  // whole paragraph with a DFA whose states a source-first pattern multiplies.
  std::string anchor;
  std::shared_ptr<const RE2> trigger_re;  // set with anchor
  std::shared_ptr<const RE2> before_re;   // "(?:<pattern before the group>)$"
  std::shared_ptr<const RE2> after_re;    // the group and the rest
  int before_groups = 0;                  // capture groups in the part before

  std::vector<std::string> groups;  // named groups, by capture index - 1
  std::string filter;               // a named filter (filters.h), or ""
  std::vector<std::string> filter_args;
  std::optional<Severity> severity;
  // Kind-specific keys (e.g. `check`, `message`, `fix`, `span` for kind `pattern`), as strings.
  std::map<std::string, std::string> params;
  std::map<std::string, Location> param_where;
  std::vector<Example> bad;
  std::vector<Example> good;
  Location where;

  const std::string& Param(const std::string& key) const;  // "" when absent
  int GroupIndex(std::string_view name) const;               // capture index (>= 1), or -1
};

// The conflict semantics of one claim attribute (`attributes:` in a pack; docs/rule-packs.md):
// which values exclude each other, which changes over time are possible, numeric tolerance and
// direction, and the severity of a conflict by how firm it is and whether the story admits it.
struct AttributeSemantics {
  enum class Type { kState, kNumber, kDate };
  std::string name;  // "life-status"; its check is conflict.<name>
  Type type = Type::kState;
  // kState: the closed set of values (empty: open, any text, e.g. places). Two different values
  // at the same time exclude each other unless listed in `compatible`.
  std::vector<std::string> values;
  std::vector<std::pair<std::string, std::string>> compatible;
  // kState: value -> the values it may turn into later (a value with no entry never changes).
  std::map<std::string, std::vector<std::string>> transitions;
  bool any_transition = false;  // `transitions: any`
  // kNumber: the largest difference that is not a conflict; kDate: in days.
  double tolerance = 0;
  // kNumber: how the value may change over time (a death toll rises).
  enum class Direction { kNone, kRising, kFalling, kAny };
  Direction direction = Direction::kNone;
  // Which of the claim's times place it ("about", "made"), first known wins.
  std::vector<std::string> order_by = {"about", "made"};
  Severity silent = Severity::kWarning;        // two firm claims, the story says nothing
  Severity acknowledged = Severity::kInfo;     // the story admits the conflict
  Severity hedged = Severity::kInfo;           // either side is hedged
  Location where;

  // Whether a state may be `from` at one time and `to` at the next reported time (equal or
  // compatible values, or a direct transition; no unreported steps in between).
  bool CanBecome(const std::string& from, const std::string& to) const;
  bool Compatible(const std::string& a, const std::string& b) const;
};

struct Pack {
  std::string name;
  std::string description;
  std::string path;
  std::map<std::string, std::string> macros;
  std::map<std::string, std::vector<std::string>> lexicons;
  std::vector<Rule> rules;
  std::vector<AttributeSemantics> attributes;
};

class RuleSet {
 public:
  const std::vector<Pack>& packs() const { return packs_; }
  void Add(Pack pack) { packs_.push_back(std::move(pack)); }
  // A lexicon by "pack.name"; nullptr when missing.
  const std::vector<std::string>* Lexicon(std::string_view qualified) const;
  // Every rule of a kind, in load order.
  std::vector<const Rule*> RulesOfKind(std::string_view kind) const;
  const Rule* FindRule(std::string_view id) const;
  // The semantics of an attribute, from the first pack that defines it; nullptr when none does.
  const AttributeSemantics* Attribute(std::string_view name) const;

 private:
  std::vector<Pack> packs_;
};

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_PACK_H_
