#!/usr/bin/env bash
# Import, start-up and heap benchmark for Haven (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/import.sh
#
# 1. Builds the application and bench/ if needed, generates a 10,000-article corpus into bench/corpus/ (git-ignored).
# 2. Imports it 3 times, each into a fresh H2 database in a temporary data dir, and reads the import's own log line
#    ("Content import from ...: N imported, ... in N ms"); prints each run and the median articles/second.
# 3. After the first import: a full GC (jcmd GC.run), then heap used (jcmd GC.heap_info) and the process RSS.
# 4. One more import with -Xmx256m, to check the 10k corpus fits in a 256 MB heap.
# 5. Start-up to the first 200 on / with the sample content (content/), fresh data dir each time, 3 runs each:
#    plain java -jar, and ./haven.sh (the production launch: AppCDS archive on Java 17-24, AOT cache on 25+), after
#    one first start that makes its cache (timed too). The JDK is java on the PATH (./haven.sh: JAVA_HOME if set), so
#    PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH bash bench/import.sh measures Java 25.
#
# Needs java 17+ (with jcmd) and curl. The theme comes from the repository's themes/ folder; set
# HAVEN_BENCH_THEME_DIR to use another one. Other settings: see bench/lib.sh. Skip parts with
# HAVEN_BENCH_SKIP=xmx,startup (comma-separated: import, heap, xmx, startup).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${HAVEN_BENCH_RUNS:-3}
SKIP=,${HAVEN_BENCH_SKIP:-},
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}
START_TIMEOUT=${HAVEN_BENCH_START_TIMEOUT:-180}

need jcmd "Install a full JDK (jcmd is part of it), e.g. apt-get install -y openjdk-17-jdk-headless."
prepare import

IMPORT_RE='Content import from .*: [0-9]+ imported, [0-9]+ updated, [0-9]+ unchanged, [0-9]+ failed, [0-9]+ withdrawn in [0-9]+ ms'

# import_once NAME [JVM options...]: fresh data dir, start, wait for the import line; sets IMPORTED FAILED MS.
import_once() {
	local name=$1
	shift
	local data=$WORK/data-$name line port
	mkdir -p "$data"
	port=$(free_port)
	start_app "$WORK/$name.log" "$CORPUS" "$data" "$port" "$@"
	APP_PORT=$port
	line=$(wait_for_log "$WORK/$name.log" "$IMPORT_RE" "$IMPORT_TIMEOUT") || return 1
	IMPORTED=$(sed -E 's/.*: ([0-9]+) imported.*/\1/' <<< "$line")
	FAILED=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<< "$line")
	MS=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<< "$line")
	STARTED=$(grep -m1 -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$WORK/$name.log" | grep -oE '[0-9.]+ seconds' || echo '?')
	if [[ $FAILED != 0 ]]; then
		log "$FAILED files failed to import:"
		grep 'Content not imported' "$WORK/$name.log" | head -n 5 >&2
	fi
}

echo "## Haven import benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- corpus: $CORPUS ($(find "$CORPUS/articles" -name '*.md' | wc -l) articles, $(du -sh "$CORPUS/articles" | cut -f1))"
echo

