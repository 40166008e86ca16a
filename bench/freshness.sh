#!/usr/bin/env bash
# Search freshness across processes (issue 8): two `iptf serve` processes on one database,
# each with its own index in its own data folder. A resource is published through the
# first (a browser's form posts); the second is searched for it every 20 ms until it is
# found. What is measured: from the publication's answer to the first search on the other
# process that finds it. Release build.
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/freshness.sh   (an empty PostgreSQL database)
#   bash bench/freshness.sh                                        (both processes on one SQLite file)
# Settings: ROUNDS=20.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-20}
PORT=${PORT:-18085}
PORT2=$((PORT + 1))
. bench/common.sh
"$BIN" seed --demo >/dev/null
printf 'a long enough passphrase\n' | "$BIN" admin create --email bench@example.eu --name Bench --password-stdin >/dev/null
start_server
# The second process: its own data folder (and index), the same database.
DATA2=$(mktemp -d)
IPTF_DATA_DIR="$DATA2" IPTF_BIND="127.0.0.1:$PORT2" IPTF_WORKER=false \
  IPTF_DATABASE_URL="${IPTF_DATABASE_URL:-sqlite://$DATA/iptf.db}" "$BIN" serve >/dev/null 2>&1 &
PID2=$!
trap 'kill $PID $PID2 2>/dev/null; wait $PID $PID2 2>/dev/null; rm -rf "$DATA" "$DATA2"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT2/healthz" >/dev/null && break; sleep 0.1; done
A="http://127.0.0.1:$PORT"
B="http://127.0.0.1:$PORT2"
JAR=$(mktemp)
csrf() { curl -fs -b "$JAR" -c "$JAR" "$A$1" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
T=$(csrf /sign-in)
curl -fs -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf=$T" --data-urlencode "email=bench@example.eu" \
  --data-urlencode "password=a long enough passphrase" "$A/sign-in"
INI=$(curl -fs "$A/api/v1/initiatives" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
times=""
for i in $(seq 1 "$ROUNDS"); do
  word="fresh$RANDOM$i"
  T=$(csrf /resources/new)
  loc=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" --data-urlencode "csrf=$T" \
    --data-urlencode "publisher=initiative:$INI" --data-urlencode "kind=guide" --data-urlencode "title=Guide $word" \
    --data-urlencode "summary=Freshness probe." --data-urlencode "body=Text." --data-urlencode "language=ENG" "$A/resources")
  id=${loc##*/}
  T=$(csrf "/resources/$id")
  curl -fs -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "csrf=$T" --data-urlencode "state=published" "$A/resources/$id/state"
  t0=$(date +%s%N)
  until curl -fs "$B/api/v1/search?q=$word" | grep -q '"total":1'; do sleep 0.02; done
  times+="$(( ($(date +%s%N) - t0) / 1000000 ))"$'\n'
done
rm -f "$JAR"
sorted=$(printf '%s' "$times" | sort -n)
pct() { echo "$sorted" | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i] " ms"}'; }
echo "published on one process, found by search on another (${IPTF_DATABASE_URL:-SQLite in $DATA}), $ROUNDS resources:"
echo "  p50 $(pct 50)   p90 $(pct 90)   max $(pct 100)"
