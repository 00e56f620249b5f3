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
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
./mvnw -B -q -pl api -am package -DskipTests -Dquarkus.hibernate-orm.statistics=true \
  -Dquarkus.hibernate-orm.metrics.enabled=true
# Throwaway keys for personal data at rest and for tokens: the bench database is dropped on the next run.
issuer=$(mktemp -d)
export BENCH_TOKEN=$(java embedded-db/src/main/java/org/studytrip/embedded/LocalIssuer.java "$issuer" organiser)
MP_JWT_VERIFY_ISSUER=studytrip-local MP_JWT_VERIFY_PUBLICKEY_LOCATION="$issuer/issuer-public-key.pem" \
STUDYTRIP_ENCRYPTION_KEYS="bench:$(head -c 32 /dev/urandom | base64)" \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://127.0.0.1:3306/$db QUARKUS_DATASOURCE_USERNAME=root \
  QUARKUS_HTTP_PORT=$port STUDYTRIP_MANAGEMENT_PORT=$management STUDYTRIP_SAMPLE_DATA=true \
  STUDYTRIP_READS_PER_MINUTE=1000000 STUDYTRIP_READ_BURST=1000000 java -Xmx512m -jar api/target/quarkus-app/quarkus-run.jar \
  >bench/service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
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
