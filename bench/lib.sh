# Shared helpers for the scripts in bench/ (sourced, not run).
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
APP_JAR=${HAVEN_BENCH_APP_JAR:-$REPO/target/haven-0.1.0-SNAPSHOT-exec.jar}
BENCH_JAR=$BENCH_DIR/target/benchmarks.jar

# Settings (environment variables, all optional):
#   HAVEN_BENCH_COUNT      articles in the generated corpus (default 10000)
#   HAVEN_BENCH_SEED       corpus seed (default 42)
#   HAVEN_BENCH_THEME_DIR  folder holding the calm theme (default: the repository's themes/)
#   HAVEN_BENCH_JAVA_OPTS  extra JVM options for the application (e.g. -Xmx256m)
#   HAVEN_BENCH_APP_ARGS   extra application arguments (e.g. --server.tomcat.max-keep-alive-requests=-1)
#   HAVEN_BENCH_APP_JAR    the exec jar to run instead of target/'s (not rebuilt), e.g. one built from an older commit
#   HAVEN_BENCH_KEEP       set to keep the run's temporary folder (logs, data, ledgers) instead of removing it
COUNT=${HAVEN_BENCH_COUNT:-10000}
SEED=${HAVEN_BENCH_SEED:-42}
THEME_DIR=${HAVEN_BENCH_THEME_DIR:-$REPO/themes}
# v2: internal links point at category pages that exist (v1 linked to article slugs no corpus had)
CORPUS=$BENCH_DIR/corpus/articles-$COUNT-seed-$SEED-v2
read -r -a EXTRA_JAVA_OPTS <<< "${HAVEN_BENCH_JAVA_OPTS:-}"
read -r -a EXTRA_APP_ARGS <<< "${HAVEN_BENCH_APP_ARGS:-}"

LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# need COMMAND HINT: stops with the hint when a command is missing.
need() {
	command -v "$1" > /dev/null 2>&1 || die "'$1' is not installed. $2"
}

check_theme() {
	[[ -f $THEME_DIR/calm/theme.yaml && -d $THEME_DIR/calm/templates ]] \
		|| die "no calm theme in $THEME_DIR (the application does not start without it); set HAVEN_BENCH_THEME_DIR to a folder holding calm/"
}

# Processes a script starts besides the application (nginx, a load client); stopped on exit.
OTHER_PIDS=()

# prepare NAME: checks for java, curl and the theme; makes WORK, a temporary folder for this run; on exit stops what
# the script started (the application and OTHER_PIDS) and removes WORK. Then builds what is stale and generates the
# corpus if needed.
prepare() {
	need java "Install a JDK 17 or newer."
	need curl "apt-get install -y curl"
	check_theme
	WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-$1.XXXXXX")
	trap finish EXIT
	trap 'exit 130' INT TERM
	build
	corpus
}

finish() {
	local pid
	for pid in "${OTHER_PIDS[@]}"; do
		kill -TERM "$pid" 2> /dev/null || true
		wait "$pid" 2> /dev/null || true
	done
	stop_app
	if [[ -n ${BENCH_PG_DIR:-} ]]; then
		PG_DIR=$BENCH_PG_DIR bash "$REPO/.ci/postgres.sh" stop 2> /dev/null || true
	fi
	if [[ -n ${HAVEN_BENCH_KEEP:-} ]]; then
		log "kept $WORK (HAVEN_BENCH_KEEP)"
	else
		rm -rf "$WORK"
	fi
}

# use_postgres: starts a private PostgreSQL 15 cluster in WORK/pg (.ci/postgres.sh, stopped on exit) and points the
# application at it (EXTRA_APP_ARGS). Its settings are the test cluster's: fsync off, so writes are faster than on a
# production server.
use_postgres() {
	need psql "apt-get install -y postgresql-15"
	chmod 755 "$WORK" # run as root, the script starts the server as the postgres user, which must reach WORK/pg
	BENCH_PG_DIR=$WORK/pg
	eval "$(PG_DIR=$BENCH_PG_DIR bash "$REPO/.ci/postgres.sh" 2> "$WORK/pg-start.log")"
	[[ -n ${HAVEN_TEST_PG_URL:-} ]] || {
		cat "$WORK/pg-start.log" >&2
		die "PostgreSQL did not start"
	}
	EXTRA_APP_ARGS+=("--spring.datasource.url=$HAVEN_TEST_PG_URL" --spring.datasource.username=haven
		--spring.datasource.password=)
	log "PostgreSQL 15 at $HAVEN_TEST_PG_URL"
}

