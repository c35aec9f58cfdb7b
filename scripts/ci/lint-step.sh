#!/bin/sh
# A plain CI step for any CI system: check the copy under DIR (default: stories), print the findings
# in the log, keep SARIF and text reports beside it, and exit as claimcheck does (0 clean, 1
# findings at or above --fail-on warning, 2 a tool or input error). Needs claimcheck on the PATH.
# Usage: lint-step.sh [DIR] [CLAIMCHECK-OPTIONS...]
set -u
dir=${1:-stories}
[ $# -gt 0 ] && shift
status=0
claimcheck check --color never -o claimcheck.txt "$@" "$dir" || status=$?
cat claimcheck.txt
claimcheck check --format sarif -o claimcheck.sarif "$@" "$dir"
[ $? -le 1 ] || status=2
exit "$status"
