// The open layer's claims for the conflict checks (docs/checks/conflict.polarity.md,
// conflict.denial.md, conflict.number.md): each proposition (extract/propositions.h) whose subject
// holds a named entity becomes an extract::Claim, so that check::CompareClaims groups, places in
// time and compares it exactly like a typed claim.
//
// Alignment is in the claim's attribute: "polarity/<key>" or "number/<key>", where the key is the
// predicate (a copula's complement: "be dead" is "dead"; the second word of a
// `contradicting-predicates` pair is the first, negated: "lost" is "not won"), the subject's other
// content words ("Acme's profits": "profit") and the direct object's ("won the election":
// "election"). CompareClaims groups by (merged entity, attribute), so two claims are compared only
// when they share the entity and the whole key: strict on purpose, so unrelated claims never meet.
//
// An OpenClaimReader is immutable after FromRules and thread-safe.
#ifndef CLAIMCHECK_CHECK_OPEN_CLAIMS_H_
#define CLAIMCHECK_CHECK_OPEN_CLAIMS_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/analysis.h"
#include "extract/claim.h"
#include "extract/propositions.h"
#include "extract/tokens.h"
#include "rules/pack.h"

namespace claimcheck::check {

// The attribute prefixes of open claims; their semantics are the `polarity` and `number`
// attributes of rules/conflicts.
inline constexpr const char* kPolarityAttribute = "polarity";
inline constexpr const char* kNumberAttribute = "number";

class OpenClaimReader {
 public:
  // Without the propositions pack (or its lexicons), the open layer is off: nullopt.
  static std::optional<OpenClaimReader> FromRules(const rules::RuleSet& rules);

  // The open claims of the sentences of `a` set in `which` (by index), appended to `out`: the
  // document's entities (copied once, so claims can name them) and the subjects the extractor
  // did not make entities, and one claim per aligned proposition no typed claim covers.
  void Read(const Analysis& a, const std::vector<char>& which, extract::DocumentClaims* out) const;

  // Every sentence of `a` but those wholly inside a plain-text table (which give no open claim):
  // what the open conflict checks read, so that a story's open claims depend on it alone.
  static std::vector<char> ReadableSentences(const Analysis& a);

  // The alignment key and value of one clause, for tests: "polarity/win||election" "".
  struct Keyed {
    std::string attribute;
    std::string value;
    bool flipped = false;  // the predicate is the second word of a contradicting pair
  };
  std::optional<Keyed> Key(const extract::Proposition& p, std::string_view entity_text) const;

 private:
  explicit OpenClaimReader(extract::PropositionReader props) : props_(std::move(props)) {}
  // Whether the sentence `words` (lower case) holds a refutation phrase that is not itself negated.
  bool Refutes(const std::vector<std::string>& words) const;

  extract::PropositionReader props_;
  std::vector<std::vector<std::string>> refutations_;  // phrases, as words
  std::unordered_set<std::string> negations_, object_stops_, stopwords_, months_, not_names_;
  std::unordered_map<std::string, std::string> opposite_;  // "lose" -> "win"
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_OPEN_CLAIMS_H_
