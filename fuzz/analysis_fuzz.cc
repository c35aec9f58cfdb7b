// The whole analysis of one document (Markdown, so md4c too) and every check over it: findings
// lie inside the original bytes.
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
  }
  return 0;
}
