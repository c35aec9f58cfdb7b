// The baseline reader (--baseline): any text gives a baseline or an error with a location.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/baseline.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto b = claimcheck::app::ParseBaseline(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
  if (!b.ok()) CLAIMCHECK_FUZZ_EXPECT(!b.status().message().empty());
  return 0;
}
