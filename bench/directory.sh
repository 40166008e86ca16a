#!/usr/bin/env bash
# Load benchmark of the organisation directory over 100,000 organisations, on a release
# build. wrk runs on the same machine.
#   bash bench/directory.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/directory.sh   (an empty PostgreSQL database)
# Settings: ORGS=100000 DURATION=15s CONNECTIONS=32 THREADS=1.
# Prints, for the first page, a page with two filters and a text query, a CPV division in a
# country, and the last page,
# wrk's figures (requests/s, latency percentiles), and the server's memory (VmRSS).
# A page is remembered until the next write (store::memo), so these repeat requests are
# answered from memory after the first; a last run asks for a different page each time
# (bench/random-pages.lua) to show what the database path itself costs.
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS=${ORGS:-100000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
PORT=${PORT:-18081}
. bench/common.sh
start=$(date +%s)
"$BIN" seed --synthetic "$ORGS" >/dev/null
echo "seeded $ORGS organisations in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
start_server
echo "server memory at rest: $(mem VmRSS)"
for path in "/organisations" "/organisations?q=organisation+12&country=DE&kind=company" "/organisations?cpv=72&country=FR" "/organisations?last=1"; do
  curl -fs "http://127.0.0.1:$PORT$path" | grep -o '<p role="status">[^<]*' | sed 's/.*>/  /'  # warm up, and say what it found
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
  echo
done
echo "== GET /organisations?after=<random cursor>  (a different page each time: the database path)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/random-pages.lua "http://127.0.0.1:$PORT"
echo
echo "server memory after the load: $(mem VmRSS)"
