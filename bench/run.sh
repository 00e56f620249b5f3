#!/usr/bin/env bash
# Benchmark: builds the service with Hibernate statistics exported, starts it on a fresh database of the
# MariaDB server on 127.0.0.1:3306, measures at seed size (with the sample programme), fills the database with
# bench/generate.py (~200 trips, 20 000 sessions, 40 000 participants), measures again, and prints EXPLAIN of
# the filtered list queries. Results go to standard output (Markdown tables).
# Usage: bash bench/run.sh [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-30}
db=studytrip_bench
port=18090
management=18093
source bench/service.sh
fresh_database $db
./mvnw -B -q -pl api -am package -DskipTests -Dquarkus.hibernate-orm.statistics=true \
  -Dquarkus.hibernate-orm.metrics.enabled=true
bench_keys
start_service $db $port $management true bench/service.log
# Statement counts come from the metrics, on the management port.
export BENCH_METRICS="http://127.0.0.1:$management/q/metrics"

echo "## Seed size (2 trips, sample programme: 15 sessions, 12 participants)"
python3 bench/measure.py "http://127.0.0.1:$port" "$requests" korea-2025

started=$(date +%s)
python3 bench/generate.py | mysql -h127.0.0.1 -uroot $db >/dev/null
echo
echo "Generated in $(( $(date +%s) - started )) s: $(mysql -h127.0.0.1 -uroot -N $db -e \
  "select concat((select count(*) from trip), ' trips, ', (select count(*) from trip_session), ' sessions, ',
          (select count(*) from participant), ' participants, ', (select count(*) from person), ' people')")"
echo
echo "## Generated size (a trip with 100 sessions and 200 participants)"
python3 bench/measure.py "http://127.0.0.1:$port" "$requests" bench-trip-150

echo
echo "## EXPLAIN of the filtered lists at generated size"
mysql -h127.0.0.1 -uroot -t $db < bench/explain.sql
