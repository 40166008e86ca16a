#!/usr/bin/env bash
# Memory of the hub under a burst of concurrent sign-ins (each one an Argon2id check of
# 19 MiB), and after it, on a release build with the demo data (embedded SQLite).
#   bash bench/signin-burst.sh            (BURST=500 by default)
# Each request comes from its own client address (X-Forwarded-For through one trusted
# proxy) and names its own account, so no throttle stops it before the password check.
# Prints the server's resident memory at rest, its peak (VmHWM) and after the burst.
set -euo pipefail
cd "$(dirname "$0")/.."
BURST=${BURST:-500}
cargo build --release --bin iptf >/dev/null
BIN=target/release/iptf
DATA=$(mktemp -d)
PORT=${PORT:-18082}
export IPTF_DATA_DIR="$DATA" IPTF_BIND="127.0.0.1:$PORT" IPTF_LOG=warn IPTF_TRUST_PROXY=true
unset IPTF_DATABASE_URL
"$BIN" seed --demo >/dev/null
"$BIN" serve >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
mem() { awk -v k="$1" '$1 == k":" {print $2 " kB"}' "/proc/$PID/status"; }
# One visitor cookie and its form token serve every request of the burst.
JAR="$DATA/jar"
CSRF=$(curl -fs -c "$JAR" "http://127.0.0.1:$PORT/sign-in" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
echo "server memory at rest: $(mem VmRSS)"
start=$(date +%s.%N)
export JAR CSRF PORT
seq 1 "$BURST" | xargs -P "$BURST" -I{} sh -c 'curl -s -o /dev/null -w "%{http_code}\n" -b "$JAR" \
  -H "X-Forwarded-For: 10.$(( {} / 250 )).$(( {} % 250 )).1" \
  --data-urlencode "csrf=$CSRF" --data-urlencode "email=burst{}@bench.example" \
  --data-urlencode "password=not the password {}" "http://127.0.0.1:$PORT/sign-in"' | sort | uniq -c
end=$(date +%s.%N)
echo "burst of $BURST sign-ins answered in $(echo "$end - $start" | bc) s"
echo "server memory at its peak: $(mem VmHWM)"
echo "server memory right after: $(mem VmRSS)"
sleep 5
echo "server memory 5 s later:   $(mem VmRSS)"
if [ -n "${SMAPS:-}" ]; then
  echo "threads: $(ls /proc/$PID/task | wc -l)"
  awk '/^[0-9a-f]+-[0-9a-f]+ /{name=$6} /^Rss:/{rss[name]+=$2} END{for (n in rss) if (rss[n] > 1000) print rss[n] " kB " n}' /proc/$PID/smaps | sort -rn | head
  grep -E "^[0-9a-f]+-[0-9a-f]+ rw-p 00000000 00:00 0" /proc/$PID/maps | wc -l
fi
