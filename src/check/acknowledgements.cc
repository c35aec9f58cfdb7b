#include "check/acknowledgements.h"

#include <algorithm>
#include <cctype>

namespace claimcheck::check {
namespace {

constexpr const char* kAckLexicon = "conflicts.acknowledgements";

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return s;
}

}  // namespace

std::vector<std::string> AcknowledgementCues(const rules::RuleSet& rules) {
  std::vector<std::string> out;
  if (const auto* cues = rules.Lexicon(kAckLexicon)) {
    for (const auto& c : *cues) out.push_back(Lower(c));
  }
  return out;
}

namespace {

bool HoldsCue(std::string_view paragraph, const std::vector<std::string>& cues) {
  const std::string lower = Lower(std::string(paragraph));
  for (const auto& cue : cues) {
    for (size_t at = lower.find(cue); at != std::string::npos; at = lower.find(cue, at + 1)) {
      const size_t end = at + cue.size();
      if ((at == 0 || !WordChar(lower[at - 1])) && (end >= lower.size() || !WordChar(lower[end]))) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Span> AcknowledgementSpans(const Analysis& a, const std::vector<std::string>& cues) {
  std::vector<Span> out;
  for (const auto& p : a.text.paragraphs) {
    if (HoldsCue(a.text.Slice(p.span), cues)) out.push_back(p.span);
  }
  return out;
}

std::vector<char> AcknowledgedClaims(const Analysis& a, const extract::DocumentClaims& claims,
                                     const std::vector<std::string>& cues) {
  std::vector<char> out(claims.claims.size(), 0);
  if (cues.empty()) return out;
  const auto& paragraphs = a.text.paragraphs;
  std::vector<signed char> known(paragraphs.size(), -1);  // per paragraph: unread, no, yes
  // Whether a paragraph overlapping `s` holds a cue (paragraphs are in text order, disjoint).
  auto acknowledged = [&](Span s) {
    auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), s.begin,
                               [](uint32_t x, const segment::Paragraph& p) { return x < p.span.begin; });
    if (it != paragraphs.begin()) --it;
    for (; it != paragraphs.end() && it->span.begin < s.end; ++it) {
      if (!(s.begin < it->span.end && it->span.begin < s.end)) continue;
      signed char& k = known[it - paragraphs.begin()];
      if (k < 0) k = HoldsCue(a.text.Slice(it->span), cues) ? 1 : 0;
      if (k) return true;
    }
    return false;
  };
  for (size_t i = 0; i < claims.claims.size(); ++i) {
    const auto& c = claims.claims[i];
    bool found = acknowledged(c.span);
    if (!found && c.subject >= 0 && c.subject < static_cast<int>(claims.entities.size())) {
      for (Span m : claims.entities[c.subject].mentions) {
        if ((found = acknowledged(m))) break;
      }
    }
    out[i] = found ? 1 : 0;
  }
  return out;
}

}  // namespace claimcheck::check
