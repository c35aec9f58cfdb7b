// The rule-pack loader: strict YAML, unknown and duplicate keys, macros, RE2 patterns, examples.
// Any text gives a pack or errors with locations, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "rules/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<claimcheck::Status> errors;
  claimcheck::rules::LoadPack("fuzz.yaml", std::string_view(reinterpret_cast<const char*>(data), size), &errors);
  for (const auto& e : errors) CLAIMCHECK_FUZZ_EXPECT(!e.message().empty());
  return 0;
}
