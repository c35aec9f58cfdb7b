#include "app/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <map>
#include <sstream>
#include <tuple>

#include <yaml-cpp/yaml.h>

#include "base/calendar.h"
#include "base/edit_distance.h"
#include "check/registry.h"
#include "rules/strict_yaml.h"

namespace claimcheck::app {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTopKeys = {"checks", "severity", "rules", "exclude", "date", "max-findings",
                                           "max-paragraph-bytes"};
const std::vector<std::string> kCheckKeys = {"enable", "disable"};

// How specific a pattern is (see Config::For).
int Specificity(std::string_view pattern) {
  if (pattern == "all") return 0;
  if (pattern.find('*') == std::string_view::npos) return INT_MAX;
  return static_cast<int>(std::count_if(pattern.begin(), pattern.end(), [](char c) { return c != '*'; })) + 1;
}

class ConfigLoader : public rules::StrictYaml {
 public:
  ConfigLoader(const std::string& path, std::string_view yaml, const std::vector<std::string>& ids,
               std::vector<Status>* errors)
      : StrictYaml(path, yaml, errors), ids_(ids) {}

  Config Load() {
    Config config;
    config.path = path();
    config.dir = fs::path(path()).parent_path().string();
    const size_t errors_before = error_count();
    YAML::Node root = Parse();
    if (error_count() != errors_before) return config;
    if (root.IsNull()) return config;  // an empty file: the defaults
    // The most likely slip: `enable:` or `disable:` at the top instead of under `checks:`.
    if (root.IsMap()) {
      for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
        if (key == "enable" || key == "disable") {
          Error(it->first.Mark(), "'" + key + "' belongs under 'checks:', as in 'checks: {" + key + ": [...]}'");
          return config;
        }
      }
    }
    auto keys = Keys(root, "the configuration", kTopKeys);
    if (keys.count("checks")) {
      auto checks = Keys(keys["checks"], "checks", kCheckKeys);
      if (checks.count("enable")) config.enable = Patterns(checks["enable"], "checks.enable");
      if (checks.count("disable")) config.disable = Patterns(checks["disable"], "checks.disable");
    }
    if (keys.count("severity")) LoadSeverity(keys["severity"], &config);
    if (keys.count("rules")) {
      const YAML::Node& list = keys["rules"];
      auto entries = List(list, "rules");
      for (size_t i = 0; i < entries.size(); ++i) {
        auto& e = entries[i];
        e.value = config.dir.empty() ? e.value : (fs::path(config.dir) / e.value).lexically_normal().string();
        std::error_code ec;
        if (!fs::exists(e.value, ec)) {
          Error(list[i].Mark(), "rules: no rule pack or directory at '" + e.value + "'");
          continue;
        }
        config.rules.push_back(std::move(e));
      }
    }
    if (keys.count("exclude")) config.exclude = List(keys["exclude"], "exclude");
    if (keys.count("date")) {
      std::string d = Scalar(keys["date"], "date");
      if (!IsIsoCalendarDate(d)) {
        Error(keys["date"].Mark(), "date must be a real date written YYYY-MM-DD, got '" + d + "'");
      } else {
        config.date = Config::Entry{d, At(keys["date"].Mark())};
      }
    }
    if (keys.count("max-findings")) {
      std::string n = Scalar(keys["max-findings"], "max-findings");
      if (n.empty() || n.size() > 9 || n.find_first_not_of("0123456789") != std::string::npos) {
        Error(keys["max-findings"].Mark(), "max-findings must be a whole number (0: no limit), got '" + n + "'");
      } else {
        config.max_findings = std::stoul(n);
      }
    }
    if (keys.count("max-paragraph-bytes")) {
      std::string n = Scalar(keys["max-paragraph-bytes"], "max-paragraph-bytes");
      if (n.empty() || n.size() > 12 || n.find_first_not_of("0123456789") != std::string::npos) {
        Error(keys["max-paragraph-bytes"].Mark(),
              "max-paragraph-bytes must be a whole number of bytes (0: no limit), got '" + n + "'");
      } else {
        config.max_paragraph_bytes = std::stoull(n);
      }
    }
    return config;
  }

