// The unified-diff parser (--diff): any text gives changed lines or an error with a location.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/diff.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto diff = claimcheck::app::ParseUnifiedDiff(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.diff");
  if (!diff.ok()) CLAIMCHECK_FUZZ_EXPECT(!diff.status().message().empty());
  return 0;
}
