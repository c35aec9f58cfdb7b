# Shared helpers for the CI end-to-end tests. Sourced; the caller runs from the source root.
set -uo pipefail
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# compare EXPECTED-FILE ACTUAL-FILE WHAT: exact comparison with a diff on failure. With
# CLAIMCHECK_UPDATE_GOLDENS=1 the expected file is (re)written instead: review it before committing.
compare() {
  local expected=$1 actual=$2 what=$3
  if [ "${CLAIMCHECK_UPDATE_GOLDENS:-0}" = 1 ]; then
    mkdir -p "$(dirname "$expected")"
    cp "$actual" "$expected"
    return
  fi
  if [ ! -f "$expected" ]; then
    fail "$what: golden file $expected is missing (CLAIMCHECK_UPDATE_GOLDENS=1 writes it; read it before committing)"
  elif ! diff -u "$expected" "$actual" >&2; then
    fail "$what: output differs from $expected"
  fi
}
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
  fi
  echo "ok"
}
# The inputs whose output is kept as golden files in every CI format: the seed, each check's
# fixture directory, and the CI fixture tree. Prints "NAME PATH" lines.
golden_inputs() {
  echo "seed fixtures/eurasianet-tajikistan-general.txt"
  local d
  for d in fixtures/checks/*/; do
    [ -d "$d" ] || continue
    d=${d%/}
    echo "checks-$(basename "$d") $d"
  done
  echo "ci-tree fixtures/ci/tree"
}
