#!/usr/bin/env bash
# Load benchmark of the organisation directory over 100,000 organisations, on a release
# build. wrk runs on the same machine.
#   bash bench/directory.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/directory.sh   (an empty PostgreSQL database)
# Settings: ORGS=100000 DURATION=15s CONNECTIONS=32 THREADS=1.
# Prints, for the first page, a page with two filters and a text query, and the last page,
# wrk's figures (requests/s, latency percentiles), and the server's memory (VmRSS).
# A page is remembered until the next write (store::memo), so these repeat requests are
# answered from memory after the first; a last run asks for a different page each time
# (bench/random-pages.lua) to show what the database path itself costs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
ORGS=${ORGS:-100000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
cargo build --release --bin iptf >/dev/null
BIN=target/release/iptf
DATA=$(mktemp -d)
PORT=${PORT:-18081}
export IPTF_DATA_DIR="$DATA" IPTF_BIND="127.0.0.1:$PORT" IPTF_LOG=warn
if [ -n "${DATABASE_URL:-}" ]; then export IPTF_DATABASE_URL="$DATABASE_URL"; else unset IPTF_DATABASE_URL; fi
start=$(date +%s)
"$BIN" seed --synthetic "$ORGS" >/dev/null
echo "seeded $ORGS organisations in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
"$BIN" serve >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$PID/status"; }
echo "server memory at rest: $(rss)"
for path in "/organisations" "/organisations?q=organisation+12&country=DE&kind=company" "/organisations?last=1"; do
  curl -fs "http://127.0.0.1:$PORT$path" | grep -o '<p role="status">[^<]*' | sed 's/.*>/  /'  # warm up, and say what it found
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
  echo
done
echo "== GET /organisations?after=<random cursor>  (a different page each time: the database path)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/random-pages.lua "http://127.0.0.1:$PORT"
echo
echo "server memory after the load: $(rss)"
