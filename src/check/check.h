// The interface every check implements, and the facts a check declares about itself (its id,
// summary, default severity, messages and doc page), which feed `claimcheck rules`, SARIF rule
// metadata, the HTML legend and the test that every id has a doc page and fixtures.
#ifndef CLAIMCHECK_CHECK_CHECK_H_
#define CLAIMCHECK_CHECK_CHECK_H_

#include <optional>
#include <string>
#include <vector>

#include "base/finding.h"
#include "base/status.h"
#include "check/analysis.h"
#include "rules/pack.h"

namespace claimcheck::check {

struct CheckInfo {
  std::string id;       // dotted, stable: "typo.joined-words"
  std::string summary;  // one line
  std::string description;  // a paragraph: what and why (SARIF fullDescription)
  Severity severity = Severity::kWarning;
  std::vector<std::string> messages;  // every message shape it can emit, with {placeholders}
  bool enabled_by_default = true;
  std::string precision = "high";  // SARIF properties.precision: very-high|high|medium|low
  bool takes_rules = false;  // findings come from rules of kind `pattern` naming this check
  // Counted against --max-findings. False only for a check that says what no check has read
  // (limit.paragraph): the reader must always see it, and it gives at most one finding per MiB.
  bool capped = true;

  std::string DocPath() const { return "docs/checks/" + id + ".md"; }
};

// A check is created once per run, initialised with the loaded rules (lexicons, rule lists), and
// then run over documents. Run and RunAll must be thread-safe (const, no mutable state).
// What Check::RunLimited left out: how many findings, the highest severity among them and where
// the first of them is.
struct LimitedRun {
  size_t dropped = 0;
  Severity worst = Severity::kInfo;
  std::optional<DocSpan> first;
  void Drop(Severity severity, DocSpan where);
  void Merge(const LimitedRun& other);  // adds what another run left out
};

class Check {
 public:
  virtual ~Check() = default;
  virtual const CheckInfo& info() const = 0;
  // Looks up what the check needs from the rule packs; an error names the missing piece.
  virtual Status Init(const rules::RuleSet& rules) {
    (void)rules;
    return {};
  }
  // Findings within one document.
  virtual void Run(const Analysis& doc, std::vector<Finding>* out) const {
    (void)doc;
    (void)out;
  }
  // Run, keeping at most `limit` findings (the first by position) and counting the rest. The
  // default runs Run and cuts; a check that can find very many (one per rule match) overrides it
  // so the ones left out are never built. Defined in findings_limit.cc.
  virtual LimitedRun RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const;
  // Findings across the documents of a run (e.g. conflicts between stories).
  virtual void RunAll(const std::vector<const Analysis*>& docs, std::vector<Finding>* out) const {
    (void)docs;
    (void)out;
  }

 protected:
  // A finding of this check at a span of the normalised text, at the default severity.
  Finding MakeFinding(const Analysis& doc, Span norm_span, std::string message) const;
};

}  // namespace claimcheck::check

#endif  // CLAIMCHECK_CHECK_CHECK_H_
