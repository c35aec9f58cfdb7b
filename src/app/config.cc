#include "app/config.h"

#include <fnmatch.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>
#include <sstream>
#include <tuple>

#include <yaml-cpp/yaml.h>

#include "base/edit_distance.h"

namespace claimcheck::app {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kTopKeys = {"checks", "severity", "rules", "exclude", "date"};
const std::vector<std::string> kCheckKeys = {"enable", "disable"};

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// How specific a pattern is (see Config::For).
int Specificity(std::string_view pattern) {
  if (pattern == "all") return 0;
  if (pattern.find('*') == std::string_view::npos) return INT_MAX;
  return static_cast<int>(std::count_if(pattern.begin(), pattern.end(), [](char c) { return c != '*'; })) + 1;
}

class ConfigLoader {
 public:
  ConfigLoader(const std::string& path, std::string_view yaml, const std::vector<std::string>& ids,
               std::vector<Status>* errors)
      : path_(path), yaml_(yaml), ids_(ids), errors_(errors) {}

  Config Load() {
    Config config;
    config.path = path_;
    config.dir = fs::path(path_).parent_path().string();
    YAML::Node root;
    try {
      root = YAML::Load(std::string(yaml_));
    } catch (const YAML::Exception& e) {
      Error(e.mark, "YAML syntax error: " + e.msg);
      return config;
    }
    if (root.IsNull()) return config;  // an empty file: the defaults
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
      if (!IsIsoDate(d)) {
        Error(keys["date"].Mark(), "date must be a real date written YYYY-MM-DD, got '" + d + "'");
      } else {
        config.date = Config::Entry{d, At(keys["date"].Mark())};
      }
    }
    return config;
  }

 private:
  Location At(const YAML::Mark& mark) const {
    if (mark.is_null()) return {path_};
    return {path_, mark.line + 1, mark.column + 1};
  }

  void Error(const YAML::Mark& mark, std::string message) {
    std::string excerpt;
    if (!mark.is_null()) {
      std::istringstream in{std::string(yaml_)};
      std::string line;
      for (int i = 0; i <= mark.line && std::getline(in, line); ++i) {
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      excerpt = line + "\n  " + std::string(std::max(0, mark.column), ' ') + "^";
    }
    errors_->push_back(Status::Error(std::move(message), At(mark), std::move(excerpt)));
  }

  std::map<std::string, YAML::Node> Keys(const YAML::Node& map, const std::string& what,
                                         const std::vector<std::string>& allowed) {
    std::map<std::string, YAML::Node> out;
    if (!map.IsMap()) {
      Error(map.Mark(), what + ": expected a mapping");
      return out;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (!it->first.IsScalar()) {
        Error(it->first.Mark(), what + ": keys must be strings");
        continue;
      }
      std::string key = it->first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        Error(it->first.Mark(), "unknown key '" + key + "' in " + what + DidYouMean(key, allowed));
        continue;
      }
      if (out.count(key)) {
        Error(it->first.Mark(), "duplicate key '" + key + "' in " + what);
        continue;
      }
      out[key] = it->second;
    }
    return out;
  }

  std::string Scalar(const YAML::Node& node, const std::string& what) {
    if (!node.IsScalar()) {
      Error(node.Mark(), what + ": expected a string");
      return "";
    }
    return node.Scalar();
  }

  std::vector<Config::Entry> List(const YAML::Node& node, const std::string& what) {
    std::vector<Config::Entry> out;
    if (!node.IsSequence()) {
      Error(node.Mark(), what + ": expected a list");
      return out;
    }
    for (const auto& item : node) {
      std::string s = Scalar(item, what);
      if (!s.empty()) out.push_back({s, At(item.Mark())});
    }
    return out;
  }

  // A check pattern must name at least one known check.
  bool ValidPattern(const std::string& pattern, const YAML::Mark& mark) {
    for (const auto& id : ids_) {
      if (MatchCheckPattern(pattern, id)) return true;
    }
    std::string hint = DidYouMean(pattern, ids_);
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

  std::string path_;
  std::string_view yaml_;
  const std::vector<std::string>& ids_;
  std::vector<Status>* errors_;
};

}  // namespace

bool MatchCheckPattern(std::string_view pattern, std::string_view id) {
  if (pattern == "all") return true;
  return fnmatch(std::string(pattern).c_str(), std::string(id).c_str(), 0) == 0;
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

}  // namespace claimcheck::app
