// The time stage's throughput alone: documents are read, normalised and segmented first (not
// timed), then Tagger::Tag runs over all of them: one cold round (RE2 builds its DFAs lazily),
// then warm rounds until two seconds have passed, with and without a document date.
//
//   ninja -C build time_bench && ./build/bench/time_bench /work/shared/corpus/reuters-dev
#include <chrono>
#include <filesystem>
#include <iostream>

#include "ingest/reader.h"
#include "rules/loader.h"
#include "segment/segmenter.h"
#include "temporal/tagger.h"

using namespace claimcheck;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: time_bench DIR|FILE\n";
    return 2;
  }
  auto loaded = rules::LoadRules(true, {});
  if (!loaded.errors.empty()) {
    std::cerr << "error: " << loaded.errors[0].message() << "\n";
    return 2;
  }
  std::vector<std::string> abbreviations;
  if (const auto* lex = loaded.rules.Lexicon("segment.abbreviations")) abbreviations = *lex;
  auto seg = segment::Segmenter::Create(abbreviations);
  auto tagger = temporal::Tagger::Create(loaded.rules);
  if (!seg.ok() || !tagger.ok()) {
    std::cerr << "error: cannot build the segmenter or tagger\n";
    return 2;
  }
  ingest::DiskReader reader;
  auto paths = reader.Expand({argv[1]});
  if (!paths.ok()) {
    std::cerr << "error: " << paths.status().message() << "\n";
    return 2;
  }
  std::vector<segment::Text> texts;
  size_t bytes = 0;
  for (const auto& p : paths.value()) {
    auto data = reader.Read(p);
    if (!data.ok()) continue;
    auto doc = ingest::LoadDocument(p, std::move(data).value());
    if (!doc.ok()) continue;
    bytes += doc.value().source.size();
    texts.push_back(seg.value()->Segment(doc.value()));
  }
  temporal::TagOptions dated;
  dated.date = temporal::ParseIsoDate("1987-03-01");
  temporal::TagOptions undated;
  size_t exprs = 0;
  auto round = [&](const temporal::TagOptions& options) {
    exprs = 0;
    for (const auto& t : texts) exprs += tagger.value().Tag(t, options).exprs.size();
  };
  auto seconds_since = [](std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const double mb = static_cast<double>(bytes) / 1e6;
  auto start = std::chrono::steady_clock::now();
  round(dated);
  double cold = seconds_since(start);
  std::cout << texts.size() << " documents, " << mb << " MB, " << exprs << " expressions\n";
  std::cout << "cold round (with --date): " << mb / cold << " MB/s\n";
  for (const auto* options : {&dated, &undated}) {
    size_t rounds = 0;
    start = std::chrono::steady_clock::now();
    double seconds = 0;
    do {
      round(*options);
      ++rounds;
      seconds = seconds_since(start);
    } while (seconds < 2.0);
    std::cout << (options == &dated ? "warm, with --date:    " : "warm, without --date: ")
              << mb * static_cast<double>(rounds) / seconds << " MB/s (" << rounds << " rounds, one thread)\n";
  }
  return 0;
}
