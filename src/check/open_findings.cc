#include "check/open_findings.h"

#include <algorithm>
#include <cctype>

#include "check/conflicts.h"

namespace claimcheck::check {

bool SameSubjectName(std::string a, std::string b) {
  for (auto* s : {&a, &b}) {
    for (char& ch : *s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  const std::string first = a.substr(0, a.find(' '));
  return (" " + b + " ").find(" " + first + " ") != std::string::npos;
}

std::string OpenClaimQuote(std::string_view clause, const extract::Claim& c) {
  std::string quote(clause);
  if (quote.empty()) quote = c.attribute.substr(c.attribute.find('/') + 1);
  if (quote.size() > 120) {
    size_t cut = 117;
    while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    quote = quote.substr(0, cut) + "...";
  }
  return quote;
}

std::string DescribeOpenClaim(const extract::Claim& c, const std::string& speaker, const std::string& quote) {
  const bool denied = c.modality == extract::Modality::kDenied;
  const bool hedged = c.modality == extract::Modality::kHedged;
  std::string who;
  if (c.sources.empty()) {
    who = denied ? "the story denies" : hedged ? "the story suggests" : "the story says";
  } else {
    who = speaker + (denied ? " denied" : hedged ? " suggested" : " said");
  }
  if (c.made_first && c.made_text != "document date") who += " on " + ShortDate(*c.made_first);
  return who + " \"" + quote + "\"";
}

std::string OpenConflictId(const extract::Claim& a, const extract::Claim& b) {
  if (a.modality == extract::Modality::kDenied || b.modality == extract::Modality::kDenied) return "conflict.denial";
  return a.attribute.starts_with("number/") ? "conflict.number" : "conflict.polarity";
}

std::string OpenConflictMessage(const std::string& subject, const std::string& at, const std::string& other,
                                bool flipped, bool acknowledged) {
  std::string message = "conflicting claims about " + subject + ": " + at + (flipped ? "; later, " : "; earlier, ") + other;
  if (acknowledged) message += " (the story acknowledges the contradiction)";
  return message;
}

std::string OpenRelatedMessage(const std::string& other, bool flipped) {
  return (flipped ? "the later claim: " : "the earlier claim: ") + other;
}

}  // namespace claimcheck::check
