#!/usr/bin/env bash
# The experiment of docs/policy.md: top-down against bottom-up cluster policy in the three
# districts, each package and each of its levers against a baseline without new policy from
# 1999, on common random numbers. Usage: scripts/policy-experiment.sh [REPLICATIONS] [OUT]
set -euo pipefail
reps=${1:-8}
out=${2:-output/policy}
jar=target/machikoba.jar
# the baseline: no central calls (no regional platforms in 1999, no cluster plan in 2002) [CT-2003]
base=(--set 'networkPolicy.centralCalls[0]=2100' --set 'networkPolicy.centralCalls[1]=2100')
calls='networkPolicy.centralCalls[0]=1999,networkPolicy.centralCalls[1]=2002'
run() { # district salesperson-visits grants-per-year
  local d=$1 visits=$2 grants=$3
  java -XX:+UseSerialGC -jar $jar compare scenarios/$d.yaml "${base[@]}" --replications "$reps" --threads 1 --from 1999 \
    --variant "topdown:$calls,policy.salespersons.visitsPerYear=$visits,policy.grants.target=topDown,policy.grants.projectsPerYear=$grants" \
    --variant "bottomup:policy.grants.target=firm,policy.grants.projectsPerYear=$grants,policy.localSupport.share=0.5,policy.keyPerson.visitsPerYear=100" \
    --variant "platforms:$calls" \
    --variant "salespersons:policy.salespersons.visitsPerYear=$visits" \
    --variant "grantsTopDown:policy.grants.target=topDown,policy.grants.projectsPerYear=$grants" \
    --variant "grantsFirm:policy.grants.target=firm,policy.grants.projectsPerYear=$grants" \
    --variant "localSupport:policy.localSupport.share=0.5" \
    --variant "keyPerson:policy.keyPerson.visitsPerYear=100" \
    --out "$out/$d"
}
# salespersons and grants in proportion to the district's size (Kyoto: a third of Ota) (assumption)
run kyoto 170 3
run ota 500 10
run higashi-osaka 500 10
# the two packages alone, for the figures of docs/policy.md: the same seeds, so the same numbers
for d in ota:500:10 higashi-osaka:500:10 kyoto:170:3; do
  IFS=: read -r name visits grants <<< "$d"
  java -XX:+UseSerialGC -jar $jar compare scenarios/$name.yaml "${base[@]}" --replications "$reps" --threads 1 --from 1999 \
    --variant "topdown:$calls,policy.salespersons.visitsPerYear=$visits,policy.grants.target=topDown,policy.grants.projectsPerYear=$grants" \
    --variant "bottomup:policy.grants.target=firm,policy.grants.projectsPerYear=$grants,policy.localSupport.share=0.5,policy.keyPerson.visitsPerYear=100" \
    --out "$out/$name-packages"
done
