#include "app/shard.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <istream>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "check/acknowledgements.h"
#include "check/conflicts.h"
#include "check/open_archive.h"
#include "check/open_findings.h"
#include "graph/claim_graph.h"
#include "ingest/reader.h"

namespace claimcheck::app {
namespace {

using nlohmann::json;
namespace chr = std::chrono;

json Interval(const std::optional<chr::sys_days>& first, const std::optional<chr::sys_days>& last,
              const std::string& text) {
  if (!first) return nullptr;
  return json::array({first->time_since_epoch().count(), (last ? *last : *first).time_since_epoch().count(), text});
}

void ReadInterval(const json& j, std::optional<chr::sys_days>* first, std::optional<chr::sys_days>* last,
                  std::string* text) {
  if (j.is_null()) return;
  *first = chr::sys_days(chr::days(j.at(0).get<int>()));
  *last = chr::sys_days(chr::days(j.at(1).get<int>()));
  *text = j.at(2).get<std::string>();
}

// A [begin, end] pair of byte offsets.
Span ReadSpan(const json& j) { return {j.at(0).get<uint32_t>(), j.at(1).get<uint32_t>()}; }

// Calls `read` on each non-empty line of `in`, a JSON record, with its location (`name`:line);
// stops at the first error, a line that is not JSON or lacks a field included, which names
// `what` and the line.
Status ForEachRecord(std::istream& in, const std::string& name, const std::string& what,
                     const std::function<Status(const json&, const Location&)>& read) {
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    const Location at{name, line_no, 0};
    try {
      Status s = read(json::parse(line), at);
      if (!s.ok()) return s;
    } catch (const json::exception& e) {
      return Status::Error(what + ": " + e.what(), at);
    }
  }
  return {};
}

}  // namespace

void WriteShardClaims(const std::vector<check::Analysis>& analyses, const rules::RuleSet& rules, std::ostream& out) {
  const std::vector<std::string> cues = check::AcknowledgementCues(rules);
  for (const check::Analysis& a : analyses) {
    if (a.archive) continue;
    const extract::DocumentClaims& dc = a.claims;
    // The open layer's claims (read when the open conflict checks are on) share one entity table
    // with the typed ones: theirs begins with the typed claims' entities.
    const extract::DocumentClaims* open = a.open_claims && !a.open_claims->claims.empty() ? &*a.open_claims : nullptr;
    const extract::DocumentClaims& table = open ? *open : dc;
    const std::string& path = a.doc->source.path();
    std::set<std::string> attributes;
    std::set<std::string> names;
    for (const auto* claims : {&dc, open}) {
      if (!claims) continue;
      for (const auto& c : claims->claims) {
        attributes.insert(c.attribute);
        if (c.subject < 0 && !c.subject_name.empty()) names.insert(graph::NameKey(c.subject_name));
      }
    }
    json entities = json::array();
    for (const auto& e : table.entities) entities.push_back(graph::MergeKeys(e));
    json doc = {{"type", "doc"}, {"doc", a.index}, {"path", path}, {"attributes", attributes},
                {"entities", std::move(entities)}, {"names", names}};
    out << doc.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    size_t index = 0;  // typed claims first, then open ones, as one run numbers them in their groups
    for (const auto* claims : {&dc, open}) {
      if (!claims) continue;
      const bool is_open = claims == open;
      const std::vector<char> acknowledged = check::AcknowledgedClaims(a, *claims, cues);
      for (size_t i = 0; i < claims->claims.size(); ++i, ++index) {
        const extract::Claim& c = claims->claims[i];
        const bool has_entity = c.subject >= 0 && c.subject < static_cast<int>(claims->entities.size());
        // Claims in no group, or of an attribute without conflict semantics, are never compared.
        if ((!has_entity && c.subject_name.empty()) ||
            (!is_open && !rules.Attribute(c.attribute))) {
          continue;
        }
        const Span at = a.text.ToOriginal(c.span);
        json j = {{"type", "claim"},
                  {"doc", a.index},
                  {"claim", index},
                  {"path", path},
                  {"entity", has_entity ? c.subject : -1},
                  {"name", has_entity ? "" : graph::NameKey(c.subject_name)},
                  {"subject", !c.subject_name.empty() ? c.subject_name : has_entity ? claims->entities[c.subject].name : ""},
                  {"attribute", c.attribute},
                  {"value", c.value},
                  {"about", Interval(c.about_first, c.about_last, c.about_text)},
                  {"made", Interval(c.made_first, c.made_last, c.made_text)},
                  {"negative", c.polarity == extract::Polarity::kNegative},
                  {"modality", static_cast<int>(c.modality)},
                  {"sources", c.sources},
                  {"speaker", check::Speaker(dc, c)},
                  {"ack", acknowledged[i] != 0},
                  {"span", {c.span.begin, c.span.end}},
                  {"at", {at.begin, at.end}},
                  {"rule", c.rule}};
        // What the open checks' findings quote (check/open_findings.h).
        if (is_open) j["quote"] = check::OpenClaimQuote(a.text.Slice(c.span), c);
        out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
      }
    }
  }
}

