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

std::vector<Span> AcknowledgementSpans(const Analysis& a, const std::vector<std::string>& cues) {
  std::vector<Span> out;
  for (const auto& p : a.text.paragraphs) {
    const std::string lower = Lower(std::string(a.text.Slice(p.span)));
    bool found = false;
    for (const auto& cue : cues) {
      for (size_t at = lower.find(cue); at != std::string::npos && !found; at = lower.find(cue, at + 1)) {
        const size_t end = at + cue.size();
        found = (at == 0 || !WordChar(lower[at - 1])) && (end >= lower.size() || !WordChar(lower[end]));
      }
      if (found) break;
    }
    if (found) out.push_back(p.span);
  }
  return out;
}

}  // namespace claimcheck::check
