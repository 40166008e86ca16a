#!/usr/bin/env bash
# Load benchmark of the anonymous home and sign-in pages on a release build with the
# demo data, on the embedded SQLite database. wrk runs on the same machine.
#   bash bench/pages.sh            (DURATION=15s CONNECTIONS=32 THREADS=1 by default)
# Prints wrk's figures (requests/s, latency percentiles) and the server's memory
# (VmRSS) at rest and after the load.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
PORT=${PORT:-18080}
unset DATABASE_URL
. bench/common.sh
"$BIN" seed --demo >/dev/null
start_server
echo "server memory at rest: $(mem VmRSS)"
for path in / /sign-in; do
  curl -fs "http://127.0.0.1:$PORT$path" >/dev/null  # warm up
  echo
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
done
echo
echo "server memory after the load: $(mem VmRSS)"
