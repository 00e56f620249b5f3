#!/usr/bin/env bash
# Load: requests per second of the programme reads a phone repeats, each beside the same process's liveness
# endpoint (the ceiling of this machine and stack), with p50/p99 latency and bytes on the wire with and without
# gzip, at seed size and at generated size (a trip of 100 sessions and 200 participants); then the service's
# resident memory. wrk from Debian's packages (apt-get install wrk), 2 threads, 32 connections, 10 s per endpoint,
# after a 3 s warm-up; the service, MariaDB and wrk share the machine, so only ratios in one run compare.
# Usage: bash bench/load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source bench/service.sh
seconds=${1:-10}
db=studytrip_bench_load
port=18098
fresh_database $db
[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl api -am package -DskipTests
bench_keys
start_service $db $port 18099 true bench/service-load.log
base="http://127.0.0.1:$port"
auth="Authorization: Bearer $BENCH_TOKEN"

# Requests per second, p50 and p99 of one endpoint, asked as a phone asks (gzip accepted), with the given headers.
load() {
  local path=$1; shift
  local headers=(-H "Accept-Encoding: gzip")
  for header in "$@"; do headers+=(-H "$header"); done
  wrk -t2 -c32 -d3s "${headers[@]}" "$base$path" >/dev/null
  wrk -t2 -c32 -d"${seconds}s" --latency "${headers[@]}" "$base$path" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}

# Bytes of the body as sent, with and without gzip.
bytes() {
  local path=$1; shift
  local headers=()
  for header in "$@"; do headers+=(-H "$header"); done
  printf "%s %s" "$(curl -s "${headers[@]}" -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$path")" \
    "$(curl -s "${headers[@]}" -o /dev/null -w '%{size_download}' "$base$path")"
}

measure() {
  local code=$1
  local trip
  trip=$(curl -sf -H "$auth" "$base/api/v1/trips?q=$code&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  local etag
  etag=$(curl -sI "$base/api/v1/trips/$trip/itinerary" | awk -F': ' 'tolower($1) == "etag" { print $2 }' | tr -d '\r')
  local cursor
  cursor=$(python3 - "$base" "$trip" <<'PY'
import json, sys, urllib.request
base, trip, after, more = sys.argv[1], sys.argv[2], None, True
while more:
    page = json.load(urllib.request.urlopen(base + "/api/v1/trips/%s/changes?limit=100%s" % (trip, "&after=" + after if after else "")))
    after, more = page["next"], page["more"]
print(after)
PY
)
  local ceiling
  ceiling=$(load /q/health/live | cut -d' ' -f1)
  echo "| endpoint | req/s | share of the ceiling | p50 | p99 | non-2xx/3xx | bytes gzip / plain |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  row() {
    local label=$1 path=$2; shift 2
    read -r rps p50 p99 bad < <(load "$path" "$@")
    read -r zipped plain < <(bytes "$path" "$@"; echo)
    printf "| %s | %.0f | %.3f | %s | %s | %s | %s / %s |\n" "$label" "$rps" "$(python3 -c "print($rps / $ceiling)")" \
      "$p50" "$p99" "$bad" "$zipped" "$plain"
  }
  printf "| liveness (the ceiling) | %.0f | 1 | | | | |\n" "$ceiling"
  row "itinerary" "/api/v1/trips/$trip/itinerary"
  row "itinerary, If-None-Match (304)" "/api/v1/trips/$trip/itinerary" "If-None-Match: $etag"
  row "sessions of the trip (100 a page)" "/api/v1/trips/$trip/sessions?size=100"
  row "a page of people (organiser)" "/api/v1/people?size=20" "$auth"
  row "the trip's change feed, nothing new" "/api/v1/trips/$trip/changes?after=$cursor"
}

echo "## Seed size: the 2025 sample trip (15 sessions, 12 participants)"
measure korea-2025
python3 bench/generate.py | mysql -h127.0.0.1 -uroot $db >/dev/null
echo
echo "## Generated size: a trip of 100 sessions and 200 participants (202 trips in all)"
measure bench-trip-150
echo
echo "Resident memory of the service after the runs: $(( $(ps -o rss= -p "${bench_pids[0]}") / 1024 )) MB (java -Xmx512m)"
