#include "check/open_archive.h"

#include <algorithm>

namespace claimcheck::check {

bool IsOpenAttribute(const std::string& attribute) {
  return attribute.starts_with(std::string(kPolarityAttribute) + "/") ||
         attribute.starts_with(std::string(kNumberAttribute) + "/");
}

void ReadAllOpenClaims(const OpenClaimReader& reader, const Analysis& a) {
  if (a.archive || a.open_claims) return;
  a.open_claims.emplace();
  reader.Read(a, OpenClaimReader::ReadableSentences(a), &*a.open_claims);
}

extract::DocumentClaims ArchivedClaims(const Analysis& a) {
  if (!a.open_claims || a.open_claims->claims.empty()) return a.claims;
  extract::DocumentClaims out = *a.open_claims;  // entities: the typed claims' table, then more
  out.attributions = a.claims.attributions;
  std::vector<extract::Claim> claims = a.claims.claims;
  claims.insert(claims.end(), out.claims.begin(), out.claims.end());
  out.claims = std::move(claims);
  return out;
}

void SplitOpenClaims(Analysis* a) {
  auto& claims = a->claims.claims;
  if (std::none_of(claims.begin(), claims.end(), [](const extract::Claim& c) { return IsOpenAttribute(c.attribute); })) {
    return;
  }
  extract::DocumentClaims open;
  open.entities = a->claims.entities;
  open.attributions = a->claims.attributions;
  std::vector<extract::Claim> typed;
  for (auto& c : claims) (IsOpenAttribute(c.attribute) ? open.claims : typed).push_back(std::move(c));
  claims = std::move(typed);
  a->open_claims = std::move(open);
}

}  // namespace claimcheck::check
