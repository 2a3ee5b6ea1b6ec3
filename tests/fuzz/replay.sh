#!/usr/bin/env bash
# Replays a fuzz target's seeds and the inputs of findings fixed: replay.sh FUZZER NAME SEEDS REGRESSIONS
set -euo pipefail
fuzzer=$1 name=$2 seeds=$3/$2 regressions=$4/$2
dirs=("$seeds")
[ -d "$regressions" ] && dirs+=("$regressions")
exec "$fuzzer" -runs=0 "${dirs[@]}"
