#include "report/fingerprint.h"

#include <algorithm>
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

namespace {

bool EndsSentence(std::string_view line, size_t i) {
  const char c = line[i];
  return (c == '.' || c == '!' || c == '?') && i + 1 < line.size() && IsSpace(line[i + 1]);
}

// The sentence around `span` (bytes of `src`), found within its lines without a segmenter: back
// to just after the last ". " / "! " / "? " before the span, or the line's start, and on to the
// first one after it, or the line's end (at most kReach bytes each way). Abbreviations cut it
// short, which only makes the context smaller: it need not be a sentence, only the same text
// every run.
std::string_view Sentence(const SourceText& src, Span span) {
  const int first = src.LineOf(span.begin);
  const int last = src.LineOf(span.end > span.begin ? span.end - 1 : span.begin);
  const uint32_t begin = src.LineStart(first);
  const std::string_view last_text = src.LineText(last);
  const uint32_t end = src.LineStart(last) + static_cast<uint32_t>(last_text.size());
  const std::string_view lines = std::string_view(src.bytes()).substr(begin, end - begin);
  const size_t at = std::min<size_t>(span.begin - begin, lines.size());
  const size_t after = std::min<size_t>(std::max(span.end, span.begin) - begin, lines.size());
  // At most kReach bytes each side: on an enormous line without sentence ends, each finding
  // would otherwise read the whole line.
  constexpr size_t kReach = 300;
  size_t from = at > kReach ? at - kReach : 0, to = std::min(lines.size(), after + kReach);
  for (size_t i = at; i > from; --i) {
    if (EndsSentence(lines, i - 1)) {
      from = i;
      break;
    }
  }
  for (size_t i = after; i < to; ++i) {
    if (EndsSentence(lines, i)) {
      to = i + 1;
      break;
    }
  }
  return lines.substr(from, to - from);
}

std::vector<std::string> Number(const std::vector<Finding>& findings, const std::vector<uint64_t>& hashes) {
  std::vector<std::string> out;
  out.reserve(findings.size());
  std::map<std::pair<int, uint64_t>, int> seen;
  for (size_t i = 0; i < findings.size(); ++i) {
    int n = ++seen[{findings[i].where.doc, hashes[i]}];
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx:%d", static_cast<unsigned long long>(hashes[i]), n);
    out.emplace_back(buf);
  }
  return out;
}

// The finding's own text: its span, or its line when the span holds no text.
std::string SpanText(const Finding& f, const SourceText& src) {
  std::string text = Collapse(src.Slice(f.where.span));
  if (text.empty()) text = Collapse(src.LineText(src.LineOf(f.where.span.begin)));
  return text;
}

}  // namespace

std::vector<std::string> Fingerprints(const std::vector<Finding>& findings,
                                      const std::vector<const SourceText*>& docs) {
  std::vector<uint64_t> hashes;
  hashes.reserve(findings.size());
  for (const auto& f : findings) {
    const SourceText& src = *docs[f.where.doc];
    hashes.push_back(Fnv1a64(f.check + '\0' + SpanText(f, src) + '\0' + Collapse(Sentence(src, f.where.span))));
  }
  return Number(findings, hashes);
}

std::vector<std::string> FingerprintsV1(const std::vector<Finding>& findings,
                                        const std::vector<const SourceText*>& docs) {
  std::vector<uint64_t> hashes;
  hashes.reserve(findings.size());
  for (const auto& f : findings) hashes.push_back(Fnv1a64(f.check + '\0' + SpanText(f, *docs[f.where.doc])));
  return Number(findings, hashes);
}

}  // namespace claimcheck::report
