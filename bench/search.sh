#!/usr/bin/env bash
# Search benchmark (issue 8): RESOURCES published resources in five languages, a full
# reindex, then a search with a text query and two facets over HTTP under wrk; the index's
# size on disk and the server's memory. Release build.
#   bash bench/search.sh                       (embedded SQLite)
#   DATABASE_URL=postgres://USER@HOST/DB bash bench/search.sh   (an empty PostgreSQL database)
# Settings: RESOURCES=100000 DURATION=15s CONNECTIONS=2 THREADS=1 (two connections for
# two cores: a search is CPU work, more connections only queue; set CONNECTIONS=32 to see
# the throughput under a crowd).
set -euo pipefail
cd "$(dirname "$0")/.."
RESOURCES=${RESOURCES:-100000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-2}
THREADS=${THREADS:-1}
PORT=${PORT:-18084}
. bench/common.sh
start=$(date +%s)
"$BIN" seed --synthetic 10 --resources "$RESOURCES" >/dev/null
echo "seeded $RESOURCES resources in $(( $(date +%s) - start )) s (${IPTF_DATABASE_URL:-SQLite in $DATA})"
"$BIN" reindex
echo "index on disk: $(du -sh "$DATA/search" | cut -f1)"
start_server
echo "server memory at rest: $(mem VmRSS)"
for path in "/api/v1/search?q=innovation&topic=pcp&language=FRA" "/search?q=procurement+market&kind=guide&language=ENG"; do
  curl -fs "http://127.0.0.1:$PORT$path" | grep -o '"total":[0-9]*\|<p role="status">[^<]*' | sed 's/.*[>:]/  found /'
  echo "== GET $path  (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$path"
  echo
done
echo "server memory after the load: $(mem VmRSS)"