rates=()
seconds=()
if [[ $SKIP != *,import,* ]]; then
	echo "### Import of $COUNT articles into a fresh H2 database"
	echo
	echo "| run | imported | failed | import time | articles/s | context started in |"
	echo "|---|---|---|---|---|---|"
	for run in $(seq 1 "$RUNS"); do
		import_once "run$run"
		rate=$(awk -v n="$IMPORTED" -v ms="$MS" 'BEGIN { printf "%.0f", n * 1000 / ms }')
		rates+=("$rate")
		seconds+=("$(awk -v ms="$MS" 'BEGIN { printf "%.2f", ms / 1000 }')")
		echo "| $run | $IMPORTED | $FAILED | $(awk -v ms="$MS" 'BEGIN { printf "%.2f s", ms / 1000 }') | $rate | $STARTED |"
		if [[ $run == 1 && $SKIP != *,heap,* ]]; then
			wait_for_200 "http://127.0.0.1:$APP_PORT/" "$START_TIMEOUT" || true
			jcmd "$APP_PID" GC.run > /dev/null
			sleep 1
			HEAP_INFO=$(jcmd "$APP_PID" GC.heap_info)
			HEAP_USED=$(grep -m1 -oE 'used [0-9]+K' <<< "$HEAP_INFO" | grep -oE '[0-9]+')
			HEAP_TOTAL=$(grep -m1 -oE 'total [0-9]+K' <<< "$HEAP_INFO" | grep -oE '[0-9]+')
			RSS=$(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status")
		fi
		stop_app
		rm -rf "$WORK/data-run$run"
	done
	echo
	echo "**Median: $(median "${rates[@]}" | cut -d. -f1) articles/s ($(median "${seconds[@]}") s for $COUNT articles; target: under 10 s)**"
	echo
	if [[ -n ${HEAP_USED:-} ]]; then
		echo "### Memory after importing $COUNT articles, serving / once, and a full GC (run 1)"
		echo
		echo "- heap used: $((HEAP_USED / 1024)) MB (committed: $((HEAP_TOTAL / 1024)) MB; target: under 256 MB)"
		echo "- process RSS: $((RSS / 1024)) MB"
		echo
	fi
fi

if [[ $SKIP != *,xmx,* ]]; then
	echo "### Import of $COUNT articles with -Xmx256m"
	echo
	if import_once xmx256 -Xmx256m -XX:+ExitOnOutOfMemoryError; then
		echo "- completed: $IMPORTED imported, $FAILED failed, in $(awk -v ms="$MS" 'BEGIN { printf "%.2f s", ms / 1000 }')"
	else
		echo "- did not complete: $(grep -m 1 -oE '[A-Za-z.]*(Error|Exception): [^[:cntrl:]]*' "$WORK/xmx256.log" | head -c 200 || echo 'see the log lines above')"
	fi
	stop_app
	rm -rf "$WORK/data-xmx256"
	echo
fi

# startup_once NAME JAR [JVM options...]: fresh data dir, sample content; sets STARTUP_MS, the time from launch to
# the first 200 on / (not in a subshell: stop_app needs APP_PID).
startup_once() {
	local name=$1 jar=$2
	shift 2
	local data=$WORK/data-$name port t0
	mkdir -p "$data"
	port=$(free_port)
	t0=$(now_ms)
	start_app "$WORK/$name.log" "$REPO/content" "$data" "$port" "$@" -- "$jar"
	APP_PORT=$port
	wait_for_200 "http://127.0.0.1:$port/" "$START_TIMEOUT" || return 1
	STARTUP_MS=$(($(now_ms) - t0))
}

# launcher_once NAME: like startup_once, through ./haven.sh (the README's production launch) and its class cache.
launcher_once() {
	local name=$1 data=$WORK/data-$1 port t0
	mkdir -p "$data"
	port=$(free_port)
	t0=$(now_ms)
	HAVEN_JAR=$APP_JAR HAVEN_LAUNCH_DIR=$LAUNCH_DIR JAVA_OPTS="${EXTRA_JAVA_OPTS[*]}" "$REPO/haven.sh" \
		--haven.content.dir="$REPO/content" --haven.site.data-dir="$data" --haven.theme.dir="$THEME_DIR" \
		--server.address=127.0.0.1 --server.port="$port" --management.server.port="$(free_port)" \
		> "$WORK/$name.log" 2>&1 &
	APP_PID=$!
	APP_PORT=$port
	wait_for_200 "http://127.0.0.1:$port/" "$START_TIMEOUT" || return 1
	STARTUP_MS=$(($(now_ms) - t0))
}

if [[ $SKIP != *,startup,* ]]; then
	LAUNCH_DIR=$BENCH_DIR/target/launch
	rm -rf "$LAUNCH_DIR"
	log "first start through ./haven.sh: extracts the jar and makes the class cache"
	launcher_once launch-first || die "./haven.sh did not start; see $WORK/launch-first.log"
	FIRST_MS=$STARTUP_MS
	stop_app

	echo "### Start-up to the first 200 on / (sample content, fresh H2 database each run, $(java -version 2>&1 | head -n 1))"
	echo
	echo "| variant | runs (ms) | median |"
	echo "|---|---|---|"
	for variant in jar launcher; do
		times=()
		for run in $(seq 1 "$RUNS"); do
			case $variant in
				jar) startup_once "start-$variant-$run" "$APP_JAR" ;;
				launcher) launcher_once "start-$variant-$run" ;;
			esac
			times+=("$STARTUP_MS")
			stop_app
			rm -rf "$WORK/data-start-$variant-$run"
		done
		case $variant in
			jar) label="java -jar target/haven-0.1.0-SNAPSHOT-exec.jar" ;;
			launcher) label="./haven.sh, cache made ($(ls "$LAUNCH_DIR" | grep -E '\.(aot|jsa)$'))" ;;
		esac
		echo "| $label | ${times[*]} | $(median "${times[@]}" | cut -d. -f1) ms |"
	done
	echo "| ./haven.sh, first start after a build (extract, training run, start) | $FIRST_MS | |"
	echo
	echo "Target: under 3 s."
	echo
fi
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
