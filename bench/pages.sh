#!/usr/bin/env bash
# Load benchmark of the anonymous home and sign-in pages on a release build with the
# demo data, on the embedded SQLite database. wrk runs on the same machine.
#   bash bench/pages.sh            (DURATION=15s CONNECTIONS=32 THREADS=1 by default)
# Prints wrk's figures (requests/s, latency percentiles) and the server's memory
# (VmRSS) at rest and after the load.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
cargo build --release --bin iptf >/dev/null
BIN=target/release/iptf
DATA=$(mktemp -d)
PORT=${PORT:-18080}
export IPTF_DATA_DIR="$DATA" IPTF_BIND="127.0.0.1:$PORT" IPTF_LOG=warn
unset IPTF_DATABASE_URL
"$BIN" seed --demo >/dev/null
"$BIN" serve >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$PID/status"; }
echo "server memory at rest: $(rss)"
for path in / /sign-in; do
  curl -fs "http://127.0.0.1:$PORT$path" >/dev/null  # warm up
  echo
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
done
echo
echo "server memory after the load: $(rss)"