namespace {

// One claim of a group, as read back.
struct GroupClaim {
  int64_t doc = 0;
  int64_t index = 0;  // in its story
  std::string path;
  std::string speaker;
  bool ack = false;
  Span at;
  std::string quote;  // open-layer claims: the clause the finding quotes
  extract::Claim claim;
};

// Runs the conflict check over one group's claims (all about one merged entity, one attribute).
void CheckGroup(std::vector<GroupClaim>& group, const rules::RuleSet& rules, std::ostream& out) {
  std::sort(group.begin(), group.end(),
            [](const GroupClaim& a, const GroupClaim& b) { return std::tie(a.doc, a.index) < std::tie(b.doc, b.index); });
  // One story per distinct document, numbered densely in run order; each holds one entity that
  // every story shares, so the group merges as it did in the shuffle.
  std::vector<extract::DocumentClaims> claims;
  std::vector<check::ConflictDocument> docs;
  std::vector<std::vector<const GroupClaim*>> members;
  for (const GroupClaim& g : group) {
    if (members.empty() || members.back().front()->doc != g.doc) {
      members.emplace_back();
      claims.emplace_back();
      claims.back().entities.push_back(extract::Entity{"\x01group", {}, {}, {}, {}});
    }
    members.back().push_back(&g);
    extract::Claim c = g.claim;
    c.subject = 0;
    claims.back().claims.push_back(std::move(c));
  }
  for (size_t d = 0; d < claims.size(); ++d) {
    check::ConflictDocument doc;
    doc.doc = static_cast<int>(d);
    doc.path = members[d].front()->path;
    doc.claims = &claims[d];
    for (const GroupClaim* g : members[d]) {
      doc.acknowledged.push_back(g->ack ? 1 : 0);
      doc.speakers.push_back(g->speaker);
    }
    docs.push_back(std::move(doc));
  }
  const std::string& attribute = group.front().claim.attribute;
  const bool open = check::IsOpenAttribute(attribute);
  check::Comparison cmp = check::CompareClaims(docs, rules, attribute);
  for (const auto& c : cmp.conflicts) {
    const GroupClaim& at = *members[c.at.doc][c.at.claim];
    const GroupClaim& other = *members[c.other.doc][c.other.claim];
    std::string id = "conflict." + c.attribute, message = c.message, related_message = c.other_message;
    if (open) {
      // Worded and classified as the open conflict checks do (open_conflict_check.cc).
      const extract::Claim &ca = at.claim, &co = other.claim;
      if (!check::SameSubjectName(ca.subject_name, co.subject_name)) continue;
      id = check::OpenConflictId(ca, co);
      const std::string other_side = check::DescribeOpenClaim(co, other.speaker, other.quote);
      message = check::OpenConflictMessage(ca.subject_name, check::DescribeOpenClaim(ca, at.speaker, at.quote),
                                           other_side, c.flipped, c.acknowledged);
      related_message = check::OpenRelatedMessage(other_side, c.flipped);
    }
    json j = {{"check", id},
              {"severity", std::string(SeverityName(c.severity))},
              {"message", message},
              {"path", at.path},
              {"span", {at.at.begin, at.at.end}},
              {"rule", at.claim.rule},
              {"related_path", other.path},
              {"related_span", {other.at.begin, other.at.end}},
              {"related_message", related_message}};
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  }
}

}  // namespace

