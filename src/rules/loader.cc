#include "rules/loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "base/edit_distance.h"
#include "rules/embedded.h"
#include "rules/filters.h"
#include "rules/matcher.h"
#include "rules/strict_yaml.h"

namespace claimcheck::rules {

const std::vector<RuleKind>& RuleKinds() {
  // One explicit list. Keys common to every kind: id, kind, description, pattern, filter,
  // severity, examples.
  static const std::vector<RuleKind> kKinds = {
      {"pattern",
       "an RE2 pattern over each paragraph; every match (that passes the filter) is a finding of "
       "`check`, with `message` and an optional certain `fix` (templates over the named groups)",
       {"check", "message"},
       {"fix", "span"}},
      {"time",
       "a temporal expression for the time stage: `type` (DATE, TIME, DURATION, SET) and a `value` "
       "template over the named groups, normalised by group name (docs/rule-packs-time.md)",
       {"type", "value"},
       {"span", "end", "mod", "role"}},
      {"entity",
       "a person, organisation or outlet for the extract stage: the `name` group (and an optional "
       "`title` group) of each match is an entity of `type` person, organization, outlet, group or place "
       "(docs/claims.md)",
       {"type"},
       {"span"}},
      {"attribution",
       "an attribution frame for the extract stage: `source` (optional), `cue` and `outlet` (optional) "
       "groups; `content` says where the content is: the `content` group, the rest of the sentence "
       "after the match, or the sentence before it (group, after, before) (docs/claims.md)",
       {"content"},
       {"span"}},
      {"claim",
       "a claim for the extract stage: the `subject` group is what the claim is about; `attribute` "
       "and a `value` template over the named groups; a `neg` group makes it negative (docs/claims.md)",
       {"attribute", "value"},
       {"span"}},
      {"tenure",
       "a person named with an office they held only within `terms` (\"2012-05-07..\", comma-separated "
       "FROM..TO, either end open); without a document date, a current-title mention rules out the "
       "years the calendar leaves open but the person did not hold the office (docs/rule-packs-time.md)",
       {"terms"},
       {}},
  };
  return kKinds;
}

namespace {

const std::vector<std::string> kPackKeys = {"pack", "description", "macros", "lexicons", "rules", "attributes"};
const std::vector<std::string> kAttributeKeys = {"type",      "values",    "compatible", "transitions",
                                                 "tolerance", "direction", "order-by",   "severity"};
const std::vector<std::string> kAttributeSeverityKeys = {"silent", "acknowledged", "hedged"};
const std::vector<std::string> kCommonRuleKeys = {"id",     "kind",     "description", "pattern",
                                                  "filter", "severity", "examples",    "trigger",
                                                  "anchor"};
const std::vector<std::string> kExampleKeys = {"bad", "good"};
const std::vector<std::string> kFilterKeys = {"name", "args"};

// Where "(?P<group>" opens in `pattern` if it is outside every group and character class, is
// not followed by a quantifier (which would make it optional or repeated), and the pattern has no
// top-level alternation (so the text before it is a prefix of every match). One walk: escapes
// and character classes are skipped, parentheses counted.
std::optional<size_t> TopLevelGroup(std::string_view pattern, std::string_view group) {
  const std::string open = "(?P<" + std::string(group) + ">";
  std::optional<size_t> found;
  bool closed = false, quantified = false;
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;
      for (; j < pattern.size() && pattern[j] != ']'; ++j) {
        if (pattern[j] == '\\') ++j;
      }
      i = j;
    } else if (c == '(') {
      if (depth == 0 && pattern.substr(i, open.size()) == open) found = i;
      ++depth;
    } else if (c == ')') {
      // The found group closes where the depth first returns to 0 after it.
      if (--depth == 0 && found && !closed) {
        closed = true;
        quantified = i + 1 < pattern.size() && std::string_view("?*+{").find(pattern[i + 1]) != std::string_view::npos;
      }
    } else if (c == '|' && depth == 0) {
      return std::nullopt;
    }
  }
  return quantified ? std::nullopt : found;
}

