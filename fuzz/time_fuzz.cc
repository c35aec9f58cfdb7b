// The time tagger with an anchor date: recognition and resolution of every expression. Spans lie
// inside the normalised text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/document.h"
#include "segment/segmenter.h"
#include "temporal/tagger.h"

namespace {

struct Stages {
  std::unique_ptr<claimcheck::segment::Segmenter> segmenter;
  std::optional<claimcheck::temporal::Tagger> tagger;
};

Stages& Get() {
  static Stages* s = [] {
    const auto& rules = claimcheck::fuzz::BuiltinRules();
    auto* st = new Stages;
    std::vector<std::string> abbreviations;
    if (const auto* lex = rules.Lexicon("segment.abbreviations")) abbreviations = *lex;
    auto seg = claimcheck::segment::Segmenter::Create(abbreviations);
    auto tag = claimcheck::temporal::Tagger::Create(rules);
    CLAIMCHECK_FUZZ_EXPECT(seg.ok() && tag.ok());
    st->segmenter = std::move(seg).value();
    st->tagger.emplace(std::move(tag).value());
    return st;
  }();
  return *s;
}

}  // namespace

// Loading the built-in packs takes seconds in an instrumented build: before the first input, so
// it does not count against -timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = claimcheck::ingest::LoadDocument("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  Stages& s = Get();
  claimcheck::segment::Text text = s.segmenter->Segment(doc.value());
  claimcheck::temporal::TagOptions options;
  options.date = claimcheck::temporal::ParseIsoDate("2015-09-13");
  options.today = *claimcheck::temporal::ParseIsoDate("2026-01-01");
  auto times = s.tagger->Tag(text, options);
  (void)times;
  for (const auto& m : s.tagger->Recognize(text)) {
    CLAIMCHECK_FUZZ_EXPECT(m.span.begin <= m.span.end && m.span.end <= text.text.size());
  }
  return 0;
}
