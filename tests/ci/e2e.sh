#!/usr/bin/env bash
# The CI lint step end to end, through the executable, on fixtures/ci/: a tree with a
# .claimcheck.yaml (a disabled group, an enabled off-by-default check, a severity override, a
# rule pack, an excluded directory, a default date), suppression directives in plain text and
# Markdown, a baseline and a diff; and beside it folders for rule packs per folder (split/), the
# document date (dated/), directives in comments (comments/) and a bad group (bad-group/). Each case's standard output, standard error and exit code are
# compared exactly with fixtures/ci/expected/<case>.{out,err} and the code in the table below.
# Usage: e2e.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
bin_abs=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
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
# A version 1 baseline (fingerprints without context) is still read: the same result.
run_case baseline-v1      1 /dev/null check --baseline fixtures/ci/baseline-v1.json "$tree"
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
run_case bad-group        2 /dev/null check fixtures/ci/bad-group
run_case not-a-diff       2 /dev/null check --diff "$tree/stories/budget.txt" "$tree"
run_case empty-diff       0 /dev/null check --diff /dev/null "$tree"
# Findings that fail the run but --min-severity hides are counted in the summary line.
run_case hidden-fail      1 /dev/null check --fail-on warning --min-severity error fixtures/eurasianet-tajikistan-general.txt
# Rule packs per folder: split/with-pack adds a pack `newsroom` (an October rule), split/same-name
# another pack also named `newsroom` (a November rule), split/plain none; each fairs.txt is checked
# with its own packs only, and the conflict between with-pack/attack-ministry.txt and
# plain/attack-hospital.txt (different packs) is still found.
run_case split            1 /dev/null check fixtures/ci/split
# --diff keeps a conflict whose other side (not its primary span) is on a changed line.
run_case diff-related     1 fixtures/ci/related.diff check --diff - fixtures/ci/split
# The document date: the dateline (2016) wins over the config's date: (2015-09-14), which still
# dates the story without a dateline.
run_case dated            1 /dev/null check fixtures/ci/dated
# Directives in HTML comments in plain text, and [//]: # (...) comments in Markdown.
run_case comments         1 /dev/null check fixtures/ci/comments
# times, claims, graph and extract read .claimcheck.yaml as check does: the tree's excluded archive
# is left out and its date dates the undated stories; --no-config ignores it; a bad one is exit 2.
run_case times-config     0 /dev/null times fixtures/ci/tree
run_case times-no-config  0 /dev/null times --no-config fixtures/ci/tree
run_case extract-bad-config 2 /dev/null extract fixtures/ci/bad-config
# Links go only where --docs-url says the docs are (none by default); it must be an absolute URL.
run_case docs-url         0 /dev/null check --docs-url file:///usr/share/doc/claimcheck/ --format rdjsonl --fail-on none fixtures/ci/comments
run_case bad-docs-url     2 /dev/null check --docs-url docs --format rdjsonl fixtures/ci/comments

# Every format prints one path form, whether the input is given relative, with ./, absolute, or
# not normalised.
for format in text json sarif github rdjsonl; do
  "$bin" check --format "$format" --fail-on none fixtures/ci/comments >"$tmp/path-rel.out" 2>&1
  for given in ./fixtures/ci/comments "$PWD/fixtures/ci/comments" fixtures/ci/../ci/comments/ "$PWD/fixtures/../fixtures/ci/comments"; do
    "$bin" check --format "$format" --fail-on none "$given" >"$tmp/path-other.out" 2>&1
    cmp -s "$tmp/path-rel.out" "$tmp/path-other.out" || fail "paths: --format $format $given prints other paths than fixtures/ci/comments"
  done
done
# Outside the working directory a path stays absolute, normalised, in every format.
mkdir -p "$tmp/outside/x"
cp fixtures/ci/comments/story.txt "$tmp/outside/y.txt"
for format in text json sarif github rdjsonl; do
  "$bin" check --format "$format" --fail-on none "$tmp/outside/x/../y.txt" >"$tmp/outside.out" 2>&1
  grep -q "$tmp/outside/y.txt" "$tmp/outside.out" || fail "paths: --format $format does not print $tmp/outside/y.txt"
  if grep -q -e "x/\.\./" -e "\./y.txt" "$tmp/outside.out"; then fail "paths: --format $format prints an unnormalised path"; fi
done

# git quotes a path with non-ASCII bytes ("b/caf\303\251.txt"); --diff decodes it.
mkdir -p "$tmp/quoted"
printf 'He said the the plan.\n\nThen the the end.\n' >"$tmp/quoted/$(printf 'caf\303\251.txt')"
printf -- '--- "a/caf\\303\\251.txt"\n+++ "b/caf\\303\\251.txt"\n@@ -3 +3 @@\n-Then the end.\n+Then the the end.\n' \
  >"$tmp/quoted/change.diff"
(cd "$tmp/quoted" && "$bin_abs" check --format github --diff change.diff .) >"$tmp/quoted.out" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "quoted-diff: exit code $rc, expected 1"
[ "$(grep -c '^::' "$tmp/quoted.out")" = 1 ] && grep -q "line=3," "$tmp/quoted.out" ||
  fail "quoted-diff: expected the one finding on line 3: $(cat "$tmp/quoted.out")"

# Absolute input paths under the working directory match the diff's relative paths, and the
# report prints them relative, exactly as for the relative input.
"$bin" check --diff fixtures/ci/change.diff "$PWD/$tree" >"$tmp/abs.out" 2>"$tmp/abs.err"
rc=$?
[ "$rc" = 1 ] || fail "diff-absolute: exit code $rc, expected 1"
cmp -s "$expected/diff.out" "$tmp/abs.out" || fail "diff-absolute: output differs from $expected/diff.out"

# --write-baseline writes every finding left after configuration and suppressions.
run_case write-baseline   1 /dev/null check --write-baseline "$tmp/baseline.json" --format github "$tree"
compare "$expected/write-baseline.json" "$tmp/baseline.json" "write-baseline (file)"

# A baseline matches by fingerprint, not by line: after two paragraphs are inserted at the top of
# budget.txt, its old findings are still in the baseline and only the new paragraph's show, its
# "the the" included: an identical finding in another sentence does not renumber the old one.
mkdir -p "$tmp/edited/fixtures/ci"
cp -r "$tree" "$tmp/edited/fixtures/ci/"
cp fixtures/ci/baseline.json "$tmp/edited/"
{
  printf 'A new first paragraph says the the talks start on May 4-4.\n\n'
  cat "$tree/stories/budget.txt"
} >"$tmp/edited/$tree/stories/budget.txt.new"
mv "$tmp/edited/$tree/stories/budget.txt.new" "$tmp/edited/$tree/stories/budget.txt"
(cd "$tmp/edited" && "$bin_abs" check --baseline baseline.json "$tree/stories/budget.txt") \
  >"$tmp/baseline-after-edit.out" 2>&1
rc=$?
[ "$rc" = 1 ] || fail "baseline-after-edit: exit code $rc, expected 1"
compare "$expected/baseline-after-edit.out" "$tmp/baseline-after-edit.out" "baseline-after-edit"
finish