Status CheckGroups(const rules::RuleSet& rules, const std::string& name, std::istream& in, std::ostream& out) {
  std::map<int64_t, std::vector<GroupClaim>> groups;
  Status read = ForEachRecord(in, name, "shuffle record", [&](const json& j, const Location& at) -> Status {
    GroupClaim g;
    g.doc = j.at("doc").get<int64_t>();
    g.index = j.at("claim").get<int64_t>();
    g.path = j.at("path").get<std::string>();
    g.speaker = j.at("speaker").get<std::string>();
    g.ack = j.at("ack").get<bool>();
    g.at = ReadSpan(j.at("at"));
    if (j.contains("quote")) g.quote = j.at("quote").get<std::string>();
    extract::Claim& c = g.claim;
    c.subject_name = j.at("subject").get<std::string>();
    c.attribute = j.at("attribute").get<std::string>();
    c.value = j.at("value").get<std::string>();
    ReadInterval(j.at("about"), &c.about_first, &c.about_last, &c.about_text);
    ReadInterval(j.at("made"), &c.made_first, &c.made_last, &c.made_text);
    c.polarity = j.at("negative").get<bool>() ? extract::Polarity::kNegative : extract::Polarity::kPositive;
    const int modality = j.at("modality").get<int>();
    if (modality < 0 || modality > 3) return Status::Error("shuffle record: bad modality", at);
    c.modality = static_cast<extract::Modality>(modality);
    c.sources = j.at("sources").get<std::vector<std::string>>();
    c.span = ReadSpan(j.at("span"));
    c.rule = j.at("rule").get<std::string>();
    groups[j.at("group").get<int64_t>()].push_back(std::move(g));
    return {};
  });
  if (!read.ok()) return read;
  for (auto& [id, group] : groups) {
    if (group.size() >= 2) CheckGroup(group, rules, out);
  }
  return {};
}

Result<std::vector<ConflictFinding>> ReadConflictFindings(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::Error("cannot read the conflicts file", {file});
  std::vector<ConflictFinding> out;
  Status read = ForEachRecord(in, file, "conflicts file", [&](const json& j, const Location& at) -> Status {
    ConflictFinding c;
    c.path = j.at("path").get<std::string>();
    c.finding.check = j.at("check").get<std::string>();
    auto severity = ParseSeverity(j.at("severity").get<std::string>());
    if (!severity) return Status::Error("conflicts file: unknown severity", at);
    c.finding.severity = *severity;
    c.finding.message = j.at("message").get<std::string>();
    c.finding.where.span = ReadSpan(j.at("span"));
    c.finding.rule = j.at("rule").get<std::string>();
    c.related_path = j.at("related_path").get<std::string>();
    RelatedLocation r;
    r.where.span = ReadSpan(j.at("related_span"));
    r.message = j.at("related_message").get<std::string>();
    c.finding.related.push_back(std::move(r));
    out.push_back(std::move(c));
    return {};
  });
  if (!read.ok()) return read;
  return out;
}

std::vector<Finding> PlaceConflictFindings(std::vector<ConflictFinding> conflicts,
                                           const std::vector<std::unique_ptr<ingest::Document>>& docs,
                                           const std::function<bool(int, const std::string&)>& enabled,
                                           std::vector<std::unique_ptr<ingest::Document>>* context_docs) {
  std::map<std::string, int> doc_of_path;
  for (size_t i = 0; i < docs.size(); ++i) doc_of_path.emplace(docs[i]->source.path(), static_cast<int>(i));
  std::vector<Finding> out;
  for (auto& c : conflicts) {
    auto at = doc_of_path.find(c.path);
    if (at == doc_of_path.end() || at->second >= static_cast<int>(docs.size()) ||
        !enabled(at->second, c.finding.check)) {
      continue;
    }
    auto related = doc_of_path.find(c.related_path);
    if (related == doc_of_path.end()) {
      ingest::DiskReader reader;
      auto bytes = reader.Read(c.related_path);
      auto doc = bytes.ok() ? ingest::LoadDocument(c.related_path, std::move(bytes).value())
                            : Result<ingest::Document>(bytes.status());
      context_docs->push_back(std::make_unique<ingest::Document>(
          doc.ok() ? std::move(doc).value() : ingest::Document{.source = SourceText(c.related_path, "")}));
      const auto index = static_cast<int>(docs.size() + context_docs->size() - 1);
      related = doc_of_path.emplace(c.related_path, index).first;
    }
    c.finding.where.doc = at->second;
    c.finding.related.front().where.doc = related->second;
    out.push_back(std::move(c.finding));
  }
  return out;
}

}  // namespace claimcheck::app
