# Sourced by the bench scripts: a fresh database on the MariaDB server on 127.0.0.1:3306, a token of a throwaway
# local issuer (BENCH_TOKEN), and the packaged service started against them. Everything it starts is stopped on exit.

# fresh_database NAME
fresh_database() {
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;"
}

# Throwaway keys for personal data at rest and for tokens: the bench database is dropped on the next run.
bench_keys() {
  local issuer
  issuer=$(mktemp -d)
  export BENCH_TOKEN=$(java embedded-db/src/main/java/org/studytrip/embedded/LocalIssuer.java "$issuer" organiser)
  export MP_JWT_VERIFY_ISSUER=studytrip-local MP_JWT_VERIFY_PUBLICKEY_LOCATION="$issuer/issuer-public-key.pem" \
    STUDYTRIP_ENCRYPTION_KEYS="bench:$(head -c 32 /dev/urandom | base64)"
}

bench_pids=()
trap 'kill "${bench_pids[@]}" 2>/dev/null || true' EXIT

# start_service DATABASE PORT MANAGEMENT_PORT SAMPLE_DATA LOG: starts the packaged service with production's memory
# settings (bin/serve) and limits no client will meet, waits until it is ready.
start_service() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:mysql://127.0.0.1:3306/$1 QUARKUS_DATASOURCE_USERNAME=root \
    QUARKUS_HTTP_PORT=$2 STUDYTRIP_MANAGEMENT_PORT=$3 STUDYTRIP_SAMPLE_DATA=$4 \
    STUDYTRIP_READS_PER_MINUTE=1000000000 STUDYTRIP_READ_BURST=1000000000 \
    STUDYTRIP_WRITES_PER_MINUTE=1000000000 STUDYTRIP_WRITE_BURST=1000000000 \
    bin/serve >"$5" 2>&1 &
  bench_pids+=($!)
  until curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null; do sleep 0.5; done
}
