#!/bin/sh
# Wall time of one batch on 1 and on 2 threads, REPS times in alternation, and the ratio of
# each pair (1-thread time / 2-thread time). Alternating pairs shares out the noise of a busy
# machine; the load average is printed beside each pair so that noisy pairs can be seen.
# Usage: scripts/batch-speedup.sh [extra batch options]   (env: REPS=3 RUNS=6 JAR=target/machikoba.jar)
set -eu
JAR=${JAR:-target/machikoba.jar}
REPS=${REPS:-3}
RUNS=${RUNS:-6}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# What the machine can give right now: one CPU-bound job alone, then two at once (each the
# same work). On two free cores the ceiling is 2.0; on a shared, busy machine it is lower.
ceiling() {
  s1=$( { /usr/bin/time -f %e head -c 500M /dev/zero | sha256sum >/dev/null; } 2>&1 )
  s2=$( { /usr/bin/time -f %e sh -c 'head -c 500M /dev/zero | sha256sum >/dev/null & head -c 500M /dev/zero | sha256sum >/dev/null; wait'; } 2>&1 )
  echo "scale=2; 2 * $s1 / $s2" | bc
}
for rep in $(seq "$REPS"); do
  c=$(ceiling)
  for t in 1 2; do
    rm -rf "$TMP/out-$t"
    /usr/bin/time -f %e -o "$TMP/time-$t" java -jar "$JAR" batch scenarios/ota.yaml --replications "$RUNS" \
      --no-figures --threads "$t" --out "$TMP/out-$t" "$@" > /dev/null
  done
  cmp -s "$TMP/out-1/runs.csv" "$TMP/out-2/runs.csv" || { echo "runs.csv differs between 1 and 2 threads"; exit 1; }
  one=$(cat "$TMP/time-1"); two=$(cat "$TMP/time-2")
  echo "rep $rep: 1 thread ${one} s, 2 threads ${two} s, ratio $(echo "scale=2; $one / $two" | bc) (machine ceiling now $c), load $(cut -d' ' -f1-3 /proc/loadavg)"
done
