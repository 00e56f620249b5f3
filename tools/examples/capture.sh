#!/usr/bin/env bash
# Records the answers of the contract's main reads from the sample programme into
# api/src/main/resources/openapi-examples/<operationId>.json, which the contract then carries as examples (shown by
# the API reference, answered by `npm run mock`). Starts the packaged service on the embedded database in a data
# directory of its own (under api/target, never /tmp), and stops it by its pid. Afterwards regenerate the contract
# (./mvnw -pl api -am package -DskipTests -Pupdate-openapi); ContractExamplesTest checks every example against it.
# Usage: bash tools/examples/capture.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -pl api -am package -DskipTests
data="$PWD/api/target/examples-data"
rm -rf "$data"
port=18070
QUARKUS_HTTP_PORT=$port STUDYTRIP_LOCAL_SIGN_IN_PORT=18071 STUDYTRIP_MANAGEMENT_PORT=18072 STUDYTRIP_DATA_DIR="$data" \
  STUDYTRIP_SAMPLE_DATA=true java -jar api/target/quarkus-app/quarkus-run.jar >api/target/examples-service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
python3 tools/examples/capture.py "http://127.0.0.1:$port" api/src/main/resources/openapi-examples
