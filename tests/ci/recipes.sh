#!/usr/bin/env bash
# The CI recipes of docs/ci.md that can run here, with an installed-like claimcheck on the PATH:
# the plain shell step (scripts/ci/lint-step.sh), the GitLab Code Quality conversion
# (scripts/ci/gitlab-code-quality.jq, golden output) and the pre-commit hook (.pre-commit-hooks.yaml:
# its files/exclude patterns pick the copy, and its entry runs on it). docs/ci.md must show each
# script as it is.
# Usage: recipes.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin_abs=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
mkdir -p "$tmp/path" "$tmp/work/fixtures/ci"
ln -s "$bin_abs" "$tmp/path/claimcheck"
export PATH="$tmp/path:$PATH"
cp -r fixtures/ci/tree "$tmp/work/fixtures/ci/"
src=$PWD

# The docs show the scripts verbatim.
for f in scripts/ci/lint-step.sh scripts/ci/gitlab-code-quality.jq; do
  python3 - "$f" <<'PY' || fail "docs/ci.md does not show $f as it is"
import sys
body = open(sys.argv[1]).read()
sys.exit(0 if body in open("docs/ci.md").read() else 1)
PY
done

# Plain shell step: the log and claimcheck.txt hold the text report, claimcheck.sarif is written,
# and the exit code is claimcheck's.
(cd "$tmp/work" && sh "$src/scripts/ci/lint-step.sh" fixtures/ci/tree) >"$tmp/step.log" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "lint-step.sh: exit code $rc, expected 1"
compare fixtures/ci/expected/default.out "$tmp/work/claimcheck.txt" "lint-step.sh (claimcheck.txt)"
compare fixtures/ci/expected/default.out "$tmp/step.log" "lint-step.sh (log)"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))["runs"][0]["results"]' "$tmp/work/claimcheck.sarif" ||
  fail "lint-step.sh: claimcheck.sarif is not SARIF"
(cd "$tmp/work" && sh "$src/scripts/ci/lint-step.sh" fixtures/ci/tree --fail-on none) >/dev/null 2>&1 ||
  fail "lint-step.sh with --fail-on none: exit code $?, expected 0"
(cd "$tmp/work" && sh "$src/scripts/ci/lint-step.sh" no-such-dir) >/dev/null 2>&1
rc=$?
[ "$rc" = 2 ] || fail "lint-step.sh on a missing folder: exit code $rc, expected 2"

# GitLab Code Quality: SARIF through the jq program, only the counted findings.
if command -v jq >/dev/null; then
  claimcheck check --format sarif --fail-on none --baseline fixtures/ci/baseline-absent.json fixtures/ci/tree |
    jq -f scripts/ci/gitlab-code-quality.jq >"$tmp/gl-code-quality-report.json"
  compare fixtures/ci/expected/gitlab-code-quality.json "$tmp/gl-code-quality-report.json" "gitlab code quality"
else
  fail "jq missing (scripts/setup installs it for the tests)"
fi

# pre-commit: the hook's files/exclude (Python regular expressions, searched as pre-commit does)
# pick the copy out of a repository's paths, and its entry runs on the picked files.
python3 - >"$tmp/picked" <<'PY'
import re
hook = {}
for line in open(".pre-commit-hooks.yaml"):
    m = re.match(r"^  (entry|files|exclude): (.*)$", line)
    if m:
        hook[m.group(1)] = m.group(2)
paths = ["stories/budget.txt", "stories/notes.md", "CMakeLists.txt", "docs/ci.md", "README.md",
         "src/requirements-dev.txt", "desk/LICENSE.txt", "wire/feed.markdown", ".github/notes.md"]
for p in paths:
    if re.search(hook["files"], p) and not re.search(hook["exclude"], p):
        print(p)
print("ENTRY", hook["entry"])
PY
[ "$(grep -v ENTRY "$tmp/picked" | tr '\n' ' ')" = "stories/budget.txt stories/notes.md wire/feed.markdown " ] ||
  fail "pre-commit files/exclude pick: $(tr '\n' ' ' <"$tmp/picked")"
entry=$(sed -n 's/^ENTRY //p' "$tmp/picked")
# shellcheck disable=SC2086  # the entry is a command line
(cd "$tmp/work/fixtures/ci/tree" && $entry --fail-on error stories/budget.txt stories/notes.md) >"$tmp/hook.out" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "pre-commit entry '$entry --fail-on error': exit code $rc, expected 1: $(cat "$tmp/hook.out")"
grep -q "typo.repeated-word" "$tmp/hook.out" || fail "pre-commit entry: no findings shown"
finish