bool ValidName(std::string_view s, bool allow_dot) {
  if (s.empty() || !(std::islower(static_cast<unsigned char>(s[0])) || std::isdigit(static_cast<unsigned char>(s[0])))) {
    return false;
  }
  return std::all_of(s.begin(), s.end(), [&](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
           c == '-' || c == '_' || (allow_dot && c == '.');
  });
}

class PackLoader : public StrictYaml {
 public:
  PackLoader(std::string_view path, std::string_view yaml, std::vector<Status>* errors)
      : StrictYaml(std::string(path), yaml, errors) {}

  Pack Load() {
    Pack pack;
    pack.path = path();
    const size_t errors_before = error_count();
    YAML::Node root = Parse();
    if (error_count() != errors_before) return pack;
    if (!root.IsMap()) {
      Error(root.Mark(), "a rule pack must be a mapping with keys pack, description, rules");
      return pack;
    }
    auto keys = Keys(root, "pack", kPackKeys, {"pack", "description"});
    if (keys.count("pack")) {
      pack.name = Scalar(keys["pack"], "pack");
      if (!pack.name.empty() && !ValidName(pack.name, false)) {
        Error(keys["pack"].Mark(), "pack name '" + pack.name + "' must be lower-case letters, digits and '-'");
      }
    }
    if (keys.count("description")) pack.description = Scalar(keys["description"], "description");
    // Lexicons first: a macro may refer to one ({@name}) and is checked when loaded.
    if (keys.count("lexicons")) LoadLexicons(keys["lexicons"], &pack);
    if (keys.count("macros")) LoadMacros(keys["macros"], &pack);
    if (keys.count("rules")) LoadRules(keys["rules"], &pack);
    if (keys.count("attributes")) LoadAttributes(keys["attributes"], &pack);
    if (!keys.count("rules") && !keys.count("lexicons") && !keys.count("attributes")) {
      Error(root.Mark(), "pack '" + pack.name + "' has neither rules, lexicons nor attributes");
    }
    return pack;
  }

