#!/usr/bin/env bash
# Throughput of the map phase (claimcheck's analysis: extract plus the per-story checks) in one
# process against scripts/claimcheck-dask with 1 and 2 local workers, over a corpus (default
# ../shared/corpus/reuters-dev). Wall-clock seconds and MB/s; the Dask runs include starting and
# stopping the cluster, which is also timed alone (on one tiny story). CPU: user + system seconds of
# the command and every process it waited for (the workers and the binaries they ran), which shows
# the overhead whatever else the machine is doing. A benchmark, never a test.
#   bench/scale_out_bench.sh [CORPUS] [BINARY]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus/reuters-dev}
bin=${2:-$root/build/claimcheck}
bytes=$(find "$corpus" -name '*.txt' -o -name '*.md' | xargs cat | wc -c)
echo "corpus: $corpus, $((bytes / 1000000)) MB, $(find "$corpus" -name '*.txt' -o -name '*.md' | wc -l) stories"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
timed() {  # timed LABEL COMMAND...: prints LABEL, wall seconds, MB/s, CPU seconds of every process
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || [ $? = 1 ]
  awk -v l="$label" -v b="$bytes" \
    'END { printf "%-44s %7.1f s %6.2f MB/s  CPU %6.1f s\n", l, $1, b / 1e6 / $1, $2 + $3 }' "$tmp/time"
}
timed "extract, one process, 1 thread" "$bin" extract -j 1 "$corpus"
timed "extract, one process, 2 threads" "$bin" extract -j 2 "$corpus"
timed "check --format json, one process, 1 thread" "$bin" check --format json -j 1 "$corpus"
cp "$tmp/out" "$tmp/single.json"
timed "check --format json, one process, 2 threads" "$bin" check --format json -j 2 "$corpus"
printf 'x\n' >"$tmp/tiny.txt"
timed "claimcheck-dask --local 1, one tiny story" "$root/scripts/claimcheck-dask" --local 1 --binary "$bin" check \
  "$tmp/tiny.txt"
for n in 1 2; do
  timed "claimcheck-dask --local $n check" "$root/scripts/claimcheck-dask" --local "$n" --binary "$bin" check \
    --format json "$corpus"
  cmp -s "$tmp/out" "$tmp/single.json" && echo "  (output identical to one process)" || echo "  OUTPUT DIFFERS"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
