#!/usr/bin/env bash
# What counting article views costs readers: article-page throughput with view counting on and off, measured in the
# same run (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/views.sh
#
# Starts two Havens on the sample content (content/, copied), one with --haven.views.enabled=false, each on its own
# free loopback port and data dir; warms both up on the same article; then runs `wrk -t2 -c64 -d5s --latency` with a
# browser's User-Agent (so every request is a counted view on the counting side) against one and then the other,
# alternating which goes first each round, and prints the medians of Requests/sec and p99 latency, the ratio of the
# medians, and the median of each round's on/off ratio (the two runs of a round share the machine's load of the moment,
# so this one is the steadier figure on a busy machine). Both serve the article from the page cache, as readers get it; the counting side also flushes every 5 s.
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
# Settings: HAVEN_BENCH_ROUNDS (10), HAVEN_BENCH_DURATION (5s), HAVEN_BENCH_CONNECTIONS (64), HAVEN_BENCH_THREADS (2),
# HAVEN_BENCH_WARMUP (10s), HAVEN_BENCH_ARTICLE (/articles/first-therapy-session), and those in bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-10}
DURATION=${HAVEN_BENCH_DURATION:-5s}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}
WARMUP=${HAVEN_BENCH_WARMUP:-10s}
ARTICLE=${HAVEN_BENCH_ARTICLE:-/articles/first-therapy-session}
AGENT="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"

need java "Install a JDK 17 or newer."
need curl "apt-get install -y curl"
need wrk "apt-get install -y wrk"
check_theme
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-views.XXXXXX")
trap finish EXIT
trap 'exit 130' INT TERM
if [[ -n ${HAVEN_BENCH_APP_JAR:-} ]]; then
	[[ -f $APP_JAR ]] || die "HAVEN_BENCH_APP_JAR: no file $APP_JAR"
elif [[ ! -f $APP_JAR || -n $(find "$REPO/src/main" "$REPO/pom.xml" -newer "$APP_JAR" -print -quit) ]]; then
	log "building the application: ./mvnw -q -DskipTests package"
	(cd "$REPO" && ./mvnw -q -DskipTests package)
fi
cp -r "$REPO/content" "$WORK/content"

# start_side NAME ENABLED: starts one Haven (counting on or off) and records its URL.
declare -A URLS MANAGEMENT_URLS
start_side() {
	local name=$1 enabled=$2 port
	port=$(free_port)
	mkdir -p "$WORK/data-$name"
	EXTRA_APP_ARGS+=(--haven.views.enabled="$enabled")
	MANAGEMENT_PORT=$(free_port)
	MANAGEMENT_URLS[$name]=http://127.0.0.1:$MANAGEMENT_PORT
	start_app "$WORK/$name.log" "$WORK/content" "$WORK/data-$name" "$port"
	unset 'EXTRA_APP_ARGS[${#EXTRA_APP_ARGS[@]}-1]'
	OTHER_PIDS+=("$APP_PID")
	APP_PID=
	URLS[$name]=http://127.0.0.1:$port
}
start_side off false
start_side on true
for name in off on; do
	wait_for_200 "${MANAGEMENT_URLS[$name]}/actuator/health/readiness" 600 || die "Haven ($name) did not become ready"
	wait_for_200 "${URLS[$name]}$ARTICLE" 60 || die "$ARTICLE does not answer 200"
	log "warming up $name for $WARMUP"
	wrk -t"$THREADS" -c16 -d"$WARMUP" -H "User-Agent: $AGENT" "${URLS[$name]}$ARTICLE" > /dev/null
done

# run NAME: one wrk run against one side; appends to RPS[side] and P99[side], sets LAST[side].
declare -A RPS P99 LAST
RATIOS=()
run() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "User-Agent: $AGENT" "${URLS[$1]}$ARTICLE")
	LAST[$1]=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
	RPS[$1]+="${LAST[$1]} "
	P99[$1]+="$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")") "
}
for round in $(seq 1 "$ROUNDS"); do
	if ((round % 2)); then order=(off on); else order=(on off); fi
	log "round $round: ${order[0]}, then ${order[1]}"
	run "${order[0]}"
	run "${order[1]}"
	RATIOS+=("$(awk -v on="${LAST[on]}" -v off="${LAST[off]}" 'BEGIN { printf "%.2f", 100 * on / off }')")
done

# shellcheck disable=SC2086
on=$(median ${RPS[on]})
# shellcheck disable=SC2086
off=$(median ${RPS[off]})
echo "## Article views: throughput with counting on and off ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- page: $ARTICLE of the sample content, from the page cache; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
echo "  with a browser User-Agent, $ROUNDS rounds per side, alternating which side goes first, medians"
echo
echo "| counting | req/s (median) | p99 (median) |"
echo "|---|---|---|"
# shellcheck disable=SC2086
printf '| off | %.0f | %s ms |\n' "$off" "$(median ${P99[off]})"
# shellcheck disable=SC2086
printf '| on | %.0f | %s ms |\n' "$on" "$(median ${P99[on]})"
echo
awk -v on="$on" -v off="$off" 'BEGIN { printf "on/off, ratio of the medians: %.1f%%\n", 100 * on / off }'
echo "on/off, median of the rounds' ratios: $(median "${RATIOS[@]}")% (target: at least 95%)"
echo "Raw runs (req/s) - off: ${RPS[off]% }; on: ${RPS[on]% }"
echo "Round ratios (on/off, %): ${RATIOS[*]}"
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
