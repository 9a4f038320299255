#!/usr/bin/env bash
# Times two builds of the CLI as a user runs it: whole processes, every report file written, in
# pairs on each input, the order alternating from round to round, and prints each input's median wall time per
# build, the median and range of the pairs' ratios (candidate / baseline) and the median peak RSS.
#
#   benchmarks/scripts/compare-cli-builds.sh BASELINE.jar CANDIDATE.jar ROUNDS INPUT...
#
# An input is anything `exposure assess` reads (a CSV file, an NDJSON bulk-export folder). Peak RSS
# needs GNU time (/usr/bin/time, Debian's package "time"); without it only wall times are shown.
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
baseline=$1 candidate=$2 rounds=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%064d\n' 0 | tr 0 7 > "$work/key" && chmod 600 "$work/key"
results="$work/results"
for ((round = 1; round <= rounds; round++)); do
  for input in "$@"; do
    # Alternated: the build that runs first in a round may find the machine otherwise than the one
    # that follows it (page cache, clock), so each goes first in every other round.
    order="baseline candidate"
    if ((round % 2 == 0)); then
      order="candidate baseline"
    fi
    for build in $order; do
      jar=$([ $build = baseline ] && echo "$baseline" || echo "$candidate")
      rm -rf "$work/out"
      if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$work/time" java -jar "$jar" assess "$input" --out "$work/out" \
          --key-file "$work/key" --quiet > /dev/null 2>&1
      else
        start=$(date +%s.%N)
        java -jar "$jar" assess "$input" --out "$work/out" --key-file "$work/key" --quiet \
          > /dev/null 2>&1
        echo "$(echo "$(date +%s.%N) - $start" | bc) 0" > "$work/time"
      fi
      echo "$(basename "$input") $build $(cat "$work/time")" >> "$results"
    done
  done
done
for input in "$@"; do
  name=$(basename "$input")
  awk -v name="$name" '
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    $1 == name && $2 == "baseline" { b[++nb] = $3; rb[nb] = $4 }
    $1 == name && $2 == "candidate" { c[++nc] = $3; rc[nc] = $4 }
    END {
      for (i = 1; i <= nc; i++) r[i] = c[i] / b[i] # the i-th pair: both runs of round i
      lo = r[1]; hi = r[1]; for (i = 1; i <= nc; i++) { if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i] }
      printf "%s: baseline %.2f s, candidate %.2f s, ratio %.3f (%.3f-%.3f), peak RSS %d / %d MB, %d pairs\n",
        name, median(b, nb), median(c, nc), median(r, nc), lo, hi, median(rb, nb) / 1024, median(rc, nc) / 1024, nc
    }' "$results"
done
