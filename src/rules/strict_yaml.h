// Strict reading of YAML with positions: one reader for every YAML file claimcheck loads (rule
// packs, .claimcheck.yaml). Unknown keys (with "did you mean"), duplicate keys (which yaml-cpp
// keeps silently), missing keys and wrong types are errors at path:line:column with the line.
// Not thread-safe; one reader per file.
#ifndef CLAIMCHECK_RULES_STRICT_YAML_H_
#define CLAIMCHECK_RULES_STRICT_YAML_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "base/source_text.h"
#include "base/status.h"

namespace claimcheck::rules {

class StrictYaml {
 public:
  // `yaml` must outlive the reader; errors are appended to `errors`.
  StrictYaml(std::string path, std::string_view yaml, std::vector<Status>* errors)
      : path_(std::move(path)), yaml_(yaml), errors_(errors) {}

  // Parses the whole text; a syntax error is reported and a null node returned.
  YAML::Node Parse();

  const std::string& path() const { return path_; }
  size_t error_count() const { return errors_->size(); }
  // yaml-cpp's marks count bytes; a location's column counts code points, like every other
  // column claimcheck prints (SourceText is the one place that converts).
  Location At(const YAML::Mark& mark) const;
  // An error at `mark`, with the offending line and a caret under the column.
  void Error(const YAML::Mark& mark, std::string message);

  // The keys of a mapping, checked against `allowed`, `required` and for duplicates.
  std::map<std::string, YAML::Node> Keys(const YAML::Node& map, const std::string& what,
                                         const std::vector<std::string>& allowed,
                                         const std::vector<std::string>& required = {});
  // A scalar as a string; "" after reporting an error for anything else.
  std::string Scalar(const YAML::Node& node, const std::string& what);
  // A list of scalars with their nodes (for positions); empty entries are dropped.
  std::vector<std::pair<std::string, YAML::Node>> StringList(const YAML::Node& node, const std::string& what);

 private:
  std::string path_;
  std::string_view yaml_;
  std::vector<Status>* errors_;
  mutable std::shared_ptr<const SourceText> source_;  // built on first use
  const SourceText& Source() const;
};

}  // namespace claimcheck::rules

#endif  // CLAIMCHECK_RULES_STRICT_YAML_H_
