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

# A command through the launcher: the static export of the sample site, with the throughput collector it picks for
# exports and the cache made above.
started=$(date +%s)
if ! HAVEN_LAUNCH_DIR=$WORK/launch JAVA_OPTS=-Xlog:gc ./haven.sh export --out "$WORK/public" \
	--haven.site.data-dir="$WORK/data" --management.server.port="$(free_port)" > "$WORK/export.log" 2>&1; then
	tail -n 40 "$WORK/export.log" >&2
	echo "haven.sh export failed (log above)" >&2
	exit 1
fi
[[ -f $WORK/public/index.html ]] || {
	echo "haven.sh export wrote no index.html" >&2
	exit 1
}
grep -q "Using Parallel" "$WORK/export.log" || {
	grep -m1 "Using " "$WORK/export.log" >&2 || true
	echo "haven.sh export did not run with the throughput collector" >&2
	exit 1
}
echo "haven.sh: export of the sample site after $(($(date +%s) - started)) s, with the throughput collector"
# Which collector the launcher asks for, seen through a stand-in java that prints its arguments
mkdir -p "$WORK/fake-jdk/bin"
printf '#!/bin/sh\necho "$@"\n' > "$WORK/fake-jdk/bin/java"
chmod +x "$WORK/fake-jdk/bin/java"
launch() { JAVA_HOME=$WORK/fake-jdk HAVEN_LAUNCH_CACHE=off HAVEN_JAR=$0 JAVA_OPTS=$1 ./haven.sh "${@:2}"; }
expect() { # description, arguments the stand-in got, whether -XX:+UseParallelGC must be among them
	local given=false
	[[ $2 == *-XX:+UseParallelGC* ]] && given=true
	if [[ $given != "$3" ]]; then
		echo "haven.sh: $1: java was given: $2" >&2
		exit 1
	fi
}
expect "export" "$(launch "" export --out public)" true
expect "export with G1 in JAVA_OPTS" "$(launch "-XX:+UseG1GC" export --out public)" false
expect "export with ZGC in JAVA_OPTS" "$(launch "-Xmx1g -XX:+UseZGC" export --out public)" false
expect "the site" "$(launch "" --server.port=8081)" false
expect "another command" "$(launch "" import-wordpress export.xml)" false
echo "haven.sh: the throughput collector for export only, unless JAVA_OPTS names one"