 private:
  std::vector<Config::Entry> List(const YAML::Node& node, const std::string& what) {
    std::vector<Config::Entry> out;
    for (const auto& [value, item] : StringList(node, what)) out.push_back({value, At(item.Mark())});
    return out;
  }

  // A check pattern must name at least one known check.
  bool ValidPattern(const std::string& pattern, const YAML::Mark& mark) {
    for (const auto& id : ids_) {
      if (MatchCheckPattern(pattern, id)) return true;
    }
    std::string hint = DidYouMeanCheck(pattern, ids_);
    if (hint.empty() && pattern.find('*') != std::string::npos) hint = " (the pattern matches no check)";
    Error(mark, "unknown check '" + pattern + "'" + hint);
    return false;
  }

  std::vector<Config::Entry> Patterns(const YAML::Node& node, const std::string& what) {
    std::vector<Config::Entry> out;
    if (!node.IsSequence()) {
      Error(node.Mark(), what + ": expected a list of check ids or groups (\"date.*\")");
      return out;
    }
    for (const auto& item : node) {
      std::string s = Scalar(item, what);
      if (!s.empty() && ValidPattern(s, item.Mark())) out.push_back({s, At(item.Mark())});
    }
    return out;
  }

  void LoadSeverity(const YAML::Node& node, Config* config) {
    if (!node.IsMap()) return Error(node.Mark(), "severity: expected a mapping CHECK: error|warning|info");
    std::vector<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string pattern = Scalar(it->first, "severity");
      if (pattern.empty() || !ValidPattern(pattern, it->first.Mark())) continue;
      if (std::find(seen.begin(), seen.end(), pattern) != seen.end()) {
        Error(it->first.Mark(), "duplicate key '" + pattern + "' in severity");
        continue;
      }
      seen.push_back(pattern);
      std::string level = Scalar(it->second, "severity of " + pattern);
      auto sev = ParseSeverity(level);
      if (!sev) {
        Error(it->second.Mark(), "severity must be error, warning or info, got '" + level + "'" +
                                     DidYouMean(level, {"error", "warning", "info"}));
        continue;
      }
      config->severity.push_back({pattern, *sev, At(it->second.Mark())});
    }
  }

  const std::vector<std::string>& ids_;
};

}  // namespace

bool MatchCheckPattern(std::string_view pattern, std::string_view id) {
  if (pattern == "all") return true;
  return fnmatch(std::string(pattern).c_str(), std::string(id).c_str(), 0) == 0;
}

std::string DidYouMeanCheck(std::string_view pattern, const std::vector<std::string>& check_ids) {
  std::vector<std::string> candidates = check_ids;
  for (const auto& id : check_ids) {
    size_t dot = id.find('.');
    if (dot == std::string::npos) continue;
    std::string group = id.substr(0, dot) + ".*";
    if (group == std::string(pattern) + ".*") return ", did you mean '" + group + "'?";
    if (std::find(candidates.begin(), candidates.end(), group) == candidates.end()) candidates.push_back(group);
  }
  return DidYouMean(pattern, candidates);
}

Config::Effective Config::For(const check::CheckInfo& check) const {
  Effective eff;
  eff.enabled = check.enabled_by_default;
  int best = -1;
  for (const auto* list : {&enable, &disable}) {
    for (const auto& e : *list) {
      if (!MatchCheckPattern(e.value, check.id)) continue;
      int s = Specificity(e.value);
      if (s > best || (s == best && list == &disable)) {
        best = s;
        eff.enabled = list == &enable;
        eff.enabled_by = &e;
      }
    }
  }
  best = -1;
  for (const auto& e : severity) {
    if (!MatchCheckPattern(e.pattern, check.id)) continue;
    int s = Specificity(e.pattern);
    if (s >= best) {  // a later entry of the same specificity wins
      best = s;
      eff.severity = e.severity;
      eff.severity_by = &e;
    }
  }
  return eff;
}

