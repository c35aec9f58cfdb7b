#include "app/filter.h"

#include <map>

#include "app/suppressions.h"
#include "report/fingerprint.h"

namespace claimcheck::app {
namespace {

// Whether `where` (a span of a checked document) touches a '+' line of its file in the diff.
bool SpanTouchesDiff(const DocSpan& where, const std::vector<const SourceText*>& sources, const ChangedLines& diff) {
  if (where.doc < 0 || static_cast<size_t>(where.doc) >= sources.size()) return false;  // an archive document
  const SourceText& src = *sources[static_cast<size_t>(where.doc)];
  auto it = diff.find(DiffPathKey(src.path()));
  if (it == diff.end()) return false;
  int first = src.LineOf(where.span.begin);
  int last = src.LineOf(where.span.end > where.span.begin ? where.span.end - 1 : where.span.begin);
  auto hit = it->second.lower_bound(first);
  return hit != it->second.end() && *hit <= last;
}

// Whether the diff touches `f`: its primary span or any related span (the other side of a
// conflict, in this file or another checked one). A conflict whose earlier side was edited is one
// the change introduced.
bool TouchesDiff(const Finding& f, const std::vector<const SourceText*>& sources, const ChangedLines& diff) {
  if (SpanTouchesDiff(f.where, sources, diff)) return true;
  for (const auto& r : f.related) {
    if (SpanTouchesDiff(r.where, sources, diff)) return true;
  }
  return false;
}

}  // namespace

FilterResult ApplyFilters(std::vector<Finding> findings, const FilterInput& in) {
  FilterResult out;
  std::vector<std::string> paths;
  std::vector<const SourceText*> sources;
  for (const auto* d : in.docs) {
    paths.push_back(d->source.path());
    sources.push_back(&d->source);
  }
  std::map<std::string, const check::CheckInfo*> info;
  std::vector<std::string> ids;
  for (const auto& c : in.checks) {
    info[c.id] = &c;
    ids.push_back(c.id);
  }
  auto effective = [&](const std::string& check, int doc) {
    auto it = info.find(check);
    if (it == info.end()) return Config::Effective{};
    return in.configs[doc]->For(*it->second);
  };

  // 1. Configuration: disabled checks go, severity overrides apply.
  std::vector<Finding> kept;
  for (auto& f : findings) {
    Config::Effective eff = effective(f.check, f.where.doc);
    if (!eff.enabled) continue;
    if (eff.severity) f.severity = *eff.severity;
    kept.push_back(std::move(f));
  }

  // 2. Suppression directives.
  Suppressions suppressions;
  for (size_t i = 0; i < in.docs.size(); ++i) suppressions.Add(*in.docs[i], static_cast<int>(i), ids, &out.errors);
  findings.clear();
  for (auto& f : kept) {
    if (!suppressions.Suppress(f)) findings.push_back(std::move(f));
  }
  // A suppression that covered nothing, when suppression.unused is on for its document and the
  // checks it names are (otherwise the check being off explains it).
  bool added = false;
  for (const auto& e : suppressions.entries()) {
    if (e.used) continue;
    Config::Effective unused = effective(kUnusedSuppressionCheck, e.doc);
    if (!unused.enabled) continue;
    bool any_enabled = false;
    for (const auto& c : in.checks) {
      if (c.id != kUnusedSuppressionCheck && MatchCheckPattern(e.pattern, c.id) && effective(c.id, e.doc).enabled) {
        any_enabled = true;
      }
    }
    if (!any_enabled) continue;
    Finding f;
    f.check = kUnusedSuppressionCheck;
    auto it = info.find(kUnusedSuppressionCheck);
    f.severity = unused.severity ? *unused.severity : (it != info.end() ? it->second->severity : Severity::kWarning);
    f.message = "suppression of '" + e.pattern + "' matches no finding";
    f.where = {e.doc, e.directive};
    findings.push_back(std::move(f));
    added = true;
  }
  if (added) SortFindings(&findings, paths);

  // 3. Fingerprints, over everything the configuration and the input let through.
  std::vector<std::string> fingerprints = report::Fingerprints(findings, sources);
  for (size_t i = 0; i < findings.size(); ++i) {
    out.all.push_back({DiffPathKey(paths[findings[i].where.doc]), findings[i].check, fingerprints[i],
                       findings[i].message});
  }

  // A version 1 baseline holds fingerprints without context: match it with those.
  std::vector<std::string> v1;
  if (in.baseline && in.baseline->version == 1) v1 = report::FingerprintsV1(findings, sources);
  auto in_baseline = [&](size_t i) {
    if (!in.baseline) return false;
    if (in.baseline->version == 1) return in.baseline->Contains({out.all[i].path, out.all[i].check, v1[i]});
    return in.baseline->Contains(out.all[i].Key());
  };

  // 4. Baseline and diff decide what counts; 5. --fail-on; 6. --min-severity decides what shows.
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (in_baseline(i)) continue;
    if (in.diff && !TouchesDiff(f, sources, *in.diff)) continue;
    const bool fails = in.fail_on && f.severity >= *in.fail_on;
    out.fail = out.fail || fails;
    if (f.severity < in.min_severity) {
      if (fails) ++out.hidden_failing[static_cast<size_t>(f.severity)];
      continue;
    }
    out.findings.push_back(f);
    out.fingerprints.push_back(fingerprints[i]);
  }
  return out;
}

}  // namespace claimcheck::app
