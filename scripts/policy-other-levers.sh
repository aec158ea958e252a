#!/usr/bin/env bash
# The levers outside the top-down/bottom-up question, in Ota (docs/policy.md): university liaison
# for competent firms or for town factories, the October 1998 backed loans with none, half or all
# of them steered into old loans, and the subcontracting rules; and the zero check (a variant
# identical to the baseline) on Kyoto. Usage: scripts/policy-other-levers.sh [REPLICATIONS] [OUT]
set -euo pipefail
reps=${1:-8}
out=${2:-output/policy}
jar=target/machikoba.jar
java -XX:+UseSerialGC -jar $jar compare scenarios/ota.yaml --replications "$reps" --threads 1 --from 1998 \
  --variant "liaisonCompetent:policy.liaison.projectsPerYear=20" \
  --variant "liaisonTown:policy.liaison.projectsPerYear=20,policy.liaison.target=town" \
  --variant "loansNoneSteered:policy.backedLoans.takeUp=0.5,policy.backedLoans.repayOldShare=0" \
  --variant "loansHalfSteered:policy.backedLoans.takeUp=0.5,policy.backedLoans.repayOldShare=0.5" \
  --variant "loansAllSteered:policy.backedLoans.takeUp=0.5,policy.backedLoans.repayOldShare=1" \
  --variant "noteCap:policy.subcontractingRules.noteDelayCapMonths=2,policy.subcontractingRules.startYear=1998" \
  --variant "banCuts:policy.subcontractingRules.banCutsAfterAgreement=true,policy.subcontractingRules.startYear=1998" \
  --out "$out/ota-other-levers"
java -XX:+UseSerialGC -jar $jar compare scenarios/kyoto.yaml --replications 4 --threads 1 --no-figures \
  --variant "same:entry.rate=0.02" --out "$out/kyoto-zero-check"
