#include "rules/strict_yaml.h"

#include <algorithm>
#include <sstream>

#include "base/edit_distance.h"

namespace claimcheck::rules {

YAML::Node StrictYaml::Parse() {
  try {
    return YAML::Load(std::string(yaml_));
  } catch (const YAML::ParserException& e) {
    Error(e.mark, "YAML syntax error: " + e.msg);
  } catch (const YAML::Exception& e) {
    Error(e.mark, "cannot read YAML: " + e.msg);
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

const SourceText& StrictYaml::Source() const {
  if (!source_) source_ = std::make_shared<const SourceText>(path_, std::string(yaml_));
  return *source_;
}

Location StrictYaml::At(const YAML::Mark& mark) const {
  if (mark.is_null()) return {path_};
  const SourceText& src = Source();
  if (mark.line < 0 || mark.line >= src.LineCount()) return {path_, mark.line + 1, mark.column + 1};
  LineCol at = src.Position(src.LineStart(mark.line + 1) + static_cast<uint32_t>(std::max(0, mark.column)));
  return {path_, at.line, at.column};
}

void StrictYaml::Error(const YAML::Mark& mark, std::string message) {
  std::string excerpt;
  if (!mark.is_null()) {
    std::istringstream in{std::string(yaml_)};
    std::string line;
    for (int i = 0; i <= mark.line && std::getline(in, line); ++i) {
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    excerpt = line + "\n  " + std::string(std::max(0, At(mark).column - 1), ' ') + "^";
  }
  errors_->push_back(Status::Error(std::move(message), At(mark), std::move(excerpt)));
}

std::map<std::string, YAML::Node> StrictYaml::Keys(const YAML::Node& map, const std::string& what,
                                                   const std::vector<std::string>& allowed,
                                                   const std::vector<std::string>& required) {
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
      Error(it->first.Mark(), "duplicate key '" + key + "' in " + what + " (first at line " +
                                  std::to_string(out[key].Mark().line + 1) + ")");
      continue;
    }
    out[key] = it->second;
  }
  for (const auto& r : required) {
    if (!out.count(r)) Error(map.Mark(), what + ": missing required key '" + r + "'");
  }
  return out;
}

std::string StrictYaml::Scalar(const YAML::Node& node, const std::string& what) {
  if (!node.IsScalar()) {
    Error(node.Mark(), what + ": expected a string");
    return "";
  }
  return node.Scalar();
}

std::vector<std::pair<std::string, YAML::Node>> StrictYaml::StringList(const YAML::Node& node,
                                                                       const std::string& what) {
  std::vector<std::pair<std::string, YAML::Node>> out;
  if (!node.IsSequence()) {
    Error(node.Mark(), what + ": expected a list");
    return out;
  }
  for (const auto& item : node) {
    std::string s = Scalar(item, what);
    if (!s.empty()) out.emplace_back(s, item);
  }
  return out;
}

}  // namespace claimcheck::rules
