#!/usr/bin/env bash
# A Machikoba batch on a Slurm cluster: one shard per array task, then one merge job that
# starts only when every shard has succeeded (--dependency=afterok).
#
#   scripts/slurm-batch.sh SHARDS OUT SCENARIO [batch options...]
#
# e.g. scripts/slurm-batch.sh 20 output/ota/costdown scenarios/ota.yaml --replications 20 \
#          --sweep assemblers.costDown.rate=0.01:0.04:4
# submits an array of 20 tasks, each running
#   machikoba batch SCENARIO [options] --shard I/20 --out OUT-shards/shard-I
# and a merge job running
#   machikoba merge OUT OUT-shards/shard-1 ... OUT-shards/shard-20
# which writes OUT/runs.csv, timeseries.csv, summary.csv, points.csv and figures/, the same
# bytes as the batch run on one machine (OUT-shards/ may then be deleted). Run it from the project folder, on a shared file
# system, after 'mvn -q package -DskipTests'. A shard whose task died is resumed by submitting
# the same command again (finished runs are kept). Batch options may not include --out or --shard;
# give --threads the task's CPUs (--threads 4 with SBATCH_OPTIONS="--cpus-per-task=4").
#
# Environment (optional):
#   MACHIKOBA        command that runs Machikoba (default: java -XX:+UseSerialGC -jar target/machikoba.jar)
#   SBATCH_OPTIONS   extra sbatch options for every job, e.g. "--partition=short --time=02:00:00 --mem=4G"
#   MACHIKOBA_STEP   set by this script for its jobs: "shard" (with SLURM_ARRAY_TASK_ID) or "merge";
#                    set it yourself to run a step by hand, e.g. MACHIKOBA_STEP=shard SLURM_ARRAY_TASK_ID=3
#SBATCH --job-name=machikoba
#SBATCH --cpus-per-task=1
#SBATCH --output=slurm-%x-%A_%a.out
set -euo pipefail

if [[ $# -lt 3 ]]; then
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
shards=$1 out=$2
shift 2
if ! [[ $shards =~ ^[1-9][0-9]*$ ]]; then
    echo "machikoba: SHARDS: expected a whole number >= 1, got '$shards'" >&2
    exit 2
fi
read -r -a machikoba <<< "${MACHIKOBA:-java -XX:+UseSerialGC -jar target/machikoba.jar}"

case "${MACHIKOBA_STEP:-submit}" in
shard)
    i=${SLURM_ARRAY_TASK_ID:?MACHIKOBA_STEP=shard needs SLURM_ARRAY_TASK_ID}
    exec "${machikoba[@]}" batch "$@" --shard "$i/$shards" --out "$out-shards/shard-$i"
    ;;
merge)
    dirs=()
    for ((i = 1; i <= shards; i++)); do dirs+=("$out-shards/shard-$i"); done
    figures=()
    for a in "$@"; do [[ $a == --no-figures ]] && figures=(--no-figures); done
    exec "${machikoba[@]}" merge "${figures[@]}" "$out" "${dirs[@]}"
    ;;
submit)
    read -r -a extra <<< "${SBATCH_OPTIONS:-}"
    job=$(sbatch --parsable "${extra[@]}" --array="1-$shards" --export=ALL,MACHIKOBA_STEP=shard \
        "$0" "$shards" "$out" "$@")
    job=${job%%;*}
    merge=$(sbatch --parsable "${extra[@]}" --dependency="afterok:$job" --export=ALL,MACHIKOBA_STEP=merge \
        --job-name=machikoba-merge "$0" "$shards" "$out" "$@")
    echo "submitted shards as job array $job (1-$shards) and the merge as job ${merge%%;*} after them"
    ;;
*)
    echo "machikoba: MACHIKOBA_STEP: expected shard or merge, got '$MACHIKOBA_STEP'" >&2
    exit 2
    ;;
esac
