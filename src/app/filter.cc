#include "app/filter.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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
  std::vector<std::string> keys;  // DiffPathKey of each path, once per file rather than per finding
  for (const auto* d : in.docs) {
    paths.push_back(d->source.path());
    sources.push_back(&d->source);
    keys.push_back(DiffPathKey(d->source.path()));
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

  // 1. Configuration: disabled checks go (aside, for SARIF), severity overrides apply.
  std::vector<Finding> kept;
  std::vector<Finding> dismissed;                  // by configuration or a directive
  std::vector<std::pair<bool, std::string>> why;  // in the copy?, justification
  for (auto& f : findings) {
    Config::Effective eff = effective(f.check, f.where.doc);
    if (!eff.enabled) {
      why.emplace_back(false, "disabled by the configuration" +
                                  (eff.enabled_by ? " at " + eff.enabled_by->where.ToString() : std::string()));
      dismissed.push_back(std::move(f));
      continue;
    }
    if (eff.severity) f.severity = *eff.severity;
    kept.push_back(std::move(f));
  }

  // 2. Suppression directives.
  Suppressions suppressions;
  for (size_t i = 0; i < in.docs.size(); ++i) suppressions.Add(*in.docs[i], static_cast<int>(i), ids, &out.errors);
  findings.clear();
  for (auto& f : kept) {
    if (!suppressions.Suppress(f)) {
      findings.push_back(std::move(f));
    } else {
      why.emplace_back(true, "a claimcheck- directive in the copy");
      dismissed.push_back(std::move(f));
    }
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
    out.all.push_back({keys[findings[i].where.doc], findings[i].check, fingerprints[i],
                       findings[i].message});
  }

  // A version 1 baseline holds fingerprints without context: match it with those.
  std::vector<std::string> v1;
  if (in.baseline && in.baseline->version == 1) v1 = report::FingerprintsV1(findings, sources);
  // The baseline key of a finding, in the baseline's version.
  using Key = std::tuple<std::string, std::string, std::string>;
  auto key_of = [&](const Finding& f, const std::string& fp, const std::string& fp_v1) {
    return Key{keys[f.where.doc], f.check, in.baseline && in.baseline->version == 1 ? fp_v1 : fp};
  };
  std::set<Key> matched;
  auto in_baseline = [&](size_t i) {
    if (!in.baseline) return false;
    Key key = key_of(findings[i], fingerprints[i], v1.empty() ? "" : v1[i]);
    if (!in.baseline->Contains(key)) return false;
    matched.insert(std::move(key));
    return true;
  };
  auto state = [](bool unchanged) {
    return unchanged ? report::BaselineState::kUnchanged : report::BaselineState::kNew;
  };

  // Dismissed by configuration or a directive: fingerprinted among themselves, reported (SARIF)
  // under the same --diff and --min-severity as the others.
  std::vector<std::string> dismissed_fps = report::Fingerprints(dismissed, sources);
  std::vector<std::string> dismissed_v1;
  if (in.baseline && in.baseline->version == 1) dismissed_v1 = report::FingerprintsV1(dismissed, sources);
  for (size_t i = 0; i < dismissed.size(); ++i) {
    const Finding& f = dismissed[i];
    if (in.diff && !TouchesDiff(f, sources, *in.diff)) continue;
    if (f.severity < in.min_severity) continue;
    report::SuppressedFinding s{f, dismissed_fps[i], why[i].first, why[i].second, std::nullopt};
    if (in.baseline) {
      Key key = key_of(f, dismissed_fps[i], dismissed_v1.empty() ? "" : dismissed_v1[i]);
      s.baseline = state(in.baseline->Contains(key));
      if (*s.baseline == report::BaselineState::kUnchanged) matched.insert(std::move(key));
    }
    out.suppressed.push_back(std::move(s));
  }

  // 4. Baseline and diff decide what counts; 5. --fail-on; 6. --min-severity decides what shows.
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (in_baseline(i)) {
      if ((!in.diff || TouchesDiff(f, sources, *in.diff)) && f.severity >= in.min_severity) {
        out.suppressed.push_back({f, fingerprints[i], false, "in the baseline", report::BaselineState::kUnchanged});
      }
      continue;
    }
    if (in.diff && !TouchesDiff(f, sources, *in.diff)) continue;
    const bool fails = in.fail_on && f.severity >= *in.fail_on;
    out.fail = out.fail || fails;
    if (f.severity < in.min_severity) {
      if (fails) ++out.hidden_failing[static_cast<size_t>(f.severity)];
      continue;
    }
    out.findings.push_back(f);
    out.fingerprints.push_back(fingerprints[i]);
    if (in.baseline) out.baseline_states.push_back(report::BaselineState::kNew);
  }

  std::stable_sort(out.suppressed.begin(), out.suppressed.end(), [&](const auto& a, const auto& b) {
    return std::tie(paths[a.finding.where.doc], a.finding.where.span.begin, a.finding.check) <
           std::tie(paths[b.finding.where.doc], b.finding.where.span.begin, b.finding.check);
  });

  // Baseline entries of the checked files that nothing matched any more: fixed.
  if (in.baseline) {
    std::set<std::string> checked(keys.begin(), keys.end());
    for (const auto& key : in.baseline->keys) {
      if (matched.count(key) || !checked.count(std::get<0>(key))) continue;
      auto m = in.baseline->messages.find(key);
      out.absent.push_back(
          {std::get<0>(key), std::get<1>(key), std::get<2>(key), m == in.baseline->messages.end() ? "" : m->second});
    }
  }
  return out;
}

}  // namespace claimcheck::app
