// sourcing.anonymous-only: a claim about a death, a detention, casualties or an office that the
// story attributes only to unnamed sources ("a source", "officials", unnamed reports). Claims are
// taken together per subject and attribute over the whole story: one named source for any value
// ("the minister said he is alive") is sourcing a reader can weigh, so nothing is reported.
#include <algorithm>
#include <map>
#include <set>

#include "check/check.h"
#include "check/registry.h"

namespace claimcheck::check {
namespace {

constexpr const char* kAnonymousLexicon = "claims.anonymous-head";
const std::set<std::string, std::less<>> kAttributes = {"life-status", "detention", "count", "office"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
  return out;
}

class AnonymousOnly : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        "sourcing.anonymous-only",
        "A death, detention, casualty count or office resting only on unnamed sources",
        "A claim about a death, a detention, casualties or an office that the whole story "
        "attributes only to unnamed sources (\"a source\", \"officials\", unnamed reports), with no "
        "named source and no statement in the story's own voice about the same subject and "
        "attribute.",
        Severity::kInfo,
        {"the {attribute} of {subject} rests only on unnamed sources ({sources})"},
        true,
        "medium"};
    return kInfo;
  }

  Status Init(const rules::RuleSet& rules) override {
    const auto* lex = rules.Lexicon(kAnonymousLexicon);
    if (!lex) return Status::Error(std::string("sourcing.anonymous-only needs the lexicon ") + kAnonymousLexicon);
    for (const auto& w : *lex) heads_.insert(Lower(w));
    return {};
  }

  void Run(const Analysis& doc, std::vector<Finding>* out) const override {
    const auto& cl = doc.claims;
    // (subject, attribute) -> the claims, in text order.
    std::map<std::pair<int, std::string>, std::vector<const extract::Claim*>> groups;
    for (const auto& c : cl.claims) {
      if (c.subject >= 0 && kAttributes.count(c.attribute)) groups[{c.subject, c.attribute}].push_back(&c);
    }
    for (const auto& [key, claims] : groups) {
      std::vector<std::string> sources;
      bool anonymous = true;
      for (const auto* c : claims) {
        if (c->attribution < 0 || c->attribution >= static_cast<int>(cl.attributions.size())) {
          anonymous = false;  // the story says it itself
          break;
        }
        const auto& a = cl.attributions[c->attribution];
        if (!IsUnnamed(a)) {
          anonymous = false;
          break;
        }
        const std::string& shown = a.chain.empty() ? std::string("unnamed") : a.chain.front();
        if (std::find(sources.begin(), sources.end(), shown) == sources.end()) sources.push_back(shown);
      }
      if (!anonymous || claims.empty()) continue;
      std::string list;
      for (const auto& s : sources) list += (list.empty() ? "" : ", ") + s;
      const auto* first = claims.front();
      out->push_back(MakeFinding(doc, first->span,
                                 "the " + key.second + " of " + first->subject_name + " rests only on unnamed sources (" +
                                     list + ")"));
    }
  }

 private:
  // No source written ("reports that"), or a source whose head is an anonymous word ("a source
  // in the security services", "officials") and that names no one.
  bool IsUnnamed(const extract::Attribution& a) const {
    if (!a.source) return true;
    if (a.speaker >= 0) return false;
    std::string s = Lower(a.source->text);
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find_first_of(" \n,", i);
      if (j == std::string::npos) j = s.size();
      std::string_view word(s.data() + i, j - i);
      if (word == "in" || word == "at" || word == "from" || word == "with" || word == "close" || word == "of") break;
      if (heads_.count(std::string(word))) return true;
      i = j + 1;
    }
    return false;
  }

  std::set<std::string> heads_;
};

}  // namespace

std::unique_ptr<Check> NewAnonymousOnly() { return std::make_unique<AnonymousOnly>(); }

}  // namespace claimcheck::check
