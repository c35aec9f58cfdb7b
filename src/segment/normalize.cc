#include "segment/normalize.h"

#include <algorithm>
#include <iterator>

#include "base/utf8.h"

namespace claimcheck::segment {

void OffsetMap::Anchor(uint32_t norm, uint32_t orig) {
  if (!norm_.empty() && norm_.back() == norm) {
    orig_.back() = orig;
    return;
  }
  norm_.push_back(norm);
  orig_.push_back(orig);
}

void OffsetMap::Replaced(uint32_t norm_begin, uint32_t norm_end, uint32_t orig) {
  replaced_.push_back({norm_begin, norm_end, orig});
}

uint32_t OffsetMap::ToOriginal(uint32_t norm) const {
  if (!replaced_.empty()) {
    auto r = std::upper_bound(replaced_.begin(), replaced_.end(), norm,
                              [](uint32_t n, const Replacement& x) { return n < x.norm_begin; });
    if (r != replaced_.begin() && norm < std::prev(r)->norm_end) return std::prev(r)->orig;
  }
  auto it = std::upper_bound(norm_.begin(), norm_.end(), norm);
  if (it == norm_.begin()) return norm;
  size_t i = static_cast<size_t>(it - norm_.begin()) - 1;
  return orig_[i] + (norm - norm_[i]);
}

uint32_t OffsetMap::ToNormalized(uint32_t orig) const {
  auto it = std::upper_bound(orig_.begin(), orig_.end(), orig);
  if (it == orig_.begin()) return orig;
  size_t i = static_cast<size_t>(it - orig_.begin()) - 1;
  return norm_[i] + (orig - orig_[i]);
}

namespace {

// What a non-ASCII code point becomes in the normalised text; nullptr keeps it as it is.
const char* Replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return " ";
    case 0x2026:
      return "...";
    case 0x2028: case 0x2029:
      return "\n";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

}  // namespace

Text Normalize(const ingest::Document& doc) {
  Text out;
  const std::string& src = doc.source.bytes();
  out.text.reserve(src.size());
  auto hidden = doc.hidden.begin();
  size_t i = 0;
  while (i < src.size()) {
    // Hidden ranges become spaces, keeping their line breaks.
    while (hidden != doc.hidden.end() && hidden->end <= i) ++hidden;
    if (hidden != doc.hidden.end() && hidden->begin <= i) {
      size_t end = std::max<size_t>(hidden->end, i);
      while (i < end) {
        // One space per code point; a multi-byte code point shifts the map.
        size_t next = i;
        char32_t cp = utf8::Decode(src, &next);
        out.text.push_back(cp == '\n' ? '\n' : ' ');
        if (next - i > 1) out.map.Anchor(static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(next));
        i = next;
      }
      continue;
    }
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c < 0x80) {
      if (c == '\r') {
        // CR LF -> LF; a lone CR is a line break too.
        if (i + 1 < src.size() && src[i + 1] == '\n') {
          ++i;
          out.map.Anchor(static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i));
          continue;
        }
        c = '\n';
      } else if (c == '\t' || c == '\f' || c == '\v') {
        c = ' ';
      }
      out.text.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t next = i;
    char32_t cp = utf8::Decode(src, &next);
    const char* rep = Replacement(cp);
    if (rep == nullptr) {
      out.text.append(src, i, next - i);
    } else {
      const auto begin = static_cast<uint32_t>(out.text.size());
      out.text += rep;
      if (out.text.size() - begin > 1) out.map.Replaced(begin + 1, static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(i));
      out.map.Anchor(static_cast<uint32_t>(out.text.size()), static_cast<uint32_t>(next));
    }
    i = next;
  }
  return out;
}

}  // namespace claimcheck::segment