 private:
  void LoadMacros(const YAML::Node& node, Pack* pack) {
    if (!node.IsMap()) return Error(node.Mark(), "macros: expected a mapping NAME: pattern");
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string name = Scalar(it->first, "macro name");
      bool upper = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
      });
      if (!upper) {
        Error(it->first.Mark(), "macro name '" + name + "' must be upper-case (A-Z, 0-9, _)");
        continue;
      }
      if (pack->macros.count(name)) {
        Error(it->first.Mark(), "duplicate macro '" + name + "'");
        continue;
      }
      pack->macros[name] = Scalar(it->second, "macro " + name);
      macro_marks_[name] = it->second.Mark();
    }
    // Every macro must expand and compile on its own, so errors point at the macro.
    for (const auto& [name, body] : pack->macros) {
      auto expanded = ExpandPattern(body, *pack);
      if (!expanded.ok()) {
        Error(macro_marks_[name], "macro " + name + ": " + expanded.status().message());
        continue;
      }
      RE2::Options opts;
      opts.set_log_errors(false);
      RE2 re("(?:" + expanded.value() + ")", opts);
      if (!re.ok()) Error(macro_marks_[name], "macro " + name + " does not compile: " + re.error());
    }
  }

  void LoadLexicons(const YAML::Node& node, Pack* pack) {
    if (!node.IsMap()) return Error(node.Mark(), "lexicons: expected a mapping name: [entries]");
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string name = Scalar(it->first, "lexicon name");
      if (!ValidName(name, false)) {
        Error(it->first.Mark(), "lexicon name '" + name + "' must be lower-case letters, digits, '-' and '_'");
        continue;
      }
      if (pack->lexicons.count(name)) {
        Error(it->first.Mark(), "duplicate lexicon '" + name + "'");
        continue;
      }
      auto& words = pack->lexicons[name];
      std::set<std::string> seen;
      for (auto& [word, item] : StringList(it->second, "lexicon " + name)) {
        if (!seen.insert(word).second) {
          Error(item.Mark(), "lexicon " + name + ": duplicate entry '" + word + "'");
          continue;
        }
        words.push_back(word);
      }
      if (words.empty()) Error(it->second.Mark(), "lexicon " + name + " is empty");
    }
  }

  void LoadRules(const YAML::Node& node, Pack* pack) {
    if (!node.IsSequence()) return Error(node.Mark(), "rules: expected a list of rules");
    std::set<std::string> ids;
    for (const auto& item : node) {
      Rule rule;
      if (LoadRule(item, *pack, &rule)) {
        if (!ids.insert(rule.id).second) {
          Error(item.Mark(), "duplicate rule id '" + rule.id + "'");
          continue;
        }
        pack->rules.push_back(std::move(rule));
      }
    }
  }

  bool LoadRule(const YAML::Node& node, const Pack& pack, Rule* rule) {
    const size_t errors_before = error_count();
    rule->where = At(node.Mark());
    rule->pack = pack.name;
    if (!node.IsMap()) {
      Error(node.Mark(), "rule: expected a mapping");
      return false;
    }
    // The kind decides which further keys are allowed, so read it first.
    const RuleKind* kind = nullptr;
    std::string local_id;
    if (node["id"] && node["id"].IsScalar()) local_id = node["id"].Scalar();
    const std::string what = local_id.empty() ? "rule" : "rule '" + local_id + "'";
    // A wrong type in `id` or `kind` would otherwise surface as confusing errors about other keys.
    for (const char* key : {"id", "kind"}) {
      if (node[key] && !node[key].IsScalar()) {
        Error(node[key].Mark(), what + " " + key + ": expected a string");
        return false;
      }
    }
    if (node["kind"] && node["kind"].IsScalar()) {
      std::string k = node["kind"].Scalar();
      std::vector<std::string> names;
      for (const auto& rk : RuleKinds()) {
        names.push_back(rk.name);
        if (rk.name == k) kind = &rk;
      }
      if (!kind) Error(node["kind"].Mark(), what + ": unknown kind '" + k + "'" + DidYouMean(k, names));
    }
    std::vector<std::string> allowed = kCommonRuleKeys;
    std::vector<std::string> required = {"id", "kind", "pattern", "examples"};
    if (kind) {
      allowed.insert(allowed.end(), kind->required.begin(), kind->required.end());
      allowed.insert(allowed.end(), kind->optional.begin(), kind->optional.end());
      required.insert(required.end(), kind->required.begin(), kind->required.end());
    }
    auto keys = Keys(node, what, allowed, required);
    if (!kind) return false;
    rule->kind = kind->name;
    if (keys.count("id")) {
      if (!ValidName(local_id, true)) {
        Error(keys["id"].Mark(), "rule id '" + local_id + "' must be lower-case letters, digits, '-', '_' and '.'");
      }
      rule->id = pack.name + "/" + local_id;
    }
    if (keys.count("description")) rule->description = Scalar(keys["description"], what + " description");
    if (keys.count("severity")) {
      std::string sev = Scalar(keys["severity"], what + " severity");
      rule->severity = ParseSeverity(sev);
      if (!rule->severity) {
        Error(keys["severity"].Mark(), what + ": severity must be error, warning or info" +
                                           DidYouMean(sev, {"error", "warning", "info"}));
      }
    }
    for (const auto& key : allowed) {
      if (std::find(kCommonRuleKeys.begin(), kCommonRuleKeys.end(), key) != kCommonRuleKeys.end()) continue;
      if (!keys.count(key)) continue;
      rule->params[key] = Scalar(keys[key], what + " " + key);
      rule->param_where[key] = At(keys[key].Mark());
    }
    if (keys.count("pattern")) Compile(keys["pattern"], pack, what, rule);
    if (keys.count("trigger") && rule->re) CompileTrigger(keys["trigger"], pack, what, rule);
    if (keys.count("anchor") && rule->re) CompileAnchor(keys["anchor"], what, rule);
    if (keys.count("filter") && rule->re) LoadFilter(keys["filter"], what, rule);
    if (rule->re) CheckTemplates(keys, what, *rule);
    if (keys.count("examples")) LoadExamples(keys["examples"], what, rule);
    return error_count() == errors_before;
  }

  // A trigger must compile on its own; the rule's examples check that it fires wherever the
  // pattern does (the example runners go through the Matcher, which scans for the trigger).
  void CompileTrigger(const YAML::Node& node, const Pack& pack, const std::string& what, Rule* rule) {
    std::string source = Scalar(node, what + " trigger");
    if (source.empty()) return Error(node.Mark(), what + ": trigger is empty");
    auto expanded = ExpandPattern(source, pack);
    if (!expanded.ok()) return Error(node.Mark(), what + ": " + expanded.status().message());
    RE2::Options opts;
    opts.set_log_errors(false);
    RE2 re(expanded.value(), opts);
    if (!re.ok()) return Error(node.Mark(), what + ": trigger does not compile: " + re.error());
    rule->trigger = expanded.value();
  }

  // Splits the pattern at the anchor group (see Rule::anchor) and compiles both halves.
  void CompileAnchor(const YAML::Node& node, const std::string& what, Rule* rule) {
    std::string group = Scalar(node, what + " anchor");
    if (rule->trigger.empty()) return Error(node.Mark(), what + ": anchor needs a trigger (where the group starts)");
    if (rule->GroupIndex(group) < 0) {
      return Error(node.Mark(), what + ": anchor '" + group + "' is not a named group of the pattern" +
                                    DidYouMean(group, rule->groups));
    }
    std::optional<size_t> split = TopLevelGroup(rule->pattern, group);
    if (!split) {
      return Error(node.Mark(), what + ": anchor group '" + group +
                                    "' must be at the top level of the pattern (not inside a repetition, an "
                                    "optional part or an alternative), so the pattern can be split there");
    }
    // The part before the group is matched up to the group's start, which RE2 sees as the end of
    // the text: a word boundary there ("\b(?P<cue>said)") never matches, and the rule would find
    // nothing. The trigger already decides where the group starts.
    if (std::string_view(rule->pattern).substr(0, *split).ends_with("\\b")) {
      return Error(node.Mark(), what + ": a \\b right before anchor group '" + group +
                                    "' never matches (the part before the group ends where the group starts, the "
                                    "end of the text for RE2); the trigger decides where the group starts: drop the \\b");
    }
    RE2::Options opts;
    opts.set_log_errors(false);
    opts.set_max_mem(32 << 20);
    auto trigger = std::make_shared<RE2>(rule->trigger, opts);
    auto before = std::make_shared<RE2>("(?:" + rule->pattern.substr(0, *split) + ")$", opts);
    auto after = std::make_shared<RE2>(rule->pattern.substr(*split), opts);
    if (!before->ok() || !after->ok()) {
      return Error(node.Mark(), what + ": the pattern does not split at anchor group '" + group + "'");
    }
    rule->anchor = group;
    rule->before_groups = before->NumberOfCapturingGroups();
    rule->trigger_re = std::move(trigger);
    rule->before_re = std::move(before);
    rule->after_re = std::move(after);
  }

  void Compile(const YAML::Node& node, const Pack& pack, const std::string& what, Rule* rule) {
    std::string source = Scalar(node, what + " pattern");
    if (source.empty()) return;
    auto expanded = ExpandPattern(source, pack);
    if (!expanded.ok()) return Error(node.Mark(), what + ": " + expanded.status().message());
    rule->pattern = expanded.value();
    RE2::Options opts;
    opts.set_log_errors(false);  // errors are reported here, with a location
    opts.set_max_mem(32 << 20);
    auto re = std::make_shared<RE2>(rule->pattern, opts);
    if (!re->ok()) {
      std::string arg = re->error_arg().empty() ? "" : " (at '" + re->error_arg() + "')";
      return Error(node.Mark(), what + ": pattern does not compile: " + re->error() + arg);
    }
    const int n = re->NumberOfCapturingGroups();
    const auto& names = re->CapturingGroupNames();
    if (static_cast<int>(names.size()) != n) {
      return Error(node.Mark(), what + ": unnamed capture group; use (?:...) to group or (?P<name>...) to capture");
    }
    rule->groups.assign(n, "");
    for (const auto& [index, name] : names) rule->groups[index - 1] = name;
    rule->re = std::move(re);
  }

  void LoadFilter(const YAML::Node& node, const std::string& what, Rule* rule) {
    auto keys = Keys(node, what + " filter", kFilterKeys, {"name"});
    if (!keys.count("name")) return;
    std::string name = Scalar(keys["name"], what + " filter name");
    const FilterInfo* info = FindFilter(name);
    if (!info) {
      std::vector<std::string> names;
      for (const auto& f : Filters()) names.push_back(f.name);
      return Error(keys["name"].Mark(), what + ": unknown filter '" + name + "'" + DidYouMean(name, names));
    }
    rule->filter = name;
    if (keys.count("args")) {
      for (auto& [arg, item] : StringList(keys["args"], what + " filter args")) {
        if (rule->GroupIndex(arg) < 0) {
          Error(item.Mark(), what + ": filter argument '" + arg + "' is not a named group of the pattern" +
                                 DidYouMean(arg, rule->groups));
        }
        rule->filter_args.push_back(arg);
      }
    }
    int n = static_cast<int>(rule->filter_args.size());
    if (n < info->min_args || n > info->max_args) {
      Error(node.Mark(), what + ": filter '" + name + "' takes " + std::to_string(info->min_args) +
                             (info->max_args != info->min_args ? " to " + std::to_string(info->max_args) : "") +
                             " group names, got " + std::to_string(n));
    }
  }

  void CheckTemplates(std::map<std::string, YAML::Node>& keys, const std::string& what, const Rule& rule) {
    for (const char* key : {"message", "fix"}) {
      if (!keys.count(key)) continue;
      for (const auto& ph : TemplatePlaceholders(rule.Param(key))) {
        if (ph != "match" && rule.GroupIndex(ph) < 0) {
          Error(keys[key].Mark(), what + ": " + key + " refers to {" + ph +
                                      "}, which is neither {match} nor a named group" + DidYouMean(ph, rule.groups));
        }
      }
    }
    if (keys.count("span") && rule.GroupIndex(rule.Param("span")) < 0) {
      Error(keys["span"].Mark(), what + ": span '" + rule.Param("span") + "' is not a named group");
    }
  }

  void LoadExamples(const YAML::Node& node, const std::string& what, Rule* rule) {
    auto keys = Keys(node, what + " examples", kExampleKeys, {"bad", "good"});
    for (const char* side : {"bad", "good"}) {
      if (!keys.count(side)) continue;
      auto& out = std::string(side) == "bad" ? rule->bad : rule->good;
      for (auto& [text, item] : StringList(keys[side], what + " examples." + side)) {
        Example ex;
        ex.where = At(item.Mark());
        std::string_view rest = text;
        while (!rest.empty()) {
          size_t open = rest.find("<m>");
          if (open == std::string_view::npos) {
            ex.text += rest;
            break;
          }
          size_t close = rest.find("</m>", open);
          if (close == std::string_view::npos) {
            Error(item.Mark(), what + ": <m> without </m> in example");
            break;
          }
          ex.text += rest.substr(0, open);
          auto begin = static_cast<uint32_t>(ex.text.size());
          ex.text += rest.substr(open + 3, close - open - 3);
          ex.marks.push_back({begin, static_cast<uint32_t>(ex.text.size())});
          rest = rest.substr(close + 4);
        }
        bool bad = std::string(side) == "bad";
        if (bad && ex.marks.empty()) Error(item.Mark(), what + ": a bad example must mark the expected span with <m>...</m>");
        if (!bad && !ex.marks.empty()) Error(item.Mark(), what + ": a good example must not contain <m> marks");
        out.push_back(std::move(ex));
      }
      if (out.empty()) Error(keys[side].Mark(), what + ": examples." + side + " must hold at least one sentence");
    }
  }

  // `attributes:` (conflict semantics, one entry per claim attribute). Kept apart from the rule
  // kinds: an attribute is data about values, not a way of matching text.
  void LoadAttributes(const YAML::Node& node, Pack* pack) {
    if (!node.IsMap()) return Error(node.Mark(), "attributes: expected a mapping attribute-name: {type, ...}");
    for (auto it = node.begin(); it != node.end(); ++it) {
      AttributeSemantics a;
      a.name = Scalar(it->first, "attribute name");
      a.where = At(it->first.Mark());
      if (!ValidName(a.name, false)) {
        Error(it->first.Mark(), "attribute name '" + a.name + "' must be lower-case letters, digits, '-' and '_'");
        continue;
      }
      if (std::any_of(pack->attributes.begin(), pack->attributes.end(),
                      [&](const AttributeSemantics& x) { return x.name == a.name; })) {
        Error(it->first.Mark(), "duplicate attribute '" + a.name + "'");
        continue;
      }
      const size_t before = error_count();
      LoadAttribute(it->second, &a);
      if (error_count() == before) pack->attributes.push_back(std::move(a));
    }
  }

  void LoadAttribute(const YAML::Node& node, AttributeSemantics* a) {
    const std::string what = "attribute '" + a->name + "'";
    if (!node.IsMap()) return Error(node.Mark(), what + ": expected a mapping with type, values, ...");
    auto keys = Keys(node, what, kAttributeKeys, {"type"});
    if (!keys.count("type")) return;
    const std::string type = Scalar(keys["type"], what + " type");
    using T = AttributeSemantics::Type;
    if (type == "state") {
      a->type = T::kState;
    } else if (type == "number") {
      a->type = T::kNumber;
    } else if (type == "date") {
      a->type = T::kDate;
    } else {
      return Error(keys["type"].Mark(), what + ": type must be state, number or date" +
                                            DidYouMean(type, {"state", "number", "date"}));
    }
    auto only_for = [&](const char* key, T t, const char* tname) {
      if (keys.count(key) && a->type != t) {
        Error(keys[key].Mark(), what + ": '" + key + "' applies only to type " + tname);
        keys.erase(key);
      }
    };
    only_for("values", T::kState, "state");
    only_for("compatible", T::kState, "state");
    only_for("transitions", T::kState, "state");
    only_for("direction", T::kNumber, "number");
    if (keys.count("tolerance") && a->type == T::kState) {
      Error(keys["tolerance"].Mark(), what + ": 'tolerance' applies only to types number and date");
      keys.erase("tolerance");
    }
    std::set<std::string> values;
    if (keys.count("values")) {
      for (auto& [v, item] : StringList(keys["values"], what + " values")) {
        if (!values.insert(v).second) Error(item.Mark(), what + ": duplicate value '" + v + "'");
        a->values.push_back(v);
      }
      if (a->values.empty()) Error(keys["values"].Mark(), what + ": values is empty (leave it out for open values)");
    }
    std::vector<std::string> value_list(values.begin(), values.end());
    auto known = [&](const std::string& v, const YAML::Node& at) {
      if (!values.empty() && !values.count(v)) {
        Error(at.Mark(), what + ": '" + v + "' is not one of its values" + DidYouMean(v, value_list));
        return false;
      }
      return true;
    };
    if (keys.count("compatible")) {
      const YAML::Node& list = keys["compatible"];
      if (!list.IsSequence()) {
        Error(list.Mark(), what + ": compatible must be a list of [value, value] pairs");
      } else {
        for (const auto& pair : list) {
          if (!pair.IsSequence() || pair.size() != 2) {
            Error(pair.Mark(), what + ": each compatible entry must be a pair [value, value]");
            continue;
          }
          auto items = StringList(pair, what + " compatible pair");
          if (items.size() != 2) {
            Error(pair.Mark(), what + ": each compatible entry must be a pair [value, value]");
            continue;
          }
          if (known(items[0].first, items[0].second) && known(items[1].first, items[1].second)) {
            a->compatible.emplace_back(items[0].first, items[1].first);
          }
        }
      }
    }
    if (keys.count("transitions")) {
      const YAML::Node& t = keys["transitions"];
      if (t.IsScalar() && t.Scalar() == "any") {
        a->any_transition = true;
      } else if (!t.IsMap()) {
        Error(t.Mark(), what + ": transitions must be `any` or a mapping value: [later values]");
      } else {
        for (auto jt = t.begin(); jt != t.end(); ++jt) {
          std::string from = Scalar(jt->first, what + " transition");
          if (from.empty() || !known(from, jt->first)) continue;
          if (a->transitions.count(from)) {
            Error(jt->first.Mark(), what + ": duplicate transition from '" + from + "'");
            continue;
          }
          auto& to = a->transitions[from];
          if (jt->second.IsSequence() && jt->second.size() == 0) continue;  // `[]`: never changes
          for (auto& [v, item] : StringList(jt->second, what + " transitions from " + from)) {
            if (known(v, item)) to.push_back(v);
          }
        }
      }
    }
    if (keys.count("tolerance")) {
      const std::string t = Scalar(keys["tolerance"], what + " tolerance");
      char* end = nullptr;
      double v = std::strtod(t.c_str(), &end);
      if (t.empty() || end != t.c_str() + t.size() || !(v >= 0)) {
        Error(keys["tolerance"].Mark(), what + ": tolerance must be a number >= 0, got '" + t + "'");
      } else {
        a->tolerance = v;
      }
    }
    if (keys.count("direction")) {
      const std::string d = Scalar(keys["direction"], what + " direction");
      using D = AttributeSemantics::Direction;
      static const std::vector<std::pair<std::string, D>> kDirections = {
          {"none", D::kNone}, {"rising", D::kRising}, {"falling", D::kFalling}, {"any", D::kAny}};
      auto found = std::find_if(kDirections.begin(), kDirections.end(), [&](const auto& p) { return p.first == d; });
      if (found == kDirections.end()) {
        Error(keys["direction"].Mark(), what + ": direction must be none, rising, falling or any" +
                                            DidYouMean(d, {"none", "rising", "falling", "any"}));
      } else {
        a->direction = found->second;
      }
    }
    if (keys.count("order-by")) {
      a->order_by.clear();
      for (auto& [v, item] : StringList(keys["order-by"], what + " order-by")) {
        if (v != "about" && v != "made") {
          Error(item.Mark(), what + ": order-by takes about and made" + DidYouMean(v, {"about", "made"}));
          continue;
        }
        a->order_by.push_back(v);
      }
      if (a->order_by.empty()) Error(keys["order-by"].Mark(), what + ": order-by must name about, made or both");
    }
    if (keys.count("severity")) {
      auto sev = Keys(keys["severity"], what + " severity", kAttributeSeverityKeys);
      for (auto& [name, n] : sev) {
        std::string s = Scalar(n, what + " severity." + name);
        auto parsed = ParseSeverity(s);
        if (!parsed) {
          Error(n.Mark(), what + ": severity." + name + " must be error, warning or info" +
                              DidYouMean(s, {"error", "warning", "info"}));
          continue;
        }
        (name == "silent" ? a->silent : name == "acknowledged" ? a->acknowledged : a->hedged) = *parsed;
      }
    }
  }

  std::map<std::string, YAML::Mark> macro_marks_;
};

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot open rule pack", {path});
  std::ostringstream s;
  s << in.rdbuf();
  *out = s.str();
  return {};
}

