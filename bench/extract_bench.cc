// The extract stage's throughput alone: documents are read, normalised, segmented and
// time-tagged first (not timed), then Extractor::Extract runs over all of them: one cold round
// (RE2 builds its DFAs lazily), then warm rounds until two seconds have passed, or exactly
// ROUNDS warm rounds when given (for instruction counts under callgrind, which slows the clock).
//
//   ninja -C build extract_bench && ./build/bench/extract_bench ../shared/corpus/reuters-dev
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "extract/extractor.h"
#include "ingest/reader.h"
#include "rules/loader.h"
#include "segment/segmenter.h"
#include "temporal/tagger.h"

using namespace claimcheck;

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::cerr << "usage: extract_bench DIR|FILE [ROUNDS]\n";
    return 2;
  }
  char* rounds_end = nullptr;
  const long fixed_rounds = argc == 3 ? std::strtol(argv[2], &rounds_end, 10) : 0;
  if (argc == 3 && (fixed_rounds <= 0 || *rounds_end != '\0')) {
    std::cerr << "error: ROUNDS must be a positive number, not \"" << argv[2] << "\"\n";
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
  auto extractor = extract::Extractor::Create(loaded.rules);
  if (!seg.ok() || !tagger.ok() || !extractor.ok()) {
    std::cerr << "error: cannot build the segmenter, tagger or extractor\n";
    return 2;
  }
  ingest::DiskReader reader;
  auto paths = reader.Expand({argv[1]});
  if (!paths.ok()) {
    std::cerr << "error: " << paths.status().message() << "\n";
    return 2;
  }
  std::vector<segment::Text> texts;
  std::vector<temporal::DocumentTimes> times;
  size_t bytes = 0;
  temporal::TagOptions options;
  for (const auto& p : paths.value()) {
    auto data = reader.Read(p);
    if (!data.ok()) continue;
    auto doc = ingest::LoadDocument(p, std::move(data).value());
    if (!doc.ok()) continue;
    bytes += doc.value().source.size();
    texts.push_back(seg.value()->Segment(doc.value()));
    times.push_back(tagger.value().Tag(texts.back(), options));
  }
  size_t frames = 0, claims = 0;
  auto round = [&] {
    frames = claims = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
      auto out = extractor.value().Extract(texts[i], times[i]);
      frames += out.attributions.size();
      claims += out.claims.size();
    }
  };
  auto seconds_since = [](std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  const double mb = static_cast<double>(bytes) / 1e6;
  auto start = std::chrono::steady_clock::now();
  round();
  double cold = seconds_since(start);
  std::cout << texts.size() << " documents, " << mb << " MB, " << frames << " attributions, " << claims << " claims\n";
  std::cout << "cold round: " << mb / cold << " MB/s\n";
  size_t rounds = 0;
  start = std::chrono::steady_clock::now();
  double seconds = 0;
  do {
    round();
    ++rounds;
    seconds = seconds_since(start);
  } while (fixed_rounds > 0 ? rounds < static_cast<size_t>(fixed_rounds) : seconds < 2.0);
  std::cout << "warm: " << mb * static_cast<double>(rounds) / seconds << " MB/s (" << rounds << " rounds, one thread)\n";
  return 0;
}
