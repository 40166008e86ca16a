#!/usr/bin/env bash
# Events benchmark (issue 9): EVENTS generated events with REGISTRATIONS registrations;
# the filtered events list under wrk; the .ics feed of 1,000 events; then CROWD people
# registering into one popular event of SEATS seats as fast as wrk sends them, and a check
# that no seat was oversold. Release build.
#   bash bench/events.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/events.sh   (an empty PostgreSQL database)
# Settings: EVENTS=10000 REGISTRATIONS=200000 CROWD=20000 SEATS=1000 DURATION=10s
# CONNECTIONS=32 THREADS=2. The server runs without its worker (IPTF_WORKER=false): the
# synthetic events due within a day have reminders to send, and sending them is not what is
# measured (with the worker on, the list slowed several times over).
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-10000}
REGISTRATIONS=${REGISTRATIONS:-200000}
CROWD=${CROWD:-20000}
SEATS=${SEATS:-1000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18086}
export IPTF_WORKER=${IPTF_WORKER:-false}
. bench/common.sh
start=$(date +%s)
PER_EVENT=$(( (REGISTRATIONS + EVENTS - 1) / EVENTS ))
"$BIN" seed --synthetic "$PER_EVENT" >/dev/null
"$BIN" seed --events "$EVENTS" --registrations "$REGISTRATIONS" | tail -1
read -r _ EVENT _ _ _ TOKENS < <("$BIN" seed --event-crowd "$CROWD" --seats "$SEATS" | tail -1)
echo "seeded in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
start_server
echo "server memory at rest: $(mem VmRSS)"
LIST="/events?topic=pcp&language=ENG"
curl -fs "http://127.0.0.1:$PORT$LIST" | grep -o '<p role="status">[^<]*' | sed 's/.*>/  /'
echo "== GET $LIST  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$LIST"
echo
FEED="/events/feed.ics"
echo "== GET $FEED: $(curl -fs "http://127.0.0.1:$PORT$FEED" | grep -c '^BEGIN:VEVENT') events; 20 requests one after another:"
times=$(for _ in $(seq 1 20); do curl -fs -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$FEED"; done | sort -n)
echo "$times" | awk '{a[NR]=$1} END {printf "  p50 %.1f ms   max %.1f ms\n", a[10]*1000, a[NR]*1000}'
echo
URL="http://127.0.0.1:$PORT/api/v1/events/$EVENT/registration"
echo "== POST $URL: $CROWD people, $SEATS seats  (wrk -t$THREADS -c$CONNECTIONS -d5s)"
TOKENS="$TOKENS" THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --latency -s bench/register.lua "$URL"
state=$(curl -fs "http://127.0.0.1:$PORT/api/v1/events/$EVENT")
confirmed=$(echo "$state" | grep -o '"confirmed":[0-9]*' | cut -d: -f2)
waiting=$(echo "$state" | grep -o '"waiting":[0-9]*' | cut -d: -f2)
echo "  the popular event now: $confirmed confirmed of $SEATS seats, $waiting waiting"
if [ "$confirmed" -gt "$SEATS" ]; then echo "  OVERSOLD" >&2; exit 1; fi
echo "server memory after the load: $(mem VmRSS)"
