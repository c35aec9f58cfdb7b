// UTF-8 validation and decoding. Pure functions, thread-safe.
#ifndef CLAIMCHECK_BASE_UTF8_H_
#define CLAIMCHECK_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::utf8 {

inline constexpr size_t kValid = static_cast<size_t>(-1);

// Returns kValid, or the byte offset of the first byte of the first ill-formed sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed).
size_t FindInvalid(std::string_view text);

// Says what is wrong with the ill-formed sequence that starts at text[offset] (an offset returned
// by FindInvalid), naming its bytes: a truncated sequence ("truncated UTF-8 sequence: byte 0xE2
// needs 2 continuation bytes, ..."), an overlong encoding, an encoded UTF-16 surrogate, a code
// point above U+10FFFF, a continuation byte without a lead byte, or a byte UTF-8 never uses.
std::string DescribeInvalid(std::string_view text, size_t offset);

// Decodes the code point at text[*pos] and advances *pos. The text must be valid UTF-8.
char32_t Decode(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of cp to out.
void Append(char32_t cp, std::string* out);

// Number of code points in a valid UTF-8 string.
size_t CodePoints(std::string_view text);

// True for a byte that starts a code point (not a continuation byte).
inline bool IsLead(unsigned char c) { return (c & 0xC0) != 0x80; }

}  // namespace claimcheck::utf8

#endif  // CLAIMCHECK_BASE_UTF8_H_