# Builds the application jar and the benchmark jar when missing or older than their sources.
# build_app: the application jar, rebuilt when its sources are newer (unless HAVEN_BENCH_APP_JAR names one).
build_app() {
	if [[ -n ${HAVEN_BENCH_APP_JAR:-} ]]; then
		[[ -f $APP_JAR ]] || die "HAVEN_BENCH_APP_JAR: no file $APP_JAR"
	elif [[ ! -f $APP_JAR || -n $(find "$REPO/src/main" "$REPO/pom.xml" -newer "$APP_JAR" -print -quit) ]]; then
		log "building the application: ./mvnw -q -DskipTests install"
		(cd "$REPO" && ./mvnw -q -DskipTests install)
	fi
}

# build: the application jar and the benchmarks jar.
build() {
	build_app
	if [[ ! -f $BENCH_JAR || -n $(find "$BENCH_DIR/src" "$BENCH_DIR/pom.xml" "$APP_JAR" -newer "$BENCH_JAR" -print -quit) ]]; then
		log "building the benchmarks: ./mvnw -f bench/pom.xml -q package"
		(cd "$REPO" && ./mvnw -f bench/pom.xml -q package)
	fi
}

# Generates the corpus into bench/corpus/ unless an up-to-date one is there.
corpus() {
	if [[ ! -f $CORPUS/.complete || $BENCH_JAR -nt $CORPUS/.complete ]]; then
		log "generating $COUNT articles (seed $SEED) into $CORPUS"
		rm -rf "$CORPUS"
		java -cp "$BENCH_JAR" org.haven.bench.CorpusGenerator "$CORPUS" "$COUNT" "$SEED" >&2
		touch "$CORPUS/.complete"
	fi
}

# A free TCP port on the loopback interface.
free_port() {
	if command -v python3 > /dev/null 2>&1; then
		python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
		return
	fi
	local port
	while :; do
		port=$((20000 + RANDOM % 40000))
		if ! (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
			echo "$port"
			return
		fi
	done
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# app_cpu_ticks: the application's CPU time so far (user + system, all its threads), in clock ticks
# (getconf CLK_TCK a second).
app_cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }

# start_app LOG CONTENT_DIR DATA_DIR PORT [JVM options...] [-- JAR]: starts Haven in the background on
# 127.0.0.1:PORT and sets APP_PID. The jar defaults to the exec jar.
APP_PID=
start_app() {
	local logfile=$1 content=$2 data=$3 port=$4 management_port=${MANAGEMENT_PORT:-$(free_port)}
	shift 4
	local jar=$APP_JAR
	local opts=()
	while (($#)); do
		if [[ $1 == -- ]]; then
			jar=$2
			break
		fi
		opts+=("$1")
		shift
	done
	java "${opts[@]}" "${EXTRA_JAVA_OPTS[@]}" -jar "$jar" \
		--haven.content.dir="$content" --haven.site.data-dir="$data" --haven.theme.dir="$THEME_DIR" \
		--server.address=127.0.0.1 --server.port="$port" --management.server.port="$management_port" \
		"${EXTRA_APP_ARGS[@]}" > "$logfile" 2>&1 &
	APP_PID=$!
}

# Stops the application started last, politely first.
stop_app() {
	[[ -n $APP_PID ]] || return 0
	if kill -0 "$APP_PID" 2> /dev/null; then
		kill -TERM "$APP_PID" 2> /dev/null || true
		for _ in $(seq 1 150); do
			kill -0 "$APP_PID" 2> /dev/null || break
			sleep 0.2
		done
		kill -KILL "$APP_PID" 2> /dev/null || true
	fi
	wait "$APP_PID" 2> /dev/null || true
	APP_PID=
}

# wait_for_log LOG REGEX TIMEOUT_S: prints the first matching line; fails if the app dies or time runs out.
wait_for_log() {
	local logfile=$1 regex=$2 timeout=$3 start
	start=$(now_ms)
	while :; do
		if grep -E -m1 "$regex" "$logfile" 2> /dev/null; then
			return 0
		fi
		if ! kill -0 "$APP_PID" 2> /dev/null \
			|| grep -q -E 'Application run failed|APPLICATION FAILED TO START|OutOfMemoryError' "$logfile" 2> /dev/null; then
			log "the application failed or stopped; first errors in $logfile:"
			grep -m 5 -E '(Error|Exception)(:|$)' "$logfile" >&2 || tail -n 20 "$logfile" >&2
			return 1
		fi
		if (($(now_ms) - start > timeout * 1000)); then
			log "timed out after ${timeout}s waiting for /$regex/ in $logfile"
			return 1
		fi
		sleep 0.1
	done
}

# wait_for_200 URL TIMEOUT_S: polls every 50 ms until the URL answers 200.
wait_for_200() {
	local url=$1 timeout=$2 start code
	start=$(now_ms)
	while :; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$url" || true)
		[[ $code == 200 ]] && return 0
		if [[ -n $APP_PID ]] && ! kill -0 "$APP_PID" 2> /dev/null; then
			log "the application stopped before $url answered"
			return 1
		fi
		if (($(now_ms) - start > timeout * 1000)); then
			log "timed out after ${timeout}s waiting for 200 from $url (last: $code)"
			return 1
		fi
		sleep 0.05
	done
}

# start_haven CONTENT_DIR DATA_DIR: starts Haven on a free port, or on FIXED_PORT when set (sets PORT, HAVEN and
# IMPORT_LINE; logs to WORK/haven.log, or to HAVEN_LOG when set), then waits for the content import and for
# readiness, which comes once the start-up runners are done,
# search and related indexes included: measure only after that. Uses IMPORT_TIMEOUT (seconds).
start_haven() {
	PORT=${FIXED_PORT:-$(free_port)}
	HAVEN=http://127.0.0.1:$PORT
	MANAGEMENT_PORT=$(free_port)
	local logfile=${HAVEN_LOG:-$WORK/haven.log}
	start_app "$logfile" "$1" "$2" "$PORT"
	IMPORT_LINE=$(wait_for_log "$logfile" 'Content import from .* in [0-9]+ ms' "$IMPORT_TIMEOUT") \
		|| die "Haven did not import $1"
	log "${IMPORT_LINE##*: }"
	wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 600 || die "Haven did not become ready"
}

# median NUMBERS...: the median (mean of the middle two for an even count).
median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "n/a"; exit }
		if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

machine_summary() {
	local mem
	mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
	echo "- CPUs: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
	echo "- memory: $mem"
	echo "- java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
	echo "- load average at start (1, 5, 15 min): $LOAD_AT_START"
}

# first_link HTML PREFIX: the first href="PREFIX..." in HTML (e.g. PREFIX /articles/), or nothing.
first_link() {
	grep -oE "href=\"$2[a-z0-9-]+\"" <<< "$1" | head -n 1 | sed -E 's/href="([^"]+)"/\1/' || true
}

# reader_pages BASE: the first article linked from BASE's home page, and the first category and tag linked from that
# article; sets ARTICLE, CATEGORY and TAG (paths).
reader_pages() {
	local html
	ARTICLE=$(first_link "$(curl -s "$1/")" /articles/)
	[[ -n $ARTICLE ]] || die "no article link on $1/"
	html=$(curl -s "$1$ARTICLE")
	CATEGORY=$(first_link "$html" /categories/)
	TAG=$(first_link "$html" /tags/)
}

# to_ms VALUE: wrk latency ("850.00us", "12.34ms", "1.20s") in milliseconds.
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
		printf "%.2f", n }'
}

