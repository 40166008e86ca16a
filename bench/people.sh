#!/usr/bin/env bash
# Load benchmark of the people directory and the organisation directory (issue 7): 10,000
# organisations and 50,000 people with public profiles, on a release build; wrk shares
# the machine.
#   bash bench/people.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/people.sh   (an empty PostgreSQL database)
# Settings: ORGS=10000 PEOPLE=50000 DURATION=15s CONNECTIONS=32 THREADS=1.
# Each directory is asked with two filters and a text query; the people directory is
# never answered from memory (a withdrawn profile must vanish at once), only its count.
set -euo pipefail
cd "$(dirname "$0")/.."
ORGS=${ORGS:-10000}
PEOPLE=${PEOPLE:-50000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
PORT=${PORT:-18082}
. bench/common.sh
start=$(date +%s)
"$BIN" seed --synthetic "$ORGS" --people "$PEOPLE" >/dev/null
echo "seeded $ORGS organisations and $PEOPLE people in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
start_server
echo "server memory at rest: $(mem VmRSS)"
for path in "/people?q=huber&country=DE&language=DEU" "/people?q=anna&topic=pcp&sort=recent" \
            "/api/v1/people?q=martin&country=FR&topic=pcp" "/organisations?q=organisation+12&country=DE&kind=company"; do
  curl -fs "http://127.0.0.1:$PORT$path" | grep -o '<p role="status">[^<]*\|"total":[0-9]*' | sed 's/.*[>:]/  found /'
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
  echo
done
echo "server memory after the load: $(mem VmRSS)"
