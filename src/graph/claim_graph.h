// The claim graph: documents, entities, sources and claims with the links between them, held in a
// Boost.Graph adjacency_list with bundled properties behind a small domain API.
//
// Vertices: documents, entities (merged across documents by name and alias), sources (one per
// distinct name in a source chain) and claims. Edges: claim-in-document, claim-about-entity,
// claim-attributed-to-source (the nearest source of its chain), source-via-outlet (each link of a
// chain to the next), and the checker's conflicts-with (later -> earlier) and corroborates.
//
// Built once per run, then read-only except for AddConflict / AddCorroboration. Not thread-safe.
#ifndef CLAIMCHECK_GRAPH_CLAIM_GRAPH_H_
#define CLAIMCHECK_GRAPH_CLAIM_GRAPH_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "extract/claim.h"

namespace claimcheck::graph {

enum class VertexKind { kDocument, kEntity, kSource, kClaim };
enum class EdgeKind { kInDocument, kAbout, kAttributedTo, kVia, kConflictsWith, kCorroborates };

std::string_view VertexKindName(VertexKind k);  // "document", "entity", "source", "claim"
std::string_view EdgeKindName(EdgeKind k);      // "in-document", "about", "attributed-to", "via", ...

struct VertexProps {
  VertexKind kind = VertexKind::kClaim;
  std::string label;  // what a person reads: the path, the name, "Nazarzoda life-status = dead"
  int doc = -1;       // documents and claims: the document index
  int index = -1;     // claims: index into that document's claims
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::kAbout;
};

// Edges are never removed, so the edge list is a vector too (one allocation per growth, not per edge).
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps,
                                    boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;

// One document's claims as the graph sees them.
struct DocumentInput {
  int doc = 0;        // index in the run
  std::string path;
  const extract::DocumentClaims* claims = nullptr;
};

struct ClaimRef {
  int doc = 0;
  int claim = 0;
  auto operator<=>(const ClaimRef&) const = default;
};

// The key entities merge on: lower case, white space collapsed.
std::string NameKey(std::string_view name);

// The keys an entity merges on across documents: its name's key and those of its capitalised
// aliases (lower-case aliases such as "the renegade general" are descriptions), without repeats.
// The claims archive indexes entities by them, and the scale-out driver shuffles on them.
std::vector<std::string> MergeKeys(const extract::Entity& entity);

// Entity merging alone (what the checker needs): one id per (document, entity), equal when the
// entities share a canonical name or a capitalised alias (lower-case aliases such as "the renegade
// general" are descriptions and merge nothing across documents). Connected components over the
// links, so "A = B" in one story and "B = C" in another put A, B and C together.
class EntityIndex {
 public:
  explicit EntityIndex(const std::vector<DocumentInput>& docs);
  // The merged entity of a claim's subject (by index, or by subject_name when the index is -1);
  // -1 when the claim names no subject.
  int EntityOf(ClaimRef c) const;
  int size() const { return static_cast<int>(names_.size()); }
  const std::string& Name(int entity) const { return names_[entity]; }
  // The (document, entity index) pairs merged into an entity.
  const std::vector<std::pair<int, int>>& Members(int entity) const { return members_[entity]; }

 private:
  std::vector<int> doc_slot_;                       // doc index -> position in docs_, or -1
  std::vector<const extract::DocumentClaims*> docs_;
  std::vector<std::vector<int>> entity_of_;         // [slot][entity index] -> merged id
  std::vector<std::unordered_map<std::string, int>> by_name_;  // [slot] subject_name key -> merged id
  std::vector<std::string> names_;
  std::vector<std::vector<std::pair<int, int>>> members_;
};

// Claims grouped by (merged entity, attribute), each group in document then claim order; groups
// ordered by entity id then attribute. Only `attribute` when it is not empty. Claims without a
// subject are in no group. Linear in the claims, apart from sorting each entity's attributes.
std::vector<std::vector<ClaimRef>> GroupClaims(const EntityIndex& entities, const std::vector<DocumentInput>& docs,
                                               const std::string& attribute = "");

class ClaimGraph {
 public:
  static ClaimGraph Build(const std::vector<DocumentInput>& docs);

  const Graph& graph() const { return g_; }
  const EntityIndex& entities() const { return entities_; }
  // Claims grouped by (merged entity, attribute), each group in document then claim order;
  // groups ordered by entity id then attribute. Claims without a subject are in no group.
  std::vector<std::vector<ClaimRef>> Groups() const { return GroupClaims(entities_, inputs_); }

  Vertex ClaimVertex(ClaimRef c) const;
  void AddConflict(ClaimRef later, ClaimRef earlier);
  void AddCorroboration(ClaimRef a, ClaimRef b);

  // Exports, labelled for people. Deterministic: vertices in build order.
  void WriteDot(std::ostream& out) const;
  void WriteGraphml(std::ostream& out) const;
  // One line per vertex and edge, for tests.
  std::string DebugString() const;

 private:
  explicit ClaimGraph(const std::vector<DocumentInput>& docs) : entities_(docs), inputs_(docs) {}
  Graph g_;
  EntityIndex entities_;
  std::vector<DocumentInput> inputs_;
  std::vector<int> doc_slot_;        // doc index -> position in docs_, or -1
  std::vector<Vertex> first_claim_;  // [slot] vertex of claim 0
  std::vector<const extract::DocumentClaims*> docs_;
};

}  // namespace claimcheck::graph

#endif  // CLAIMCHECK_GRAPH_CLAIM_GRAPH_H_
