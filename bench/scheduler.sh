#!/usr/bin/env bash
# The brokerage scheduler's benchmark (issue 11): a generated brokerage day of 1,000
# participants, 5,000 accepted meetings, 48 slots in 6 sessions, 150 tables, availability
# 75-100 %, priorities 1-3, a cap of CAP meetings per participant per session (default 4);
# the hub's scheduler on one core, then OR-Tools CP-SAT (120 s, 2 workers) on the same file
# when `python3 -c 'import ortools'` works (pip install ortools; an outside reference, not a
# dependency).
#
#     bash bench/scheduler.sh [SEED] [CAP]
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
cap=${2:-4}
cargo build --release -q -p domain --example schedule_gen --example schedule_run
inst=$(mktemp --suffix=.json)
trap 'rm -f "$inst"' EXIT
target/release/examples/schedule_gen --participants 1000 --meetings 5000 --slots 48 --sessions 6 \
  --tables 150 --min-availability 0.75 --cap "$cap" --seed "$seed" > "$inst"
echo "instance: seed $seed, cap $cap"
echo -n "hub scheduler (one core, 10 s allowed): "
taskset -c 0 target/release/examples/schedule_run "$inst" 10 0
if python3 -c 'import ortools' 2>/dev/null; then
  echo -n "CP-SAT, 120 s, 2 workers (weighted, then gaps): "
  python3 bench/scheduler/cpsat.py "$inst" --seconds 120 --workers 2
  echo -n "CP-SAT, 120 s, one combined objective:         "
  python3 bench/scheduler/cpsat.py "$inst" --seconds 120 --workers 2 --one-phase
else
  echo "(CP-SAT skipped: pip install ortools to compare)"
fi
