// A half-open byte range [begin, end) into one text.
#ifndef CLAIMCHECK_BASE_SPAN_H_
#define CLAIMCHECK_BASE_SPAN_H_

#include <compare>
#include <cstdint>

namespace claimcheck {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool Contains(Span o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(Span o) const { return begin < o.end && o.begin < end; }
  auto operator<=>(const Span&) const = default;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_SPAN_H_
