#include "base/source_text.h"

#include <algorithm>
#include <cstring>

#include "base/utf8.h"

namespace claimcheck {

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  if (std::string_view(bytes_).starts_with("\xEF\xBB\xBF")) bom_ = 3;
  line_starts_.push_back(0);
  const char* data = bytes_.data();
  const char* end = data + bytes_.size();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));) {
    ++p;
    line_starts_.push_back(static_cast<uint32_t>(p - data));
  }
  uint32_t cps = 0, units = 0;
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (i % kChunk == 0) checkpoints_.emplace_back(cps, units);
    auto c = static_cast<unsigned char>(bytes_[i]);
    if (utf8::IsLead(c)) {
      ++cps;
      units += c >= 0xF0 ? 2 : 1;  // astral code points are two UTF-16 units
    }
  }
  checkpoints_.emplace_back(cps, units);
}

std::pair<uint32_t, uint32_t> SourceText::CountBetween(uint32_t begin, uint32_t end) const {
  uint32_t cps = 0, units = 0;
  for (uint32_t i = begin; i < end; ++i) {
    auto c = static_cast<unsigned char>(bytes_[i]);
    if (utf8::IsLead(c)) {
      ++cps;
      units += c >= 0xF0 ? 2 : 1;
    }
  }
  return {cps, units};
}

std::pair<uint32_t, uint32_t> SourceText::CountBefore(uint32_t offset) const {
  auto [cps, units] = checkpoints_[offset / kChunk];
  auto [more_cps, more_units] = CountBetween(offset / kChunk * kChunk, offset);
  return {cps + more_cps, units + more_units};
}

int SourceText::LineOf(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

LineCol SourceText::Position(uint32_t offset) const {
  offset = std::max(std::min<uint32_t>(offset, static_cast<uint32_t>(bytes_.size())), bom_);
  while (offset > 0 && offset < bytes_.size() && !utf8::IsLead(static_cast<unsigned char>(bytes_[offset]))) --offset;
  LineCol pos;
  pos.line = LineOf(offset);
  // A short way into its line (the usual case), the column is counted from the line's start;
  // far into a long line, from the checkpoints.
  const uint32_t line_start = LineStart(pos.line);
  if (offset - line_start <= kChunk) {
    auto [cps, units] = CountBetween(line_start, offset);
    pos.column = static_cast<int>(cps) + 1;
    pos.utf16_column = static_cast<int>(units) + 1;
    return pos;
  }
  auto [cps, units] = CountBefore(offset);
  auto [line_cps, line_units] = CountBefore(line_start);
  pos.column = static_cast<int>(cps - line_cps) + 1;
  pos.utf16_column = static_cast<int>(units - line_units) + 1;
  return pos;
}

std::string_view SourceText::LineText(int line) const {
  uint32_t begin = LineStart(line);
  uint32_t end = line < LineCount() ? LineStart(line + 1) : static_cast<uint32_t>(bytes_.size());
  std::string_view text = std::string_view(bytes_).substr(begin, end - begin);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

}  // namespace claimcheck
