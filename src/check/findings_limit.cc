#include "check/findings_limit.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>

#include "check/registry.h"

namespace claimcheck::check {
namespace {

class FindingsLimit : public Check {
 public:
  const CheckInfo& info() const override {
    static const CheckInfo kInfo{
        kFindingsLimitCheck,
        "More findings in one file than are reported",
        "A file gave more findings than the limit per file (--max-findings, or max-findings: in "
        ".claimcheck.yaml; default 1000): the first ones by position are reported, and this finding, "
        "at the first one left out, counts the rest. So many findings usually mean the input is not "
        "news copy, or one mistake repeated.",
        Severity::kInfo,
        {"{count} more findings in this file are not reported (at most {limit} per file; --max-findings)"},
        true,
        "very-high"};
    return kInfo;
  }
};

bool ByPosition(const Finding& a, const Finding& b) {
  if (a.where.span.begin != b.where.span.begin) return a.where.span.begin < b.where.span.begin;
  if (a.where.span.end != b.where.span.end) return a.where.span.end < b.where.span.end;
  return a.check < b.check;
}

// Keeps the first `limit` findings by position and counts the rest in `left_out`.
void KeepFirst(std::vector<Finding>* found, size_t limit, LimitedRun* left_out) {
  if (found->size() <= limit) return;
  std::stable_sort(found->begin(), found->end(), ByPosition);
  for (size_t i = limit; i < found->size(); ++i) left_out->Drop((*found)[i].severity, (*found)[i].where);
  found->resize(limit);
}

}  // namespace

std::unique_ptr<Check> NewFindingsLimit() { return std::make_unique<FindingsLimit>(); }

LimitedRun Check::RunLimited(const Analysis& doc, size_t limit, std::vector<Finding>* out) const {
  std::vector<Finding> found;
  Run(doc, &found);
  LimitedRun r;
  KeepFirst(&found, limit, &r);
  std::move(found.begin(), found.end(), std::back_inserter(*out));
  return r;
}

void FindingSink::Add(Finding f) {
  kept_.push_back(std::move(f));
  if (limit_ > 0 && kept_.size() >= 2 * limit_) Cut();
}

void FindingSink::Cut() {
  if (limit_ > 0) KeepFirst(&kept_, limit_, &run_);
}

LimitedRun FindingSink::Finish(std::vector<Finding>* out) {
  Cut();
  std::move(kept_.begin(), kept_.end(), std::back_inserter(*out));
  kept_.clear();
  LimitedRun r = run_;
  run_ = {};
  return r;
}

void LimitedRun::Drop(Severity severity, DocSpan where) {
  ++dropped;
  worst = std::max(worst, severity);
  if (!first || where < *first) first = where;
}

void LimitedRun::Merge(const LimitedRun& other) {
  if (other.dropped == 0) return;
  dropped += other.dropped - 1;
  Drop(other.worst, *other.first);
}

void FileFindings::RunChecks(const std::vector<const Check*>& checks, const Analysis& doc) {
  std::vector<Finding> found;
  for (const Check* c : checks) {
    if (!c->info().capped) {
      c->Run(doc, &uncapped_);
      continue;
    }
    found.clear();
    if (max_ == 0) {
      c->Run(doc, &found);
    } else {
      left_out_.Merge(c->RunLimited(doc, max_, &found));
    }
    for (auto& f : found) capped_.Add(std::move(f));
  }
}

void FileFindings::Finish(std::vector<Finding>* out) {
  left_out_.Merge(capped_.Finish(out));
  std::move(uncapped_.begin(), uncapped_.end(), std::back_inserter(*out));
  uncapped_.clear();
  if (left_out_.dropped == 0) return;
  Finding f;
  f.check = kFindingsLimitCheck;
  f.severity = left_out_.worst;
  f.message = std::to_string(left_out_.dropped) + " more findings in this file are not reported (at most " +
              std::to_string(max_) + " per file; --max-findings)";
  f.where = *left_out_.first;
  out->push_back(std::move(f));
  left_out_ = {};
}

}  // namespace claimcheck::check
