#!/usr/bin/env bash
# The one-line case (docs/robustness.md): 50 MB with no line break, checked end to end, with the
# wall time and peak resident memory of `claimcheck check` (GNU time). Not a test: run it by hand
# after a change that could touch the cost of enormous lines, and update the figures in the docs.
#
#   bench/one_line.sh [CLAIMCHECK] [MB]      (defaults: build/claimcheck, 50)
#
# Inputs: "the the the ..." (a run of repeated words, which is not a slip, so no finding) and
# "September 14-14 " repeated (one finding per 16 bytes: 3.3 million at 50 MB, which
# --max-findings cuts to 1000 and one limit.findings finding).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/claimcheck}
mb=${2:-50}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp" "$mb" <<'PY'
import sys
d, mb = sys.argv[1], int(sys.argv[2])
size = mb << 20
for name, unit in (("the", "the "), ("september", "September 14-14 ")):
    with open("%s/%s.txt" % (d, name), "w") as f:
        f.write(unit * (size // len(unit)))
PY
printf '%-12s %8s %10s %12s  %s\n' input MB seconds "peak RSS MB" "summary line"
for name in the september; do
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" check --jobs 1 --color never --fail-on none "$tmp/$name.txt" \
    >"$tmp/out" 2>"$tmp/err" || { echo "$name: claimcheck failed: $(tail -3 "$tmp/err")" >&2; exit 1; }
  read -r secs kb <"$tmp/time"
  printf '%-12s %8s %10s %12s  %s\n' "$name" "$mb" "$secs" "$((kb / 1024))" "$(tail -1 "$tmp/out")"
done
