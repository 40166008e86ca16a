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
PORT=${PORT:-18082}
unset DATABASE_URL
. bench/common.sh
export IPTF_TRUST_PROXY=true
"$BIN" seed --demo >/dev/null
start_server
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
