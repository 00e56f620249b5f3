#!/usr/bin/env bash
# Start to ready of the production build (./mvnw -pl api -am package -Dprod) on an external database (the MariaDB
# server on 127.0.0.1:3306), with production's memory settings (bin/serve): the time from launching the JVM to the
# first 200 of /q/health/ready (polled every 20 ms), on a database already migrated, five starts each with the
# build's class archive and after bin/archive-classes; medians, and what Quarkus says it took.
# Usage: bash bench/startup.sh [STARTS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
starts=${1:-5}
db=studytrip_bench_startup
port=18092
fresh_database $db
./mvnw -B -q -pl api -am package -Dprod -DskipTests
bench_keys
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://127.0.0.1:3306/$db QUARKUS_DATASOURCE_USERNAME=root \
  QUARKUS_HTTP_PORT=$port STUDYTRIP_MANAGEMENT_PORT=$((port + 1)) STUDYTRIP_SHUTDOWN_DELAY=0s STUDYTRIP_SAMPLE_DATA=true
log=$(mktemp -d)

# once: migrates the database and loads the sample programme, which later starts find done
bin/serve >"$log/first.log" 2>&1 &
first=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
kill $first && wait $first || true

measure() {
  local label=$1 times=()
  for i in $(seq 1 "$starts"); do
    local begin end
    begin=$(date +%s%N)
    bin/serve >"$log/start.log" 2>&1 &
    local pid=$!
    until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.02; done
    end=$(date +%s%N)
    times+=($(( (end - begin) / 1000000 )))
    printf "  %s, start %d: ready after %d ms (%s)\n" "$label" "$i" "${times[-1]}" \
      "$(grep -a -o 'started in [0-9.]*s' "$log/start.log")"
    kill $pid && wait $pid || true
  done
  printf "%s: median %d ms to ready\n" "$label" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (starts + 1) / 2 ))p")"
}

measure "build's archive (Quarkus's static initialisation)"
bin/archive-classes $port >/dev/null
measure "after bin/archive-classes (a whole start archived)"
