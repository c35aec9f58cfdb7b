#include "graph/claim_graph.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <sstream>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/function_property_map.hpp>

namespace claimcheck::graph {

std::string_view VertexKindName(VertexKind k) {
  switch (k) {
    case VertexKind::kDocument: return "document";
    case VertexKind::kEntity: return "entity";
    case VertexKind::kSource: return "source";
    case VertexKind::kClaim: return "claim";
  }
  return "?";
}

std::string_view EdgeKindName(EdgeKind k) {
  switch (k) {
    case EdgeKind::kInDocument: return "in-document";
    case EdgeKind::kAbout: return "about";
    case EdgeKind::kAttributedTo: return "attributed-to";
    case EdgeKind::kVia: return "via";
    case EdgeKind::kConflictsWith: return "conflicts-with";
    case EdgeKind::kCorroborates: return "corroborates";
  }
  return "?";
}

std::string NameKey(std::string_view name) {
  std::string key;
  bool space = false;
  for (char c : name) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

namespace {

std::string FormatDay(std::chrono::sys_days d) {
  std::chrono::year_month_day ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buf;
}

bool Capitalised(std::string_view s) { return !s.empty() && std::isupper(static_cast<unsigned char>(s[0])); }

}  // namespace

std::vector<std::string> MergeKeys(const extract::Entity& entity) {
  std::vector<std::string> keys;
  auto add = [&](std::string key) {
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
  };
  add(NameKey(entity.name));
  for (const auto& alias : entity.aliases) {
    if (Capitalised(alias)) add(NameKey(alias));
  }
  return keys;
}

EntityIndex::EntityIndex(const std::vector<DocumentInput>& docs) {
  // One vertex per (document, entity) and per (document, subject_name) of claims without an index;
  // an edge between vertices that share a name key; connected components are the merged entities.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  struct Slot {
    int doc;
    int entity;        // -1: a subject_name pseudo-entity
    std::string name;  // canonical
  };
  std::vector<Slot> slots;
  std::unordered_map<std::string, size_t> first_with_key;
  std::vector<std::pair<size_t, size_t>> links;
  auto link_key = [&](const std::string& key, size_t v) {
    if (key.empty()) return;
    auto [it, inserted] = first_with_key.emplace(key, v);
    if (!inserted && it->second != v) links.emplace_back(it->second, v);
  };
  docs_.reserve(docs.size());
  for (const auto& d : docs) {
    const size_t slot = docs_.size();
    if (d.doc >= static_cast<int>(doc_slot_.size())) doc_slot_.resize(d.doc + 1, -1);
    doc_slot_[d.doc] = static_cast<int>(slot);
    docs_.push_back(d.claims);
    entity_of_.emplace_back(d.claims ? d.claims->entities.size() : 0, -1);
    by_name_.emplace_back();
    if (!d.claims) continue;
    for (size_t e = 0; e < d.claims->entities.size(); ++e) {
      const auto& ent = d.claims->entities[e];
      const size_t v = slots.size();
      slots.push_back({d.doc, static_cast<int>(e), ent.name});
      for (const auto& key : MergeKeys(ent)) link_key(key, v);
    }
    std::unordered_map<std::string, size_t> local;
    for (const auto& c : d.claims->claims) {
      if (c.subject >= 0 || c.subject_name.empty()) continue;
      std::string key = NameKey(c.subject_name);
      if (local.count(key)) continue;
      const size_t v = slots.size();
      local[key] = v;
      slots.push_back({d.doc, -1, c.subject_name});
      link_key(key, v);
    }
  }
  Undirected u(slots.size());
  for (const auto& [a, b] : links) boost::add_edge(a, b, u);
  std::vector<int> component(slots.size());
  const int n = slots.empty() ? 0 : boost::connected_components(u, component.data());
  names_.assign(n, "");
  members_.assign(n, {});
  for (size_t v = 0; v < slots.size(); ++v) {
    const int id = component[v];
    const Slot& s = slots[v];
    if (s.name.size() > names_[id].size()) names_[id] = s.name;  // the fullest name
    const auto slot = static_cast<size_t>(doc_slot_[s.doc]);
    if (s.entity >= 0) {
      entity_of_[slot][s.entity] = id;
      members_[id].emplace_back(s.doc, s.entity);
    } else {
      by_name_[slot][NameKey(s.name)] = id;
    }
  }
}

int EntityIndex::EntityOf(ClaimRef c) const {
  if (c.doc < 0 || c.doc >= static_cast<int>(doc_slot_.size()) || doc_slot_[c.doc] < 0) return -1;
  const size_t slot = static_cast<size_t>(doc_slot_[c.doc]);
  if (!docs_[slot]) return -1;
  const auto& claims = docs_[slot]->claims;
  if (c.claim < 0 || c.claim >= static_cast<int>(claims.size())) return -1;
  const extract::Claim& claim = claims[c.claim];
  const auto& table = entity_of_[slot];
  if (claim.subject >= 0 && claim.subject < static_cast<int>(table.size())) return table[claim.subject];
  if (claim.subject_name.empty()) return -1;
  auto found = by_name_[slot].find(NameKey(claim.subject_name));
  return found == by_name_[slot].end() ? -1 : found->second;
}

ClaimGraph ClaimGraph::Build(const std::vector<DocumentInput>& docs) {
  ClaimGraph cg(docs);
  Graph& g = cg.g_;
  const EntityIndex& ents = cg.entities_;
  // Entities first (vertex i is merged entity i), then per document: the document, its claims
  // (contiguous, so a claim's vertex is first_claim + index), then sources as first met.
  for (int e = 0; e < ents.size(); ++e) boost::add_vertex(VertexProps{VertexKind::kEntity, ents.Name(e), -1, e}, g);
  std::unordered_map<std::string, Vertex> sources;
  for (const auto& d : docs) {
    const size_t slot = cg.docs_.size();
    if (d.doc >= static_cast<int>(cg.doc_slot_.size())) cg.doc_slot_.resize(d.doc + 1, -1);
    cg.doc_slot_[d.doc] = static_cast<int>(slot);
    cg.docs_.push_back(d.claims);
    Vertex dv = boost::add_vertex(VertexProps{VertexKind::kDocument, d.path, d.doc, -1}, g);
    const size_t n = d.claims ? d.claims->claims.size() : 0;
    cg.first_claim_.push_back(static_cast<Vertex>(boost::num_vertices(g)));
    for (size_t i = 0; i < n; ++i) {
      const auto& c = d.claims->claims[i];
      std::string label = (c.subject_name.empty() ? std::string("?") : c.subject_name) + " " + c.attribute +
                          (c.polarity == extract::Polarity::kNegative || c.modality == extract::Modality::kDenied
                               ? " != "
                               : " = ") +
                          c.value;
      // Who and when, so the picture reads without the text.
      std::string who = c.sources.empty() ? std::string("the story") : c.sources.front();
      const auto& when = c.about_first ? c.about_first : c.made_first;
      if (when) who += ", " + FormatDay(*when);
      label += "\n(" + who + ")";
      boost::add_vertex(VertexProps{VertexKind::kClaim, std::move(label), d.doc, static_cast<int>(i)}, g);
    }
    for (size_t i = 0; i < n; ++i) {
      const auto& c = d.claims->claims[i];
      const Vertex cv = cg.first_claim_[slot] + i;
      boost::add_edge(cv, dv, EdgeProps{EdgeKind::kInDocument}, g);
      const int e = ents.EntityOf({d.doc, static_cast<int>(i)});
      if (e >= 0) boost::add_edge(cv, static_cast<Vertex>(e), EdgeProps{EdgeKind::kAbout}, g);
      // The chain, nearest first: claim -> nearest source -> the outlet it reached the story through.
      Vertex prev = cv;
      EdgeKind kind = EdgeKind::kAttributedTo;
      for (const auto& s : c.sources) {
        // Named sources are shared across documents; descriptions ("a source in the security
        // services") are not: two stories' anonymous sources need not be one person.
        std::string key = Capitalised(s) ? NameKey(s) : std::to_string(d.doc) + "\n" + NameKey(s);
        auto [it, inserted] = sources.emplace(key, Vertex{});
        if (inserted) it->second = boost::add_vertex(VertexProps{VertexKind::kSource, s, -1, -1}, g);
        if (!boost::edge(prev, it->second, g).second) boost::add_edge(prev, it->second, EdgeProps{kind}, g);
        prev = it->second;
        kind = EdgeKind::kVia;
      }
    }
  }
  return cg;
}

std::vector<std::vector<ClaimRef>> GroupClaims(const EntityIndex& entities, const std::vector<DocumentInput>& docs,
                                               const std::string& attribute) {
  // Bucket by entity (counting sort over entity ids), then by attribute within an entity's bucket.
  std::vector<std::vector<std::pair<const std::string*, ClaimRef>>> by_entity(entities.size());
  std::vector<const DocumentInput*> ordered;
  for (const auto& d : docs) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) { return a->doc < b->doc; });
  for (const DocumentInput* d : ordered) {
    if (!d->claims) continue;
    for (size_t i = 0; i < d->claims->claims.size(); ++i) {
      const std::string& attr = d->claims->claims[i].attribute;
      if (!attribute.empty() && attr != attribute) continue;
      ClaimRef r{d->doc, static_cast<int>(i)};
      const int e = entities.EntityOf(r);
      if (e >= 0) by_entity[e].emplace_back(&attr, r);
    }
  }
  std::vector<std::vector<ClaimRef>> groups;
  for (auto& bucket : by_entity) {
    if (bucket.empty()) continue;
    std::stable_sort(bucket.begin(), bucket.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
    for (size_t i = 0; i < bucket.size();) {
      size_t j = i;
      std::vector<ClaimRef> group;
      while (j < bucket.size() && *bucket[j].first == *bucket[i].first) group.push_back(bucket[j++].second);
      groups.push_back(std::move(group));
      i = j;
    }
  }
  return groups;
}

