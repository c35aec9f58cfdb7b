// Reading and ingest: UTF-8 validation, plain text and Markdown (md4c), front matter, comment
// directives. Whatever the bytes, LoadDocument returns a document or an error; a document's
// hidden spans are sorted, disjoint and inside the text, its breaks and directives too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "ingest/document.h"

namespace {

void Check(const claimcheck::ingest::Document& d) {
  const size_t n = d.source.bytes().size();
  uint32_t last = 0;
  for (const auto& h : d.hidden) {
    CLAIMCHECK_FUZZ_EXPECT(h.begin < h.end && h.end <= n && h.begin >= last);
    last = h.end;
  }
  for (size_t i = 0; i < d.breaks.size(); ++i) {
    CLAIMCHECK_FUZZ_EXPECT(d.breaks[i] <= n && (i == 0 || d.breaks[i - 1] < d.breaks[i]));
  }
  for (const auto& dir : d.directives) CLAIMCHECK_FUZZ_EXPECT(dir.span.begin <= dir.span.end && dir.span.end <= n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* path : {"fuzz.md", "fuzz.txt"}) {
    auto doc = claimcheck::ingest::LoadDocument(path, bytes);
    if (doc.ok()) Check(doc.value());
  }
  return 0;
}
