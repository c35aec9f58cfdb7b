// The claims archive reader (claims.jsonl, what check --against reads): any text gives documents
// or an error with a location.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "graph/claims_jsonl.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto docs = claimcheck::graph::ReadClaimsJsonl("fuzz.jsonl", std::string_view(reinterpret_cast<const char*>(data), size));
  if (!docs.ok()) CLAIMCHECK_FUZZ_EXPECT(!docs.status().message().empty());
  return 0;
}