Vertex ClaimGraph::ClaimVertex(ClaimRef c) const { return first_claim_[doc_slot_[c.doc]] + c.claim; }

void ClaimGraph::AddConflict(ClaimRef later, ClaimRef earlier) {
  boost::add_edge(ClaimVertex(later), ClaimVertex(earlier), EdgeProps{EdgeKind::kConflictsWith}, g_);
}

void ClaimGraph::AddCorroboration(ClaimRef a, ClaimRef b) {
  boost::add_edge(ClaimVertex(a), ClaimVertex(b), EdgeProps{EdgeKind::kCorroborates}, g_);
}

namespace {

std::string DotEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string_view Shape(VertexKind k) {
  switch (k) {
    case VertexKind::kDocument: return "note";
    case VertexKind::kEntity: return "ellipse";
    case VertexKind::kSource: return "house";
    case VertexKind::kClaim: return "box";
  }
  return "box";
}

}  // namespace

void ClaimGraph::WriteDot(std::ostream& out) const {
  auto vertex_writer = [this](std::ostream& o, Vertex v) {
    const VertexProps& p = g_[v];
    o << "[label=\"" << DotEscape(p.label) << "\", kind=\"" << VertexKindName(p.kind) << "\", shape=" << Shape(p.kind)
      << "]";
  };
  auto edge_writer = [this](std::ostream& o, Graph::edge_descriptor e) {
    const EdgeKind k = g_[e].kind;
    o << "[label=\"" << EdgeKindName(k) << "\"";
    if (k == EdgeKind::kConflictsWith) o << ", color=red, style=bold";
    if (k == EdgeKind::kCorroborates) o << ", color=darkgreen, style=dashed";
    o << "]";
  };
  auto graph_writer = [](std::ostream& o) { o << "rankdir=LR;\n"; };
  boost::write_graphviz(out, g_, vertex_writer, edge_writer, graph_writer);
}

