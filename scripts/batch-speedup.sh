#!/bin/sh
# Wall time of one batch on 1 and on 2 threads, REPS times in alternation, and the ratio of
# each pair (1-thread time / 2-thread time). Alternating pairs shares out the noise of a busy
# machine; the load average is printed beside each pair so that noisy pairs can be seen.
# Usage: scripts/batch-speedup.sh [extra batch options]   (env: REPS=3 RUNS=8 JAR=target/machikoba.jar)
set -eu
JAR=${JAR:-target/machikoba.jar}
REPS=${REPS:-3}
RUNS=${RUNS:-8}
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
    /usr/bin/time -f "%e %U %S" -o "$TMP/time-$t" java -jar "$JAR" batch scenarios/ota.yaml --replications "$RUNS" \
      --no-figures --threads "$t" --out "$TMP/out-$t" "$@" > "$TMP/log-$t"
  done
  cmp -s "$TMP/out-1/runs.csv" "$TMP/out-2/runs.csv" || { echo "runs.csv differs between 1 and 2 threads"; exit 1; }
  # the batch's own figure for the runs alone, without JVM start-up and the final merge
  r1=$(sed -n 's/.*run time *\([0-9.]*\) s for the runs.*/\1/p' "$TMP/log-1")
  r2=$(sed -n 's/.*run time *\([0-9.]*\) s for the runs.*/\1/p' "$TMP/log-2")
  read -r w1 u1 k1 < "$TMP/time-1"
  read -r w2 u2 k2 < "$TMP/time-2"
  # CPU seconds (user + sys) show whether two threads did more work for the same runs
  echo "rep $rep: 1 thread $w1 s (cpu $(echo "$u1 + $k1" | bc) s), 2 threads $w2 s (cpu $(echo "$u2 + $k2" | bc) s)," \
    "ratio $(echo "scale=2; $w1 / $w2" | bc); runs alone $r1 s vs $r2 s, ratio $(echo "scale=2; $r1 / $r2" | bc);" \
    "machine ceiling now $c, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
