#!/usr/bin/env bash
# The production launcher (./haven.sh, README): the first start makes the class cache, the second maps it; both must
# serve the home page. Runs on the jar ./mvnw package left in target/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v curl > /dev/null 2>&1; then
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl > /dev/null
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-launcher.XXXXXX")
PID=
finish() {
	[[ -n $PID ]] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null
	rm -rf "$WORK"
}
trap finish EXIT
free_port() {
	local p
	for _ in $(seq 1 50); do
		p=$((20000 + RANDOM % 30000))
		(exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null || {
			echo "$p"
			return
		}
	done
	return 1
}
for run in 1 2; do
	PORT=$(free_port)
	started=$(date +%s)
	HAVEN_LAUNCH_DIR=$WORK/launch ./haven.sh --haven.site.data-dir="$WORK/data" --server.address=127.0.0.1 \
		--server.port="$PORT" --management.server.port="$(free_port)" > "$WORK/run$run.log" 2>&1 &
	PID=$!
	until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/") == 200 ]]; do
		if ! kill -0 "$PID" 2> /dev/null || (($(date +%s) - started > 240)); then
			tail -n 40 "$WORK/run$run.log" >&2
			echo "haven.sh: start $run did not serve / (log above)" >&2
			exit 1
		fi
		sleep 0.2
	done
	echo "haven.sh: start $run served / after $(($(date +%s) - started)) s"
	kill "$PID"
	wait "$PID" 2> /dev/null || true
	PID=
done
[[ -f $WORK/launch/key ]] || {
	cat "$WORK/launch/training.log" >&2 || true
	echo "haven.sh made no class cache" >&2
	exit 1
}
if grep -q "preparing the start-up cache" "$WORK/run2.log"; then
	echo "haven.sh made its cache again on the second start" >&2
	exit 1
fi
echo "haven.sh: the second start used the cache made by the first"
