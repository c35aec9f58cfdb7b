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
# The runs whose output is kept as golden files in every CI format, in the layout the check golden
# test uses (tests/check/golden_test.cc): the seed (fixtures/golden/seed.<format>.<ext>), each
# check's fixtures (fixtures/checks/<id>/expected.<format>.<ext>, bad.txt and clean.txt checked
# together with --fail-on none) and the CI fixture tree (fixtures/ci/expected/tree.<format>.<ext>,
# and tree-baseline.<format>.<ext> with a baseline).
# Prints "GOLDEN-PREFIX ARGS..." lines.
golden_cases() {
  echo "fixtures/golden/seed. fixtures/eurasianet-tajikistan-general.txt"
  local d
  for d in fixtures/checks/*/; do
    d=${d%/}
    [ -f "$d/bad.txt" ] || continue
    echo "$d/expected. --fail-on none $d/bad.txt $d/clean.txt"
  done
  echo "fixtures/ci/expected/tree. fixtures/ci/tree"
  # A baseline with an entry fixed since (SARIF: baselineState absent) and one for a file not checked.
  echo "fixtures/ci/expected/tree-baseline. --baseline fixtures/ci/baseline-absent.json fixtures/ci/tree"
}
# The golden file's extension for a format.
golden_ext() {
  case $1 in
    json | sarif) echo json ;;
    rdjsonl) echo jsonl ;;
    *) echo txt ;;
  esac
}
