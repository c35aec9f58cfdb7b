#!/usr/bin/env bash
# A killed `claimcheck extract` leaves the SQLite archive as it was: extract a large generated
# corpus into an archive that already holds the fixture stories, kill the extract with SIGKILL
# while it writes (its write-ahead log growing), and read the archive back: intact, the same
# claims as before. A reader started during the write sees the archive as it was. Then a full run
# adds every story (the archive fully updated).
# Usage: archive_kill.sh CLAIMCHECK-BINARY   (run from the source root)
bin=$1
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
db=$tmp/archive.db
seed=fixtures/eurasianet-tajikistan-general.txt
"$bin" extract -o "$db" fixtures/stories "$seed" || fail "extract of the fixture stories failed"
"$bin" archive export "$db" -o "$tmp/before.jsonl" || fail "export failed"
"$bin" check --format json --fail-on none "$seed" --against "$db" >"$tmp/check.before" || fail "check failed"
/usr/bin/python3 tests/support/gen_stories.py "$tmp/corpus" 1000 --paragraphs 20 || fail "generator failed"

# One run per attempt: wait for the write transaction (a write-ahead log over 1 MB), read, kill.
killed=0
for attempt in 1 2 3; do
  "$bin" extract -j 2 -o "$db" "$tmp/corpus" 2>"$tmp/extract.err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    size=$(stat -c %s "$db-wal" 2>/dev/null || echo 0)
    if [ "$size" -gt 1000000 ]; then
      "$bin" check --format json --fail-on none "$seed" --against "$db" >"$tmp/check.during" 2>&1 ||
        fail "a reader during the write failed: $(head -3 "$tmp/check.during")"
      kill -9 "$pid" 2>/dev/null && killed=1
      break
    fi
    sleep 0.01
  done
  wait "$pid" 2>/dev/null
  rc=$?
  pid=
  [ "$killed" = 1 ] && break
  echo "attempt $attempt: extract finished (exit $rc) before it could be killed mid-write" >&2
  # It committed: start again from the fixtures alone.
  rm -f "$db" "$db-wal" "$db-shm"
  "$bin" extract -o "$db" fixtures/stories "$seed"
done
[ "$killed" = 1 ] || fail "could not kill extract while it wrote the archive"
[ "$rc" = 137 ] || fail "extract was not killed by SIGKILL (exit $rc)"
cmp -s "$tmp/check.before" "$tmp/check.during" || fail "a reader during the write saw something else"

"$bin" archive stats "$db" >"$tmp/stats" 2>&1 || fail "archive stats after the kill: $(cat "$tmp/stats")"
grep -q '^integrity: ok$' "$tmp/stats" || fail "archive damaged after the kill: $(cat "$tmp/stats")"
"$bin" archive export "$db" -o "$tmp/after.jsonl" || fail "export after the kill failed"
cmp -s "$tmp/before.jsonl" "$tmp/after.jsonl" || fail "the killed extract changed the archive"
"$bin" check --format json --fail-on none "$seed" --against "$db" >"$tmp/check.after"
cmp -s "$tmp/check.before" "$tmp/check.after" || fail "findings against the archive changed after the kill"

# A run that completes adds every story of the corpus.
"$bin" extract -j 2 -o "$db" "$tmp/corpus" || fail "the full extract failed"
"$bin" archive stats "$db" >"$tmp/stats"
grep -q '^documents: 1005$' "$tmp/stats" || fail "expected 1005 documents after the full run: $(cat "$tmp/stats")"
finish
