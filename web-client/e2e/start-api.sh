#!/usr/bin/env bash
# Starts the packaged API for the browser tests: embedded MariaDB in a new data directory, so every run starts
# from the seeded sample programme. Usage: start-api.sh PORT ALLOWED_ORIGIN SIGN_IN_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
jar=../api/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ]; then
  echo "No API build at $jar: run ./mvnw -pl api -am package -DskipTests first (./mvnw verify does)." >&2
  exit 1
fi
data="$PWD/target/e2e-api-data"
rm -rf "$data"
mkdir -p target
export QUARKUS_HTTP_PORT="$1" QUARKUS_HTTP_CORS_ORIGINS="$2" STUDYTRIP_DATA_DIR="$data" STUDYTRIP_SAMPLE_DATA=true
# The tests read and write faster than a person would; the limits themselves are tested in the API's LimitsTest.
export STUDYTRIP_WRITES_PER_MINUTE=6000 STUDYTRIP_WRITE_BURST=1000 STUDYTRIP_READS_PER_MINUTE=60000 STUDYTRIP_READ_BURST=10000
# No load balancer to wait for on shutdown; metrics on a port of their own, away from a running bin/dev's.
# The webhook scenario's receiver listens on this machine, over plain http.
export STUDYTRIP_WEBHOOKS_ALLOW_HTTP=true STUDYTRIP_WEBHOOKS_ALLOWED_PRIVATE_HOSTS=127.0.0.1
export STUDYTRIP_SHUTDOWN_DELAY=0s STUDYTRIP_MANAGEMENT_PORT="${E2E_MANAGEMENT_PORT:-18082}"
# The local issuer serves the app's local sign-in beside the API.
export STUDYTRIP_LOCAL_SIGN_IN_PORT="$3"
echo "API log: $PWD/target/e2e-api.log"
exec java -jar "$jar" >target/e2e-api.log 2>&1
