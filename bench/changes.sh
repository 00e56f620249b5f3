#!/usr/bin/env bash
# Change feeds and live updates: bytes over the wire (gzip) for a phone's full itinerary, a sync with no change and
# a sync with one change of the sample trip; and the time from a write committed through one process to an event
# of the trip's stream on another process on the same database, median and p99 over 100 writes.
# Needs the MariaDB server on 127.0.0.1:3306. Usage: bash bench/changes.sh [WRITES]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
writes=${1:-100}
db=studytrip_bench_changes
fresh_database $db
[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl api -am package -DskipTests
bench_keys
start_service $db 18094 18095 true bench/service-writer.log
start_service $db 18096 18097 false bench/service-streamer.log
python3 bench/changes.py http://127.0.0.1:18094 http://127.0.0.1:18096 "$writes"
