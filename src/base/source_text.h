// The original bytes of one input and its line table: the ONE place where a byte offset becomes a
// line and column. Immutable after construction; safe to share between threads.
#ifndef CLAIMCHECK_BASE_SOURCE_TEXT_H_
#define CLAIMCHECK_BASE_SOURCE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace claimcheck {

// A 1-based position. `column` counts Unicode code points from the start of the line (so a
// curly quote or an em dash is one column); `utf16_column` counts UTF-16 code units, for
// consumers (LSP, some SARIF viewers) that want them. A UTF-8 byte-order mark at the start of the
// file is not part of line 1: the first character after it is column 1.
struct LineCol {
  int line = 1;
  int column = 1;
  int utf16_column = 1;
};

class SourceText {
 public:
  SourceText(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& bytes() const { return bytes_; }
  size_t size() const { return bytes_.size(); }
  std::string_view Slice(Span s) const { return std::string_view(bytes_).substr(s.begin, s.size()); }

  // Position of a byte offset (0 <= offset <= size()). An offset inside a multi-byte code point
  // is treated as the start of that code point, and one inside a byte-order mark as line 1,
  // column 1.
  LineCol Position(uint32_t offset) const;
  // The line (1-based) holding offset.
  int LineOf(uint32_t offset) const;
  // Without its terminator (and, on line 1, without a byte-order mark).
  std::string_view LineText(int line) const;
  // Byte offset where the text of a 1-based line starts: on line 1, after a byte-order mark.
  uint32_t LineStart(int line) const { return line_starts_[line - 1] + (line == 1 ? bom_ : 0); }
  // 3 when the bytes start with a UTF-8 byte-order mark (EF BB BF), else 0.
  uint32_t bom_size() const { return bom_; }
  int LineCount() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string bytes_;
  // Code points and UTF-16 units before byte offset `offset` (which must start a code point).
  std::pair<uint32_t, uint32_t> CountBefore(uint32_t offset) const;
  // Code points and UTF-16 units in [begin, end).
  std::pair<uint32_t, uint32_t> CountBetween(uint32_t begin, uint32_t end) const;

  uint32_t bom_ = 0;
  std::vector<uint32_t> line_starts_;  // byte offset of each line's first byte
  // Code points and UTF-16 units before every kChunk-th byte, so a column costs at most one chunk
  // of counting however long the line (a 50 MB line with many findings stays linear).
  static constexpr uint32_t kChunk = 4096;
  std::vector<std::pair<uint32_t, uint32_t>> checkpoints_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_BASE_SOURCE_TEXT_H_
