#include "base/utf8.h"

#include <cstdio>

namespace claimcheck::utf8 {
namespace {

std::string Hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

std::string CodePointName(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// "byte 0xC0" or "bytes 0xE0 0x80 0xAF".
std::string Bytes(const unsigned char* s, size_t n) {
  std::string out = n == 1 ? "byte" : "bytes";
  for (size_t i = 0; i < n; ++i) out += " " + Hex(s[i]);
  return out;
}

}  // namespace

size_t FindInvalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      __builtin_memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return kValid;
}

std::string DescribeInvalid(std::string_view text, size_t offset) {
  if (offset >= text.size()) return "invalid UTF-8";
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + offset;
  const size_t avail = text.size() - offset;
  const unsigned char c = s[0];
  const std::string lead = "byte " + Hex(c);
  if (c < 0x80) return "invalid UTF-8 at " + lead;  // not reached for offsets from FindInvalid
  if (c <= 0xBF) return "invalid UTF-8: " + lead + " is a continuation byte with no lead byte before it";
  if (c >= 0xF8) return "invalid UTF-8: " + lead + " never occurs in UTF-8";
  if (c >= 0xF5) return "invalid UTF-8: " + lead + " would start a code point above U+10FFFF, the last one Unicode has";

  const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  const char32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
  size_t have = 0;  // continuation bytes present after the lead byte
  while (have + 1 < len && have + 1 < avail && (s[have + 1] & 0xC0) == 0x80) ++have;
  const bool complete = have + 1 == len;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (k <= have ? (s[k] & 0x3F) : 0);

  // The lead byte and the first continuation byte already decide overlong forms, surrogates and
  // the upper limit, so those are named even when the rest of the sequence is missing.
  if (c == 0xC0 || c == 0xC1 || (have >= 1 && ((c == 0xE0 && s[1] < 0xA0) || (c == 0xF0 && s[1] < 0x90)))) {
    if (complete) {
      size_t shortest = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
      return "invalid UTF-8: overlong encoding: " + Bytes(s, len) + " encode " + CodePointName(cp) +
             ", which UTF-8 writes in " + std::to_string(shortest) + (shortest == 1 ? " byte" : " bytes");
    }
    return "invalid UTF-8: overlong encoding: " + Bytes(s, have + 1) + " can only start a code point below " +
           CodePointName(min) + ", which UTF-8 writes in fewer bytes";
  }
  if (c == 0xED && have >= 1 && s[1] >= 0xA0) {
    return "invalid UTF-8: " + lead + " starts an encoded UTF-16 surrogate (" + CodePointName(cp) +
           "), which UTF-8 does not allow";
  }
  if (c == 0xF4 && have >= 1 && s[1] >= 0x90) {
    return "invalid UTF-8: " + Bytes(s, have + 1) + (complete ? " encode " + CodePointName(cp) + "," : " start") +
           " a code point above U+10FFFF, the last one Unicode has";
  }
  if (!complete) {
    const size_t need = len - 1;
    std::string out = "truncated UTF-8 sequence: " + lead + " needs " + std::to_string(need) +
                      (need == 1 ? " continuation byte" : " continuation bytes");
    if (have + 1 >= avail) {
      return out + ", but the file ends " + (have == 0 ? "after it" : "after " + std::to_string(have));
    }
    if (have == 0) return out + ", but the next byte is " + Hex(s[1]);
    return out + ", but has only " + std::to_string(have) + ", then byte " + Hex(s[have + 1]);
  }
  return "invalid UTF-8: " + lead + " does not start a valid sequence";
}

char32_t Decode(std::string_view text, size_t* pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < len && i + k < text.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  *pos = i + len;
  return cp;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CodePoints(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += IsLead(c);
  return n;
}

}  // namespace claimcheck::utf8