Status ExpandInto(std::string_view pattern, const Pack& pack, int depth, std::string* out) {
  if (depth > 16) return Status::Error("macros nest too deeply (a macro refers to itself?)");
  for (size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out->append(pattern.substr(i, 2));
      ++i;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() && (std::isupper(static_cast<unsigned char>(pattern[i + 1])) || pattern[i + 1] == '@')) {
      size_t close = pattern.find('}', i);
      if (close == std::string_view::npos) return Status::Error("unterminated {macro} reference");
      std::string name(pattern.substr(i + 1, close - i - 1));
      if (name[0] == '@') {
        auto it = pack.lexicons.find(name.substr(1));
        if (it == pack.lexicons.end()) {
          std::vector<std::string> names;
          for (const auto& [n, w] : pack.lexicons) names.push_back("@" + n);
          return Status::Error("unknown lexicon {" + name + "}" + DidYouMean(name, names));
        }
        std::vector<std::string> words = it->second;
        // RE2 alternation is leftmost-first: longer entries first so "Sept" wins over "Sep".
        std::stable_sort(words.begin(), words.end(),
                         [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        *out += "(?:";
        for (size_t w = 0; w < words.size(); ++w) {
          if (w) *out += '|';
          *out += RE2::QuoteMeta(words[w]);
        }
        *out += ')';
      } else {
        auto it = pack.macros.find(name);
        if (it == pack.macros.end()) {
          std::vector<std::string> names;
          for (const auto& [n, b] : pack.macros) names.push_back(n);
          return Status::Error("unknown macro {" + name + "}" + DidYouMean(name, names));
        }
        *out += "(?:";
        Status s = ExpandInto(it->second, pack, depth + 1, out);
        if (!s.ok()) return s;
        *out += ')';
      }
      i = close;
      continue;
    }
    out->push_back(c);
  }
  return {};
}

}  // namespace

