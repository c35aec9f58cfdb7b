#include "app/baseline.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace claimcheck::app {

Result<Baseline> ParseBaseline(std::string_view text, const std::string& name) {
  using Json = nlohmann::json;
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // Find the line and column of the byte nlohmann reports (1-based, just past the problem).
    size_t at = e.byte > 0 ? std::min<size_t>(e.byte - 1, text.size()) : 0;
    int line = 1, col = 1;
    for (size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    return Status::Error("not a baseline file: invalid JSON", {name, line, col});
  } catch (const Json::out_of_range&) {
    // A number too large for a double (1e999): nlohmann throws this, not a parse error, and
    // gives no position.
    return Status::Error("not a baseline file: a number is out of range", {name});
  }
  auto bad = [&](const std::string& what) {
    return Status::Error("not a claimcheck baseline (version 1 or 2): " + what, {name});
  };
  if (!root.is_object() || !root.contains("version") || !(root["version"] == 1 || root["version"] == 2)) {
    return bad("\"version\": 2 missing");
  }
  if (!root.contains("findings") || !root["findings"].is_array()) return bad("\"findings\" must be a list");
  Baseline out;
  out.version = root["version"].get<int>();
  for (const auto& f : root["findings"]) {
    if (!f.is_object()) return bad("each finding must be an object");
    for (const char* key : {"path", "check", "fingerprint"}) {
      if (!f.contains(key) || !f[key].is_string()) return bad(std::string("a finding lacks \"") + key + "\"");
    }
    std::tuple<std::string, std::string, std::string> key{f["path"].get<std::string>(), f["check"].get<std::string>(),
                                                          f["fingerprint"].get<std::string>()};
    if (f.contains("message") && f["message"].is_string()) out.messages[key] = f["message"].get<std::string>();
    out.keys.insert(std::move(key));
  }
  return out;
}

std::string FormatBaseline(std::vector<BaselineEntry> entries) {
  using Json = nlohmann::ordered_json;
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.check, a.fingerprint, a.message) < std::tie(b.path, b.check, b.fingerprint, b.message);
  });
  Json findings = Json::array();
  for (const auto& e : entries) {
    findings.push_back({{"path", e.path}, {"check", e.check}, {"fingerprint", e.fingerprint}, {"message", e.message}});
  }
  Json root = {{"version", kBaselineVersion}, {"tool", "claimcheck"}, {"findings", std::move(findings)}};
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck::app
