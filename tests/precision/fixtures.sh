# Precision on wire copy (issue 12), without ../shared: the false alarms judged on reuters-dev
# (tests/precision/judgments.tsv) are written as short fixtures in the same shape, and none may
# give a finding; tables and price lists give none either; the true kinds (fixtures/precision/true)
# give exactly their golden findings. Run from the source root with the claimcheck executable.
. tests/ci/lib.sh
cc=$1
dir=fixtures/precision
for f in "$dir"/tables/*.txt "$dir"/false/*.txt; do
  out=$("$cc" check --format text --fail-on info "$f" 2>&1)
  rc=$?
  [ "$rc" = 0 ] || fail "$f: expected no finding (exit 0), got exit $rc:
$out"
done
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$cc" check --format text --fail-on none "$dir"/true/*.txt >"$tmp" 2>&1 || fail "true fixtures: exit $?"
compare "$dir/true/expected.out" "$tmp" "true fixtures"
# Every finding judged false names the fixture that keeps it from coming back.
while IFS=$'\t' read -r story check line text context verdict reason fixture; do
  [ "$verdict" = false ] || continue
  [ -n "$fixture" ] && [ -f "$fixture" ] || fail "judgments.tsv: $story $check $line is judged false but names no fixture"
done <tests/precision/judgments.tsv
finish
