#!/usr/bin/env bash
# Load: requests per second of the programme reads a phone repeats, each beside the same process's liveness
# endpoint (the ceiling of this machine and stack), with p50/p99 latency, SQL statements per request and bytes on
# the wire (brotli, gzip, plain), at seed size and at generated size (a trip of 100 sessions and 200 participants);
# then the service's resident memory, with production's memory settings (bin/serve). wrk from Debian's packages
# (apt-get install wrk), 2 threads, 32 connections; a warm-up pass, then three rounds of SECONDS per endpoint, the
# median round shown (bench/load.py). The service, MariaDB and wrk share the machine: only ratios in one run compare.
# COMPARE="name|liveness URL|read URL" adds another service to the same rounds (bench/README.md: petclinic).
# Usage: bash bench/load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source bench/service.sh
seconds=${1:-8}
db=studytrip_bench_load
port=18098
fresh_database $db
[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl api -am package -DskipTests
bench_keys
start_service $db $port 18099 true bench/service-load.log

echo "## Seed size: the 2025 sample trip (15 sessions, 12 participants)"
python3 bench/load.py "http://127.0.0.1:$port" "$BENCH_TOKEN" korea-2025 "$seconds"
python3 bench/generate.py | mysql -h127.0.0.1 -uroot $db >/dev/null
echo
echo "## Generated size: a trip of 100 sessions and 200 participants (202 trips in all)"
python3 bench/load.py "http://127.0.0.1:$port" "$BENCH_TOKEN" bench-trip-150 "$seconds"
echo
echo "Resident memory of the service after the runs: $(( $(ps -o rss= -p "${bench_pids[0]}") / 1024 )) MB (bin/serve)"
