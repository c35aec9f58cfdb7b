// The whole analysis of one document (Markdown, so md4c too) and every check over it: findings
// lie inside the original bytes, and they and every attribution frame start and end on a UTF-8
// character boundary (the JSON writers need whole characters).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "check/analysis.h"
#include "check/findings_limit.h"
#include "check/registry.h"
#include "fuzz/fuzz_support.h"
#include "ingest/document.h"

namespace {

struct Stages {
  std::unique_ptr<claimcheck::check::Analyzer> analyzer;
  std::vector<std::unique_ptr<claimcheck::check::Check>> checks;
  std::vector<const claimcheck::check::Check*> list;
};

Stages& Get() {
  static Stages* s = [] {
    const auto& rules = claimcheck::fuzz::BuiltinRules();
    auto* st = new Stages;
    auto analyzer = claimcheck::check::Analyzer::Create(rules, claimcheck::temporal::ParseIsoDate("2015-09-13"));
    CLAIMCHECK_FUZZ_EXPECT(analyzer.ok());
    st->analyzer = std::move(analyzer).value();
    st->checks = claimcheck::check::AllChecks();
    for (auto& c : st->checks) {
      CLAIMCHECK_FUZZ_EXPECT(c->Init(rules).ok());
      st->list.push_back(c.get());
    }
    return st;
  }();
  return *s;
}

// Whether `pos` starts a character of `data` (or is its end): not a UTF-8 continuation byte.
bool OnBoundary(const uint8_t* data, size_t size, size_t pos) { return pos >= size || (data[pos] & 0xC0) != 0x80; }

}  // namespace

// Loading the built-in packs takes seconds in an instrumented build: before the first input, so
// it does not count against -timeout.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = claimcheck::ingest::LoadDocument("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  Stages& s = Get();
  claimcheck::check::Analysis a = s.analyzer->Analyze(doc.value(), 0);
  std::vector<claimcheck::Finding> findings;
  claimcheck::check::FileFindings capped(50);
  capped.RunChecks(s.list, a);
  std::vector<const claimcheck::check::Analysis*> all{&a};
  std::vector<claimcheck::Finding> cross;
  for (const auto* c : s.list) c->RunAll(all, &cross);
  for (auto& f : cross) capped.Add(std::move(f));
  capped.Finish(&findings);
  for (const auto& f : findings) {
    CLAIMCHECK_FUZZ_EXPECT(f.where.span.begin <= f.where.span.end && f.where.span.end <= size);
    CLAIMCHECK_FUZZ_EXPECT(OnBoundary(data, size, f.where.span.begin) && OnBoundary(data, size, f.where.span.end));
  }
  for (const auto& at : a.claims.attributions) {
    for (const auto* ref : {&at.cue, &at.content}) {
      const claimcheck::Span o = a.text.ToOriginal(ref->span);
      CLAIMCHECK_FUZZ_EXPECT(o.begin <= o.end && o.end <= size);
      CLAIMCHECK_FUZZ_EXPECT(OnBoundary(data, size, o.begin) && OnBoundary(data, size, o.end));
    }
  }
  return 0;
}
