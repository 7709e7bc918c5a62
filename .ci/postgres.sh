#!/usr/bin/env bash
# Starts a private PostgreSQL 15 cluster on a free loopback port for the -Ppostgres tests and prints
#   export HAVEN_TEST_PG_URL=jdbc:postgresql://127.0.0.1:PORT/haven_test
# Usage: eval "$(bash .ci/postgres.sh)"      Stop: bash .ci/postgres.sh stop
set -euo pipefail
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# one cluster per checkout, so two checkouts testing at once do not wipe each other's
PG_DIR=${PG_DIR:-/tmp/haven-pg-$(printf %s "$PWD" | cksum | cut -d" " -f1)}
RUN_AS=()
if [ "$(id -u)" = 0 ]; then RUN_AS=(runuser -u postgres --); fi

if [ "${1:-}" = stop ]; then
  [ -d "$PG_DIR/data" ] && "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >&2 || true
  exit 0
fi

[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL 15 is not installed: apt-get install -y postgresql-15" >&2; exit 1; }
# a free loopback port without python or ss (a fresh machine may have neither): nothing answers on it
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port found" >&2; return 1
}
PORT=$(free_port)
rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U haven --auth=trust -E UTF8 >&2
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off" start >&2
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U haven haven_test >&2
echo "export HAVEN_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/haven_test"
