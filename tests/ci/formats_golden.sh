#!/usr/bin/env bash
# Golden tests for the CI formats (sarif, github, rdjsonl) on the seed, on every check's fixtures
# and on the CI fixture tree (see golden_cases in lib.sh for where the golden files live).
# Usage: formats_golden.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while read -r prefix args; do
  name=${prefix%.}
  for format in sarif github rdjsonl; do
    # shellcheck disable=SC2086  # args are paths and options without spaces
    "$bin" check --format "$format" --jobs 2 $args >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -gt 1 ]; then
      fail "$name ($format): exit code $rc"
      cat "$tmp/err" >&2
    fi
    if [ -s "$tmp/err" ]; then
      fail "$name ($format): unexpected standard error"
      cat "$tmp/err" >&2
    fi
    compare "$prefix$format.$(golden_ext "$format")" "$tmp/out" "$name ($format)"
  done
done < <(golden_cases)
finish
