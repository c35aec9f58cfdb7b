#!/usr/bin/env bash
# The official SARIF validator (npm @microsoft/sarif-multitool, installed by
# `CLAIMCHECK_SETUP_TESTS=1 scripts/setup` into build-tools/) must report no error and no warning
# on the SARIF for the seed, every check's fixtures and the CI fixture tree, each written with
# --docs-url. Written without it (a build tree knows no docs address), the one warning allowed is
# SARIF2005 for the missing tool.driver.informationUri. Never skips: a missing validator is a failure.
# Usage: sarif_validate.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
multitool=${CLAIMCHECK_SARIF_MULTITOOL:-build-tools/node_modules/.bin/sarif-multitool}
if [ ! -x "$multitool" ]; then
  echo "FAIL: $multitool not found: run CLAIMCHECK_SETUP_TESTS=1 scripts/setup" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
while read -r prefix args; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  "$bin" check --format sarif --docs-url file:///usr/share/doc/claimcheck $args >"$tmp/$n.sarif" 2>"$tmp/err"
  [ $? -le 1 ] || fail "${prefix%.}: claimcheck failed: $(cat "$tmp/err")"
  n=$((n + 1))
  # shellcheck disable=SC2086
  "$bin" check --format sarif $args >"$tmp/$n.nolinks.sarif" 2>"$tmp/err"
  [ $? -le 1 ] || fail "${prefix%.}: claimcheck failed: $(cat "$tmp/err")"
done < <(golden_cases)
# Validate every file in one run (the tool starts slowly); its log lists errors and warnings as
# results, and problems running it as tool notifications.
if ! "$multitool" validate -o "$tmp/validation.sarif" "$tmp"/*.sarif >"$tmp/validator.out" 2>&1; then
  cat "$tmp/validator.out" >&2
  fail "sarif-multitool validate exited with an error"
fi
grep -q "Done. $n files scanned" "$tmp/validator.out" || {
  cat "$tmp/validator.out" >&2
  fail "the validator did not scan all $n files"
}
python3 - "$tmp/validation.sarif" "$n" <<'PY' || fail "the validator found problems"
import json, sys
log = json.load(open(sys.argv[1]))
problems = []
scanned = set()
for run in log["runs"]:
    for artifact in run.get("artifacts", []):
        scanned.add(artifact["location"]["uri"])
    for r in run.get("results", []):
        if r.get("level", "warning") in ("error", "warning"):
            loc = r["locations"][0]["physicalLocation"]
            if r["ruleId"] == "SARIF2005" and loc["artifactLocation"]["uri"].endswith(".nolinks.sarif"):
                continue  # no informationUri without a docs address: accepted (docs/ci.md)
            problems.append("%s:%s: %s %s %s" % (loc["artifactLocation"]["uri"], loc.get("region", {}).get("startLine", 0),
                                                 r.get("level", "warning"), r["ruleId"], r["message"].get("arguments")))
    for inv in run.get("invocations", []):
        if not inv.get("executionSuccessful", True):
            problems.append("the validator did not run successfully")
        for note in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
            if note.get("level", "warning") in ("error", "warning"):
                problems.append("validator notification: %s" % note.get("message"))
for p in problems:
    print(p, file=sys.stderr)
print("%d SARIF files validated, %d problems" % (int(sys.argv[2]), len(problems)))
sys.exit(1 if problems else 0)
PY
finish
