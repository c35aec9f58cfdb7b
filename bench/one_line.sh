#!/usr/bin/env bash
# The one-line case (docs/robustness.md): MB bytes with no line break, checked end to end, with the
# wall time and peak resident memory of `claimcheck check` (GNU time). Not a test: run it by hand
# after a change that could touch the cost of enormous lines, and update the figures in the docs.
#
#   bench/one_line.sh [CLAIMCHECK] [MB] [CASE...]      (defaults: build/claimcheck, 50, every case)
#
# Cases, each one line of MB bytes:
#   the        "the the ..." (a run of repeated words, which is not a slip: no finding)
#   september  "September 14-14 " (a date-range finding and a time expression every 16 bytes)
#   word       "aaaa..." (one word without a space)
#   quotes     '""""...' (a quote.unbalanced finding per byte)
#   digits     "7777..." (one number)
#   said       '"a," he said, "b." ' (quotations and an attribution every 20 bytes)
#   table      "| a | b | ..." in a .txt file (pipes as punctuation)
#   mdtable    a Markdown table whose one body row is the whole line ("| a | b " repeated), .md:
#              every cell starts a paragraph
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/claimcheck}
mb=${2:-50}
shift $(($# < 2 ? $# : 2))
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(the september word quotes digits said table mdtable)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp" "$mb" "${cases[@]}" <<'PY'
import sys
d, mb, cases = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
size = mb << 20
units = {"the": "the ", "september": "September 14-14 ", "word": "a", "quotes": '"', "digits": "7",
         "said": '"a," he said, "b." ', "table": "| a | b "}
for name in cases:
    if name == "mdtable":
        with open("%s/mdtable.md" % d, "w") as f:
            f.write("| x | y |\n| --- | --- |\n" + "| a | b " * (size // 8) + "|\n")
    else:
        with open("%s/%s.txt" % (d, name), "w") as f:
            f.write(units[name] * (size // len(units[name])))
PY
printf '%-12s %8s %10s %12s  %s\n' input MB seconds "peak RSS MB" "summary line"
for name in "${cases[@]}"; do
  file=$tmp/$name.txt
  [ "$name" != mdtable ] || file=$tmp/mdtable.md
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" check --jobs 1 --color never --fail-on none "$file" \
    >"$tmp/out" 2>"$tmp/err" || { echo "$name: claimcheck failed: $(tail -3 "$tmp/err")" >&2; exit 1; }
  read -r secs kb <"$tmp/time"
  printf '%-12s %8s %10s %12s  %s\n' "$name" "$mb" "$secs" "$((kb / 1024))" "$(tail -1 "$tmp/out")"
done