Result<std::string> ExpandPattern(std::string_view pattern, const Pack& pack) {
  std::string out;
  Status s = ExpandInto(pattern, pack, 0, &out);
  if (!s.ok()) return s;
  return out;
}

Pack LoadPack(std::string_view path, std::string_view yaml, std::vector<Status>* errors) {
  return PackLoader(path, yaml, errors).Load();
}

LoadResult LoadRules(bool builtin, const std::vector<std::string>& dirs) {
  LoadResult result;
  std::vector<std::pair<std::string, std::string>> sources;  // path, yaml
  if (builtin) {
    for (const auto& p : EmbeddedPacks()) sources.emplace_back(std::string(p.path), std::string(p.yaml));
  }
  namespace fs = std::filesystem;
  for (const auto& dir : dirs) {
    std::error_code ec;
    std::vector<std::string> files;
    if (fs::is_directory(dir, ec)) {
      for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file() && (it->path().extension() == ".yaml" || it->path().extension() == ".yml")) {
          files.push_back(it->path().string());
        }
      }
      if (files.empty()) result.errors.push_back(Status::Error("no .yaml rule packs in directory", {dir}));
    } else if (fs::exists(dir, ec)) {
      files.push_back(dir);
    } else {
      result.errors.push_back(Status::Error("no such rule pack file or directory", {dir}));
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string yaml;
      Status s = ReadFile(f, &yaml);
      if (!s.ok()) {
        result.errors.push_back(s);
        continue;
      }
      sources.emplace_back(f, std::move(yaml));
    }
  }
  std::map<std::string, std::string> pack_paths;
  for (const auto& [path, yaml] : sources) {
    size_t before = result.errors.size();
    Pack pack = LoadPack(path, yaml, &result.errors);
    if (result.errors.size() != before) continue;
    auto [it, inserted] = pack_paths.emplace(pack.name, path);
    if (!inserted) {
      result.errors.push_back(Status::Error("pack '" + pack.name + "' is already defined in " + it->second, {path}));
      continue;
    }
    result.rules.Add(std::move(pack));
  }
  return result;
}

}  // namespace claimcheck::rules
