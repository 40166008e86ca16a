# Shared by the benchmarks: a release build, a fresh data folder, the server started on
# $PORT and waited for, and its memory. Source it after setting PORT; it sets BIN, DATA,
# PID, and cleans up on exit.
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cargo build --release --bin iptf >/dev/null
BIN=target/release/iptf
DATA=$(mktemp -d)
export IPTF_DATA_DIR="$DATA" IPTF_BIND="127.0.0.1:$PORT" IPTF_LOG=warn
if [ -n "${DATABASE_URL:-}" ]; then export IPTF_DATABASE_URL="$DATABASE_URL"; else unset IPTF_DATABASE_URL; fi

# start_server: runs `iptf serve` in the background and waits until it answers.
start_server() {
  "$BIN" serve >/dev/null 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
}

# mem KEY: a line of the server's /proc status (VmRSS, VmHWM), in kB.
mem() { awk -v k="$1" '$1 == k":" {print $2 " kB"}' "/proc/$PID/status"; }
