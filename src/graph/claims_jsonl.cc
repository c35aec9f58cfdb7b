#include "graph/claims_jsonl.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "base/calendar.h"
#include "temporal/tagger.h"

namespace claimcheck::graph {
namespace {

using nlohmann::json;
namespace chr = std::chrono;

const char* const kModalities[] = {"asserted", "reported", "hedged", "denied"};

json Interval(const std::optional<chr::sys_days>& first, const std::optional<chr::sys_days>& last,
              const std::string& text) {
  if (!first) return nullptr;
  return json{{"first", temporal::FormatDay(*first)}, {"last", temporal::FormatDay(last ? *last : *first)}, {"text", text}};
}

class LineError {
 public:
  explicit LineError(std::string m) : message(std::move(m)) {}
  std::string message;
};

const json& Need(const json& j, const char* key, json::value_t type, const char* type_name) {
  auto it = j.find(key);
  if (it == j.end()) throw LineError(std::string("missing key '") + key + "'");
  if (it->type() != type && !(type == json::value_t::number_unsigned && it->is_number_integer())) {
    throw LineError(std::string("'") + key + "' must be " + type_name);
  }
  return *it;
}

std::string String(const json& j, const char* key, bool required) {
  if (!j.contains(key) && !required) return "";
  return Need(j, key, json::value_t::string, "a string").get<std::string>();
}

std::vector<std::string> Strings(const json& j, const char* key) {
  if (!j.contains(key)) return {};
  const json& a = Need(j, key, json::value_t::array, "a list of strings");
  std::vector<std::string> out;
  for (const auto& s : a) {
    if (!s.is_string()) throw LineError(std::string("'") + key + "' must be a list of strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

chr::sys_days ParseDay(const json& j, const std::string& what) {
  if (!j.is_string() || !IsIsoCalendarDate(j.get<std::string>())) throw LineError(what + " must be a date YYYY-MM-DD");
  const std::string s = j.get<std::string>();
  return chr::sys_days(chr::year{std::stoi(s.substr(0, 4))} / static_cast<unsigned>(std::stoi(s.substr(5, 2))) /
                       static_cast<unsigned>(std::stoi(s.substr(8, 2))));
}

void ReadInterval(const json& j, const char* key, std::optional<chr::sys_days>* first,
                  std::optional<chr::sys_days>* last, std::string* text) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (!it->is_object()) throw LineError(std::string("'") + key + "' must be an object {first, last, text} or null");
  for (const auto& [k, v] : it->items()) {
    if (k != "first" && k != "last" && k != "text") throw LineError(std::string("unknown key '") + k + "' in '" + key + "'");
  }
  *first = ParseDay(Need(*it, "first", json::value_t::string, "a date"), std::string(key) + ".first");
  *last = it->contains("last") ? ParseDay((*it)["last"], std::string(key) + ".last") : **first;
  if (**last < **first) throw LineError(std::string(key) + ".last comes before " + key + ".first");
  *text = String(*it, "text", false);
}

const std::vector<std::string> kKeys = {"document", "entity", "aliases", "attribute", "value", "about", "made",
                                        "polarity", "modality", "sources", "span", "rule"};

}  // namespace

void WriteClaimsJsonl(const std::string& path, const extract::DocumentClaims& claims,
                      const std::function<Span(Span)>& to_original, std::ostream& out) {
  for (const auto& c : claims.claims) {
    json j;
    j["document"] = path;
    const bool has_entity = c.subject >= 0 && c.subject < static_cast<int>(claims.entities.size());
    j["entity"] = has_entity ? claims.entities[c.subject].name : c.subject_name;
    j["aliases"] = has_entity ? claims.entities[c.subject].aliases : std::vector<std::string>{};
    j["attribute"] = c.attribute;
    j["value"] = c.value;
    j["about"] = Interval(c.about_first, c.about_last, c.about_text);
    j["made"] = Interval(c.made_first, c.made_last, c.made_text);
    j["polarity"] = c.polarity == extract::Polarity::kNegative ? "negative" : "positive";
    j["modality"] = kModalities[static_cast<int>(c.modality)];
    j["sources"] = c.sources;
    Span s = to_original(c.span);
    j["span"] = {{"begin", s.begin}, {"end", s.end}};
    j["rule"] = c.rule;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

Result<std::vector<ArchiveDocument>> ReadClaimsJsonl(const std::string& file, std::string_view text) {
  std::vector<ArchiveDocument> docs;
  std::map<std::string, size_t> doc_index;
  std::vector<std::map<std::string, int>> entity_index;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      json j = json::parse(line);
      if (!j.is_object()) throw LineError("expected one JSON object per line");
      for (const auto& [k, v] : j.items()) {
        if (std::find(kKeys.begin(), kKeys.end(), k) == kKeys.end()) throw LineError("unknown key '" + k + "'");
      }
      const std::string path = String(j, "document", true);
      auto [it, inserted] = doc_index.emplace(path, docs.size());
      if (inserted) {
        docs.push_back({path, {}});
        entity_index.emplace_back();
      }
      ArchiveDocument& doc = docs[it->second];
      extract::Claim c;
      c.subject_name = String(j, "entity", true);
      if (c.subject_name.empty()) throw LineError("'entity' must not be empty");
      auto [e, new_entity] = entity_index[it->second].emplace(c.subject_name, static_cast<int>(doc.claims.entities.size()));
      if (new_entity) {
        extract::Entity ent;
        ent.name = c.subject_name;
        doc.claims.entities.push_back(ent);
      }
      c.subject = e->second;
      auto& aliases = doc.claims.entities[c.subject].aliases;
      for (auto& a : Strings(j, "aliases")) {
        if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
      }
      c.attribute = String(j, "attribute", true);
      c.value = String(j, "value", true);
      ReadInterval(j, "about", &c.about_first, &c.about_last, &c.about_text);
      ReadInterval(j, "made", &c.made_first, &c.made_last, &c.made_text);
      const std::string polarity = String(j, "polarity", false);
      if (polarity == "negative") c.polarity = extract::Polarity::kNegative;
      else if (!polarity.empty() && polarity != "positive") throw LineError("'polarity' must be positive or negative");
      const std::string modality = String(j, "modality", false);
      if (!modality.empty()) {
        auto m = std::find(std::begin(kModalities), std::end(kModalities), modality);
        if (m == std::end(kModalities)) throw LineError("'modality' must be asserted, reported, hedged or denied");
        c.modality = static_cast<extract::Modality>(m - std::begin(kModalities));
      }
      c.sources = Strings(j, "sources");
      if (j.contains("span")) {
        const json& s = Need(j, "span", json::value_t::object, "an object {begin, end}");
        const json& b = Need(s, "begin", json::value_t::number_unsigned, "a byte offset");
        const json& en = Need(s, "end", json::value_t::number_unsigned, "a byte offset");
        if (b.get<int64_t>() < 0 || en.get<int64_t>() < b.get<int64_t>() || en.get<int64_t>() > 0xffffffffLL) {
          throw LineError("'span' must have 0 <= begin <= end");
        }
        c.span = {static_cast<uint32_t>(b.get<int64_t>()), static_cast<uint32_t>(en.get<int64_t>())};
      }
      c.rule = String(j, "rule", false);
      doc.claims.claims.push_back(std::move(c));
    } catch (const LineError& e) {
      return Status::Error("claims JSONL: " + e.message, {file, line_no, 0});
    } catch (const json::exception& e) {
      return Status::Error(std::string("claims JSONL: not valid JSON (") + e.what() + ")", {file, line_no, 0});
    }
  }
  return docs;
}

}  // namespace claimcheck::graph
