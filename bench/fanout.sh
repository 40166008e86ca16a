#!/usr/bin/env bash
# Reply fan-out benchmark (issue 7): a working group of FOLLOWERS members who all follow
# one thread and chose e-mail; how long posting a reply takes (the e-mails go through the
# job queue: one fan-out job per reply, run by the worker afterwards). Release build.
#   bash bench/fanout.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/fanout.sh   (an empty PostgreSQL database)
# Settings: FOLLOWERS=1000 REPLIES=200.
set -euo pipefail
cd "$(dirname "$0")/.."
FOLLOWERS=${FOLLOWERS:-1000}
REPLIES=${REPLIES:-200}
PORT=${PORT:-18083}
. bench/common.sh
"$BIN" seed --synthetic "$FOLLOWERS" >/dev/null
read -r _ GROUP _ THREAD _ TOKEN < <("$BIN" seed --group-followers "$FOLLOWERS")
# The worker is off so the fan-out of one reply does not run while the next is posted;
# what is measured is what the person posting waits for.
IPTF_WORKER=false start_server
URL="http://127.0.0.1:$PORT/api/v1/groups/$GROUP/threads/$THREAD/replies"
times=$(for i in $(seq 1 "$REPLIES"); do
  curl -fs -o /dev/null -w '%{time_total}\n' -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
    -d "{\"body\": \"Reply number $i, with **Markdown**.\"}" "$URL"
done | sort -n)
pct() { echo "$times" | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; printf "%.1f ms", a[i]*1000}'; }
echo "reply to a thread followed by $FOLLOWERS members (${IPTF_DATABASE_URL:-SQLite in $DATA}), $REPLIES replies one after another:"
echo "  p50 $(pct 50)   p90 $(pct 90)   p99 $(pct 99)   max $(pct 100)"
