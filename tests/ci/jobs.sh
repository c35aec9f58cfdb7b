#!/usr/bin/env bash
# Output is byte-identical across runs and across --jobs values, in every format, on the seed,
# every check's fixtures and the CI fixture trees checked together in one run.
# Usage: jobs.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
inputs=()
while read -r prefix args; do
  for a in $args; do
    case $a in --fail-on | none) ;; *) inputs+=("$a") ;; esac
  done
done < <(golden_cases)
# Folders with their own rule packs (several engines in one run), a configured default date (a
# second analysis pass for undated copy) and directives in comments.
inputs+=(fixtures/ci/split fixtures/ci/dated fixtures/ci/comments)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for format in text json sarif github rdjsonl html markdown; do
  for jobs in 1 2 4 2; do
    "$bin" check --fail-on none --format "$format" --jobs "$jobs" "${inputs[@]}" >"$tmp/$format.$jobs" 2>&1
    [ $? = 0 ] || fail "$format --jobs $jobs: claimcheck failed: $(head -5 "$tmp/$format.$jobs")"
  done
  for jobs in 2 4; do
    cmp -s "$tmp/$format.1" "$tmp/$format.$jobs" || fail "$format: --jobs $jobs differs from --jobs 1"
  done
  [ -s "$tmp/$format.1" ] || fail "$format: empty output"
done
finish
