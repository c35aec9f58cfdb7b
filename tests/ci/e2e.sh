#!/usr/bin/env bash
# The CI lint step end to end, through the executable, on fixtures/ci/: a tree with a
# .claimcheck.yaml (a disabled group, an enabled off-by-default check, a severity override, a
# rule pack, an excluded directory, a default date), suppression directives in plain text and
# Markdown, a baseline and a diff. Each case's standard output, standard error and exit code are
# compared exactly with fixtures/ci/expected/<case>.{out,err} and the code in the table below.
# Usage: e2e.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
expected=fixtures/ci/expected
tree=fixtures/ci/tree

# run_case NAME EXIT-CODE STDIN-FILE ARGS...
run_case() {
  local name=$1 want=$2 input=$3
  shift 3
  "$bin" "$@" <"$input" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local rc=$?
  [ "$rc" = "$want" ] || fail "$name: exit code $rc, expected $want (claimcheck $*)"
  compare "$expected/$name.out" "$tmp/$name.out" "$name (stdout)"
  compare "$expected/$name.err" "$tmp/$name.err" "$name (stderr)"
}

# name                  exit stdin             arguments
run_case default          1 /dev/null check "$tree"
run_case no-config        1 /dev/null check --no-config "$tree"
run_case explicit-config  1 /dev/null check --config "$tree/.claimcheck.yaml" fixtures/eurasianet-tajikistan-general.txt
run_case min-severity     1 /dev/null check --min-severity error "$tree"
run_case fail-on-none     0 /dev/null check --fail-on none --format rdjsonl "$tree"
run_case fail-on-error    1 /dev/null check --fail-on error --min-severity warning --format github "$tree"
run_case baseline         1 /dev/null check --baseline fixtures/ci/baseline.json "$tree"
run_case baseline-clean   0 /dev/null check --baseline fixtures/ci/baseline.json "$tree/stories/budget.txt"
run_case diff             1 /dev/null check --diff fixtures/ci/change.diff "$tree"
run_case diff-stdin       1 fixtures/ci/change.diff check --diff - --baseline fixtures/ci/baseline.json --format github "$tree"
run_case diff-hides-warnings 0 fixtures/ci/change.diff check --diff - --fail-on error "$tree/stories/budget.txt"
run_case config-print     0 /dev/null config --print "$tree/stories"
run_case config-print-excluded 0 /dev/null config --print "$tree/archive/old.txt"
run_case config-print-none 0 /dev/null config --print fixtures/ci/bad-directive
run_case bad-config       2 /dev/null check "fixtures/ci/bad-config"
run_case bad-directive    2 /dev/null check fixtures/ci/bad-directive
run_case bad-baseline     2 /dev/null check --baseline fixtures/ci/change.diff "$tree"
run_case bad-min-severity 2 /dev/null check --min-severity warn "$tree"

# Absolute input paths under the working directory match the diff's relative paths (only the
# summary line is compared: the paths in the report are absolute).
"$bin" check --diff fixtures/ci/change.diff "$PWD/$tree" >"$tmp/abs.out" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "diff-absolute: exit code $rc, expected 1"
summary=$(tail -1 "$tmp/abs.out")
[ "$summary" = "3 findings: 1 error, 2 warnings, 0 info (2 files checked)" ] || fail "diff-absolute: got '$summary'"

# --write-baseline writes every finding left after configuration and suppressions.
run_case write-baseline   1 /dev/null check --write-baseline "$tmp/baseline.json" --format github "$tree"
compare "$expected/write-baseline.json" "$tmp/baseline.json" "write-baseline (file)"

# A baseline matches by fingerprint, not by line: after two paragraphs are inserted at the top of
# budget.txt, its old findings are still in the baseline and only the new paragraph's show.
mkdir -p "$tmp/edited/fixtures/ci"
cp -r "$tree" "$tmp/edited/fixtures/ci/"
cp fixtures/ci/baseline.json "$tmp/edited/"
{
  printf 'A new first paragraph says the talks start on May 4-4.\n\n'
  cat "$tree/stories/budget.txt"
} >"$tmp/edited/$tree/stories/budget.txt.new"
mv "$tmp/edited/$tree/stories/budget.txt.new" "$tmp/edited/$tree/stories/budget.txt"
bin_abs=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
(cd "$tmp/edited" && "$bin_abs" check --baseline baseline.json "$tree/stories/budget.txt") \
  >"$tmp/baseline-after-edit.out" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "baseline-after-edit: exit code $rc, expected 1"
compare "$expected/baseline-after-edit.out" "$tmp/baseline-after-edit.out" "baseline-after-edit"
finish
