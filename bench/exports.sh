#!/usr/bin/env bash
# Exports: for the sample trip and for a generated trip of 100 sessions and 200 participants, each export's build time
# after a write, its bytes (brotli, gzip, plain), and its requests per second served from memory beside the same
# process's liveness endpoint (bench/exports.py). The packaged service with production's memory settings (bin/serve)
# on a fresh database of the MariaDB server on 127.0.0.1:3306; wrk from Debian's packages (apt-get install wrk).
# Usage: bash bench/exports.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
source bench/service.sh
seconds=${1:-4}
db=studytrip_bench_exports
port=18096
fresh_database $db
[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl api -am package -DskipTests
bench_keys
start_service $db $port 18097 true bench/service-exports.log

echo "## Seed size: the 2025 sample trip (15 sessions, 12 participants)"
(cd bench && python3 exports.py "http://127.0.0.1:$port" "$BENCH_TOKEN" korea-2025 "$seconds")
python3 bench/generate.py | mysql -h127.0.0.1 -uroot $db >/dev/null
echo
echo "## Generated size: a trip of 100 sessions and 200 participants"
(cd bench && python3 exports.py "http://127.0.0.1:$port" "$BENCH_TOKEN" bench-trip-150 "$seconds")
echo
echo "Resident memory of the service after the runs: $(( $(ps -o rss= -p "${bench_pids[0]}") / 1024 )) MB (bin/serve)"
