// The claim graph and the conflict checker at scale: synthetic claims over synthetic documents
// (default 1,000,000 claims over 100,000 documents), grouped by (entity, attribute) before any
// comparison. Reports the time to build the graph, the time to compare, the conflicts and
// corroborations found, and peak RSS. A benchmark, never a test.
//   ninja -C build graph_bench && build/bench/graph_bench [CLAIMS] [DOCS] [ENTITIES]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "check/conflicts.h"
#include "graph/claim_graph.h"
#include "rules/loader.h"

using namespace claimcheck;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;  // Linux: kilobytes
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    char* end = nullptr;
    if (std::strtol(argv[i], &end, 10) <= 0 || *end != '\0') {
      const bool help = std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h";
      std::fprintf(help ? stdout : stderr,
                   "usage: graph_bench [CLAIMS] [DOCS] [ENTITIES]\n"
                   "  Builds the claim graph of a generated corpus of that size and times the comparison.\n");
      return help ? 0 : 2;
    }
  }
  const long claims = argc > 1 ? std::atol(argv[1]) : 1000000;
  const long docs = argc > 2 ? std::atol(argv[2]) : 100000;
  const long entities = argc > 3 ? std::atol(argv[3]) : 50000;
  auto loaded = rules::LoadRules(true, {});
  if (!loaded.errors.empty()) {
    std::fprintf(stderr, "%s\n", loaded.errors[0].ToString().c_str());
    return 2;
  }
  std::mt19937 rng(42);
  const char* const kAttrs[] = {"life-status", "detention", "whereabouts", "count"};
  const char* const kStates[][2] = {{"alive", "dead"}, {"detained", "free"}, {"Dushanbe", "Khorog"}, {"9", "12"}};
  const auto base = std::chrono::sys_days(std::chrono::year{2015} / 1 / 1);

  auto t0 = std::chrono::steady_clock::now();
  std::vector<extract::DocumentClaims> corpus(docs);
  const long per_doc = claims / docs;
  for (long d = 0; d < docs; ++d) {
    auto& dc = corpus[d];
    dc.claims.reserve(per_doc);
    for (long i = 0; i < per_doc; ++i) {
      const long e = static_cast<long>(rng() % entities);
      extract::Claim c;
      c.subject_name = "Person " + std::to_string(e);
      const int a = static_cast<int>(rng() % 4);
      c.attribute = kAttrs[a];
      // Mostly consistent: the first value, with a rare second one.
      c.value = kStates[a][rng() % 50 == 0 ? 1 : 0];
      c.made_first = c.made_last = base + std::chrono::days(static_cast<int>(d % 365));
      c.modality = extract::Modality::kReported;
      c.sources = {"Source " + std::to_string(rng() % 1000), "Outlet " + std::to_string(rng() % 50)};
      c.span = {static_cast<uint32_t>(i * 100), static_cast<uint32_t>(i * 100 + 80)};
      dc.claims.push_back(std::move(c));
    }
  }
  const double gen = Seconds(t0);
  const long corpus_rss = PeakRssMb();

  std::vector<check::ConflictDocument> inputs;
  std::vector<graph::DocumentInput> graph_inputs;
  inputs.reserve(docs);
  for (long d = 0; d < docs; ++d) {
    const std::string path = "doc" + std::to_string(d) + ".txt";
    inputs.push_back({static_cast<int>(d), path, &corpus[d], {}, false});
    graph_inputs.push_back({static_cast<int>(d), path, &corpus[d]});
  }
  auto t1 = std::chrono::steady_clock::now();
  graph::ClaimGraph g = graph::ClaimGraph::Build(graph_inputs);
  const double build = Seconds(t1);
  auto t2 = std::chrono::steady_clock::now();
  check::Comparison cmp = check::CompareClaims(inputs, loaded.rules, "", &g);
  const double compare = Seconds(t2);
  std::printf("claims %ld, documents %ld, entities %ld\n", per_doc * docs, docs, entities);
  std::printf("generate %.2f s, graph build %.2f s (%zu vertices, %zu edges), compare %.2f s\n", gen, build,
              static_cast<size_t>(boost::num_vertices(g.graph())), static_cast<size_t>(boost::num_edges(g.graph())),
              compare);
  std::printf("peak RSS after generating the corpus %ld MB\n", corpus_rss);
  std::printf("conflicts %zu, corroborations %zu, %.0f claims/s compared, peak RSS %ld MB\n", cmp.conflicts.size(),
              cmp.corroborations.size(), static_cast<double>(per_doc * docs) / compare, PeakRssMb());
  return 0;
}
