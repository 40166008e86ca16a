#!/usr/bin/env bash
# Challenges and solutions benchmark (issue 10): CHALLENGES open challenges and SOLUTIONS
# published solutions (synthetic, six languages, realistic CPV codes), then:
#  - the first matching request, which builds the matcher's index;
#  - the top 20 matches of 200 different challenges through the API (p50, p95);
#  - challenge pages (each with its top 10 matches, reasons, common need, questions…) under
#    wrk: one page again and again (its ranking kept until the index changes), then pages
#    of random challenges (each ranked when first asked for);
#  - the common needs page (the full detection runs on the first request).
# Release build; the matcher's own figures without HTTP: cargo run --release -p domain
# --example matching_bench; CPV suggestions: --example cpv_suggest.
#   bash bench/challenges.sh                                      (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/challenges.sh (an empty PostgreSQL database)
# Settings: CHALLENGES=20000 SOLUTIONS=100000 ORGS=2000 DURATION=10s CONNECTIONS=32 THREADS=2.
set -euo pipefail
cd "$(dirname "$0")/.."
CHALLENGES=${CHALLENGES:-20000}
SOLUTIONS=${SOLUTIONS:-100000}
ORGS=${ORGS:-2000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18087}
export IPTF_WORKER=${IPTF_WORKER:-false}
. bench/common.sh
start=$(date +%s)
"$BIN" seed --synthetic "$ORGS" >/dev/null
"$BIN" seed --challenges "$CHALLENGES" --solutions "$SOLUTIONS" | tail -1
echo "seeded in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
# The search index is built before the server starts, so that indexing the seeded items
# in the background does not share the cores with what is measured.
start=$(date +%s)
"$BIN" reindex >/dev/null
echo "search index built in $(( $(date +%s) - start )) s"
start_server
echo "server memory at rest: $(mem VmRSS)"
t0=$(date +%s.%N)
curl -fs -o /dev/null --max-time 600 "http://127.0.0.1:$PORT/api/v1/challenges/1/matches?limit=20"
echo "first matching request (builds the index of $((CHALLENGES + SOLUTIONS)) items): $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s; memory $(mem VmRSS)"
echo "== top 20 matches of 200 challenges through the API, one after another:"
times=$(for k in $(seq 1 200); do
  curl -fs -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/v1/challenges/$(( (k * 97) % CHALLENGES + 1 ))/matches?limit=20"
done | sort -n)
echo "$times" | awk '{a[NR]=$1} END {printf "  p50 %.1f ms   p95 %.1f ms   max %.1f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
t0=$(date +%s.%N)
needs=$(curl -fs --max-time 600 "http://127.0.0.1:$PORT/api/v1/common-needs" | grep -o '"buyers"' | wc -l)
echo "common needs, first request (the full detection): $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s, $needs groups"
echo "== GET /challenges/1, one page viewed again and again  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/challenges/1"
echo "== GET /challenges/{random id}, each page ranking its own matches  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
MAX_ID=$CHALLENGES wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/random-challenges.lua "http://127.0.0.1:$PORT"
echo "server memory after the load: $(mem VmRSS)"
