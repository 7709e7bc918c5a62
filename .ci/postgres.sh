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
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U haven --auth=trust -E UTF8 >&2
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off" start >&2
"${RUN_AS[@]}" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U haven haven_test >&2
echo "export HAVEN_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$PORT/haven_test"