void ClaimGraph::WriteGraphml(std::ostream& out) const {
  boost::dynamic_properties dp;
  auto vkind = boost::make_function_property_map<Vertex, std::string>(
      [this](Vertex v) { return std::string(VertexKindName(g_[v].kind)); });
  auto vlabel = boost::make_function_property_map<Vertex, std::string>([this](Vertex v) { return g_[v].label; });
  auto ekind = boost::make_function_property_map<Graph::edge_descriptor, std::string>(
      [this](Graph::edge_descriptor e) { return std::string(EdgeKindName(g_[e].kind)); });
  dp.property("kind", vkind);
  dp.property("label", vlabel);
  dp.property("relation", ekind);
  boost::write_graphml(out, g_, dp, true);
}

std::string ClaimGraph::DebugString() const {
  std::ostringstream s;
  for (auto [v, end] = boost::vertices(g_); v != end; ++v) {
    s << *v << " " << VertexKindName(g_[*v].kind) << " " << g_[*v].label << "\n";
  }
  for (auto [e, end] = boost::edges(g_); e != end; ++e) {
    s << boost::source(*e, g_) << " -" << EdgeKindName(g_[*e].kind) << "-> " << boost::target(*e, g_) << "\n";
  }
  return s.str();
}

}  // namespace claimcheck::graph