const Config::Entry* Config::ExcludedBy(const std::string& doc_path) const {
  if (exclude.empty()) return nullptr;
  fs::path base = fs::absolute(dir.empty() ? fs::path(".") : fs::path(dir)).lexically_normal();
  fs::path rel = fs::absolute(doc_path).lexically_normal().lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return nullptr;
  for (const auto& e : exclude) {
    std::string pattern = e.value;
    while (pattern.size() > 1 && pattern.back() == '/') pattern.pop_back();
    fs::path prefix;
    for (const auto& part : rel) {
      prefix /= part;
      if (fnmatch(pattern.c_str(), prefix.string().c_str(), 0) == 0) return &e;
    }
  }
  return nullptr;
}

Config ParseConfig(const std::string& path, std::string_view yaml, const std::vector<std::string>& check_ids,
                   std::vector<Status>* errors) {
  size_t first = errors->size();
  Config config = ConfigLoader(path, yaml, check_ids, errors).Load();
  // In file order, whatever order the keys were validated in.
  std::stable_sort(errors->begin() + static_cast<std::ptrdiff_t>(first), errors->end(),
                   [](const Status& a, const Status& b) {
                     return std::tie(a.where().line, a.where().column) < std::tie(b.where().line, b.where().column);
                   });
  return config;
}

std::string FindConfigFile(const std::string& path) {
  std::error_code ec;
  fs::path p(path);
  fs::path dir = fs::is_directory(p, ec) ? p : p.parent_path();
  if (dir.empty()) dir = ".";
  // Walk up lexically first (so the result stays relative when the input was), then physically.
  fs::path abs = fs::absolute(dir).lexically_normal();
  fs::path rel = dir.lexically_normal();
  while (true) {
    fs::path candidate = abs / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) {
      if (dir.is_absolute()) return candidate.string();
      fs::path out = (rel / kConfigFileName).lexically_normal();
      return out.string();
    }
    if (!abs.has_relative_path()) return "";
    abs = abs.parent_path();
    rel = rel.empty() || rel == "." ? fs::path("..") : (rel.filename() == ".." ? rel / ".." : rel.parent_path());
    if (rel.empty()) rel = ".";
  }
}

const Config* ConfigSet::For(const std::string& doc_path, std::ostream& err) {
  if (none_) return &defaults_;
  std::string path = explicit_;
  if (path.empty()) {
    // Documents in one directory share its config: the search up the tree runs once per
    // directory (keyed by the path's text before its last '/', which names one directory).
    std::error_code ec;
    const size_t slash = doc_path.rfind('/');
    const bool cacheable = slash != std::string::npos && !fs::is_directory(doc_path, ec);
    const std::string dir = cacheable ? doc_path.substr(0, slash) : std::string();
    auto found = cacheable ? found_in_.find(dir) : found_in_.end();
    if (found != found_in_.end()) {
      path = found->second;
    } else {
      path = FindConfigFile(doc_path);
      if (cacheable) found_in_.emplace(dir, path);
    }
  }
  if (path.empty()) return &defaults_;
  auto it = loaded_.find(path);
  if (it != loaded_.end()) return it->second.get();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << path << ": error: cannot read file\n";
    return nullptr;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::vector<Status> errors;
  auto config = std::make_unique<Config>(ParseConfig(path, bytes.str(), check::CheckIds(), &errors));
  for (const auto& e : errors) {
    if (!e.where().path.empty()) err << e.where().ToString() << ": ";
    err << "error: " << e.message() << "\n";
    if (!e.excerpt().empty()) err << "  " << e.excerpt() << "\n";
  }
  if (!errors.empty()) return nullptr;
  return (loaded_[path] = std::move(config)).get();
}

std::vector<const Config*> ConfigSet::Loaded() const {
  std::vector<const Config*> out;
  for (const auto& [path, c] : loaded_) out.push_back(c.get());
  return out;
}

}  // namespace claimcheck::app
