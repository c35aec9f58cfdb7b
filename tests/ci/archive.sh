#!/usr/bin/env bash
# The SQLite claims archive gives the same findings as claims JSONL: every fixture (and the seed)
# checked --against an archive of all fixtures, once as archive.db and once as claims.jsonl, prints
# the same bytes and exits the same way. Also: re-extracting a story replaces its rows, export
# gives back the JSONL, and a file that is not an archive is refused with exit 2.
# Usage: archive.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Every story of the fixtures (not the expected outputs), but for the folders whose .claimcheck.yaml
# is broken on purpose: every command that analyses text reads the configuration, and refuses a
# broken one for the whole run.
mapfile -t files < <(find fixtures \( -name '*.txt' -o -name '*.md' \) ! -name 'expected*' \
                       ! -path 'fixtures/ci/bad-config/*' ! -path 'fixtures/ci/bad-group/*' | LC_ALL=C sort)
[ "${#files[@]}" -gt 40 ] || fail "only ${#files[@]} fixtures found"

# Some fixtures are bad input on purpose (exit 2); both formats must still hold the rest.
"$bin" extract -j 2 -o "$tmp/all.jsonl" "${files[@]}" 2>"$tmp/err.jsonl"
rc_jsonl=$?
"$bin" extract -j 2 -o "$tmp/all.db" "${files[@]}" 2>"$tmp/err.db"
rc_db=$?
[ "$rc_jsonl" = "$rc_db" ] || fail "extract exits $rc_jsonl with JSONL, $rc_db with SQLite"
cmp -s "$tmp/err.jsonl" "$tmp/err.db" || fail "extract reports different errors for the two formats"
"$bin" archive export "$tmp/all.db" -o "$tmp/export.jsonl" || fail "archive export failed"
cmp -s "$tmp/all.jsonl" "$tmp/export.jsonl" || fail "archive export differs from extract -o all.jsonl"
claims=$(wc -l <"$tmp/all.jsonl")
[ "$claims" -gt 20 ] || fail "only $claims claims in the fixtures' archive"

# Each fixture alone against the archive, then all of them in one run.
differ=0
for f in "${files[@]}"; do
  "$bin" check --format json --fail-on info -j 1 "$f" --against "$tmp/all.jsonl" >"$tmp/j.out" 2>&1
  rc1=$?
  "$bin" check --format json --fail-on info -j 1 "$f" --against "$tmp/all.db" >"$tmp/d.out" 2>&1
  rc2=$?
  [ "$rc1" = "$rc2" ] || fail "$f: exit $rc1 against JSONL, $rc2 against SQLite"
  if ! cmp -s "$tmp/j.out" "$tmp/d.out"; then
    fail "$f: findings against SQLite differ from JSONL"
    diff "$tmp/j.out" "$tmp/d.out" | head -20 >&2
  fi
  # A finding with a related location in another story came from the archive.
  [ "$(grep -o '"path": "[^"]*"' "$tmp/j.out" | sort -u | wc -l)" -gt 1 ] && differ=$((differ + 1))
done
# Not vacuous: the archive gives some fixtures cross-story conflicts.
[ "$differ" -gt 2 ] || fail "only $differ fixtures have a finding from the archive"
for format in text json; do
  "$bin" check --format "$format" --fail-on none fixtures/eurasianet-tajikistan-general.txt fixtures/stories \
    --against "$tmp/all.jsonl" >"$tmp/j.$format" 2>&1
  "$bin" check --format "$format" --fail-on none fixtures/eurasianet-tajikistan-general.txt fixtures/stories \
    --against "$tmp/all.db" >"$tmp/d.$format" 2>&1
  cmp -s "$tmp/j.$format" "$tmp/d.$format" || fail "seed + stories ($format): SQLite differs from JSONL"
done

# Re-extracting replaces a story's rows: the same counts after a second run over the same files,
# and a changed story keeps one set of rows with its new hash.
"$bin" archive stats "$tmp/all.db" >"$tmp/stats1" || fail "archive stats failed"
"$bin" extract -j 2 -o "$tmp/all.db" "${files[@]}" 2>/dev/null
"$bin" archive stats "$tmp/all.db" >"$tmp/stats2"
compare "$tmp/stats1" "$tmp/stats2" "stats after extracting the same files again"
grep -q '^integrity: ok$' "$tmp/stats2" || fail "integrity is not ok"
cp fixtures/stories/attack-hospital.txt "$tmp/story.txt"
"$bin" extract -o "$tmp/one.db" "$tmp/story.txt" || fail "extract of one story failed"
printf '\nThe ministry said the toll had reached 40 on Monday.\n' >>"$tmp/story.txt"
"$bin" extract -o "$tmp/one.db" "$tmp/story.txt" || fail "re-extract of one story failed"
grep -q '^documents: 1$' "$tmp/one.db.stats" 2>/dev/null || "$bin" archive stats "$tmp/one.db" >"$tmp/one.stats"
grep -q '^documents: 1$' "$tmp/one.stats" || fail "re-extracting a changed story duplicated it: $(cat "$tmp/one.stats")"
"$bin" archive export "$tmp/one.db" >"$tmp/one.export"
"$bin" extract "$tmp/story.txt" >"$tmp/one.jsonl"
cmp -s "$tmp/one.export" "$tmp/one.jsonl" || fail "the re-extracted story's claims are not its new claims"

# The open layer against an archive (docs/checks/conflict.denial.md): a story's open claims are
# archived from every sentence, so a draft meets them whichever side is archived; the finding is
# always in the draft (at the later claim, or at the draft's when the archived one is later). The
# clean pair (a denial about something else) stays silent. Both archive formats give the same bytes.
across=fixtures/checks/conflict.denial/across
printf 'checks:\n  enable: [conflict.denial, conflict.polarity, conflict.number]\n' >"$tmp/open.yaml"
for pair in "early late" "late early" "clean-early clean-late" "clean-late clean-early"; do
  set -- $pair
  for ext in jsonl db; do
    rm -f "$tmp/one.$ext"
    "$bin" extract -o "$tmp/one.$ext" "$across/$1.txt" || fail "extract $1 ($ext) failed"
    "$bin" check --config "$tmp/open.yaml" --fail-on none "$across/$2.txt" --against "$tmp/one.$ext" >"$tmp/open.$ext" 2>&1 ||
      fail "check $2 --against $1 ($ext) failed"
  done
  cmp -s "$tmp/open.jsonl" "$tmp/open.db" || fail "$2 against $1: SQLite differs from JSONL"
  compare "$across/expected.against-archive.$2.txt" "$tmp/open.jsonl" "$2 checked against an archive of $1"
done
grep -q 'conflict.denial' "$across/expected.against-archive.late.txt" || fail "no denial found against the archive"
grep -q 'later, ' "$across/expected.against-archive.early.txt" || fail "no denial found in an archived later story"
if grep -q 'conflict\.' "$across"/expected.against-archive.clean-*.txt; then fail "the clean pair conflicts"; fi

# Not an archive: a clear error and exit 2.
printf 'hello\n' >"$tmp/text.db"
"$bin" check fixtures/eurasianet-tajikistan-general.txt --against "$tmp/text.db" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ] || fail "--against a text file named .db exits $rc, not 2"
grep -q "text.db: error: " "$tmp/err" || fail "no located error for a text file named .db: $(cat "$tmp/err")"
finish
