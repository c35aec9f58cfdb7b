#include "report/fingerprint.h"

#include <cstdio>
#include <map>
#include <utility>

namespace claimcheck::report {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The text with every run of ASCII whitespace turned into one space, trimmed.
std::string Collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::vector<std::string> Fingerprints(const std::vector<Finding>& findings,
                                      const std::vector<const SourceText*>& docs) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  std::map<std::pair<int, uint64_t>, int> seen;
  for (const auto& f : findings) {
    const SourceText& src = *docs[f.where.doc];
    std::string_view text = src.Slice(f.where.span);
    if (Collapse(text).empty()) text = src.LineText(src.LineOf(f.where.span.begin));
    uint64_t h = Fnv1a64(f.check + '\0' + Collapse(text));
    int n = ++seen[{f.where.doc, h}];
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx:%d", static_cast<unsigned long long>(h), n);
    out.emplace_back(buf);
  }
  return out;
}

}  // namespace claimcheck::report