# bench_url URL [WRK OPTIONS...]: runs wrk once with the caller's THREADS, CONNECTIONS and DURATION (and the options,
# e.g. -s script.lua); sets RPS, P99 (ms), ERRORS (non-2xx/3xx responses plus socket errors) and REQUESTS.
bench_url() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${@:2}" "$1")
	RPS=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
	P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
	ERRORS=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<< "$out")
	REQUESTS=$(awk '/requests in/ { print $1 }' <<< "$out")
}

# csrf_token HTML: the value of the first hidden _csrf field of a form.
csrf_token() {
	grep -oE 'name="_csrf"[^>]*value="[^"]+"' <<< "$1" | head -n 1 | sed -E 's/.*value="([^"]+)"/\1/'
}

# api_token BASE EMAIL PASSWORD COOKIE_JAR: signs in through the login form and creates an API token at /admin/tokens;
# prints its secret (hvn_...). Fails with a message if a step does not answer as expected.
api_token() {
	local base=$1 email=$2 password=$3 jar=$4 page csrf answer secret
	page=$(curl -s -c "$jar" -b "$jar" "$base/login")
	csrf=$(csrf_token "$page")
	[[ -n $csrf ]] || { log "no CSRF token on $base/login"; return 1; }
	answer=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
		"$base/login")
	[[ $answer == "302 $base/admin" ]] || { log "sign-in as $email answered '$answer'"; return 1; }
	csrf=$(csrf_token "$(curl -s -c "$jar" -b "$jar" "$base/admin/tokens")")
	answer=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
		--data-urlencode "name=benchmark" --data-urlencode "_csrf=$csrf" "$base/admin/tokens")
	[[ $answer == 302 ]] || { log "creating a token answered $answer"; return 1; }
	secret=$(curl -s -c "$jar" -b "$jar" "$base/admin/tokens" | grep -oE 'value="hvn_[^"]+"' | head -n 1 | cut -d'"' -f2)
	[[ -n $secret ]] || { log "no hvn_ token on $base/admin/tokens after creating one"; return 1; }
	echo "$secret"
}
