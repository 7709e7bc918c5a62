#!/usr/bin/env bash
# Editor benchmark for Haven: save-and-publish latency, and readers during a burst of saves (not a test: run it by
# hand, see docs/performance.md).
#
#   bash bench/editor.sh
#
# 1. Builds if needed, generates the 10,000-article corpus (bench/corpus/, git-ignored), copies it to a temporary
#    content dir (saves write files back) and starts Haven on it with a fresh temporary data dir and a first admin
#    whose e-mail and password are made up for this run; waits for the import and for readiness.
# 2. Signs in through the login form (curl, CSRF token, session cookie) and creates an API token at /admin/tokens.
# 3. Save-and-publish latency: org.haven.bench.EditorLoad saves published articles with a changed body through
#    PUT /api/v1/articles/{id} (a published article stays published: the one call renders, writes the file back,
#    updates the related and search indexes and clears the caches before it answers), round-robin over a few
#    articles: warm-up rounds, then measured rounds. After each save it polls /search for the new word until the
#    article is found and checks that the article page shows it.
# 4. Readers during a burst: wrk against one article page (the first linked from /, never edited) while idle, then
#    while EditorLoad saves 100 other articles back to back; alternating, 3 rounds each, after 10 unreported warm-up
#    bursts (a save runs through so much code that the JIT compiler still took a fifth of the CPU during the bursts
#    after 3 warm-up bursts, and a seventh or less after 10; 2026-12-01). The wrk duration is
#    the time the last warm-up burst took, so each burst covers about the whole wrk run.
# 5. One more burst without readers, to report the application's CPU time per save.
#
# The save client is a JVM on the same two cores as Haven and wrk; an editor's browser is not. It runs at nice 19 so
# that the readers' figure shows what saves cost the server, not what the stand-in for the editor costs
# (HAVEN_BENCH_CLIENT_NICE=0 runs it like any process, as before 2026-12-01).
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
# Only loopback addresses are used; every wait is bounded; Haven and the client are stopped on exit.
# Settings: HAVEN_BENCH_WARMUP_SAVES (20), HAVEN_BENCH_SAVES (200), HAVEN_BENCH_EDITED (5 articles),
# HAVEN_BENCH_BURST (100 saves), HAVEN_BENCH_WARMUP_BURSTS (10), HAVEN_BENCH_CLIENT_NICE (19), HAVEN_BENCH_ROUNDS (3),
# HAVEN_BENCH_DURATION (wrk duration, e.g. 10s; default: the last warm-up burst's time), HAVEN_BENCH_CONNECTIONS (64),
# HAVEN_BENCH_THREADS (2), and those in bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WARMUP_SAVES=${HAVEN_BENCH_WARMUP_SAVES:-20}
SAVES=${HAVEN_BENCH_SAVES:-200}
EDITED=${HAVEN_BENCH_EDITED:-5}
BURST=${HAVEN_BENCH_BURST:-100}
ROUNDS=${HAVEN_BENCH_ROUNDS:-3}
WARMUP_BURSTS=${HAVEN_BENCH_WARMUP_BURSTS:-10}
DURATION=${HAVEN_BENCH_DURATION:-}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}
CLIENT_NICE=${HAVEN_BENCH_CLIENT_NICE:-19}

need wrk "apt-get install -y wrk"
prepare editor

log "copying the corpus to $WORK/content (saves write files back)"
cp -r "$CORPUS" "$WORK/content"
mkdir -p "$WORK/data"
# A throwaway first admin, for this run only.
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD

log "starting Haven (fresh data dir: the corpus is imported)"
start_haven "$WORK/content" "$WORK/data"

HAVEN_TOKEN=$(api_token "$HAVEN" "$HAVEN_ADMIN_EMAIL" "$HAVEN_ADMIN_PASSWORD" "$WORK/cookies") \
	|| die "could not get an API token"
export HAVEN_TOKEN
client() { nice -n "$CLIENT_NICE" java -cp "$BENCH_JAR" org.haven.bench.EditorLoad "$@"; }

ARTICLE=$(first_link "$(curl -s "$HAVEN/")" /articles/)
[[ -n $ARTICLE ]] || die "no article link on $HAVEN/"
log "readers read $ARTICLE; choosing $((EDITED + BURST)) other published articles to edit"
client pick "$HAVEN" "${ARTICLE#/articles/}" "$((EDITED + BURST))" > "$WORK/picked"
head -n "$EDITED" "$WORK/picked" > "$WORK/edited"
tail -n +"$((EDITED + 1))" "$WORK/picked" > "$WORK/burst"
(($(wc -l < "$WORK/burst") == BURST)) || die "fewer than $((EDITED + BURST)) published articles to edit"

# figure NAME FIELD FILE: a field (median, p90, ...) of a "NAME median=... p90=..." line printed by EditorLoad.
figure() {
	awk -v name="$1" -v field="$2" '$1 == name { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == field) print kv[2] } }' "$3"
}

log "save-and-publish latency: $WARMUP_SAVES warm-up + $SAVES measured saves over $EDITED articles"
client latency "$HAVEN" "$WORK/edited" "$WARMUP_SAVES" "$SAVES" > "$WORK/latency"
cat "$WORK/latency" >&2

# burst_run NAME [quiet]: starts EditorLoad (which reads its articles first), then runs wrk on the article while it
# saves them back to back (with quiet: no wrk); sets RPS, P99, ERRORS (wrk), BURST_MS (the time the saves took) and
# BURST_CPU_MS (the application's CPU time meanwhile, readers included).
burst_run() {
	local out=$WORK/burst-$1 cpu
	rm -f "$WORK/go"
	client burst "$HAVEN" "$WORK/burst" "$WORK/go" > "$out" &
	local pid=$!
	OTHER_PIDS=("$pid")
	for _ in $(seq 1 600); do
		grep -q '^ready' "$out" 2> /dev/null && break
		kill -0 "$pid" 2> /dev/null || die "the burst client stopped: $(cat "$out")"
		sleep 0.1
	done
	grep -q '^ready' "$out" || die "the burst client did not get ready in 60 s"
	cpu=$(app_cpu_ticks)
	touch "$WORK/go"
	if [[ ${2:-} != quiet ]]; then
		bench_url "$HAVEN$ARTICLE"
		log "wrk: $RPS req/s, p99 $P99 ms"
	fi
	wait "$pid" || die "the burst client failed: $(cat "$out")"
	BURST_CPU_MS=$((($(app_cpu_ticks) - cpu) * 1000 / $(getconf CLK_TCK)))
	OTHER_PIDS=()
	grep -v '^ready' "$out" >&2 || true
	BURST_MS=$(awk '$1 == "burst_total" { print $2 }' "$out")
}

log "warming up $ARTICLE"
DURATION_SET=$DURATION
DURATION=10s
bench_url "$HAVEN$ARTICLE"
BURST_MS=10000
for warmup in $(seq 1 "$WARMUP_BURSTS"); do
	log "warm-up burst $warmup of $WARMUP_BURSTS (not reported): $BURST saves under wrk; the last one sizes the wrk runs"
	burst_run "warmup-$warmup"
done
if [[ -z $DURATION_SET ]]; then
	DURATION=$(awk -v ms="$BURST_MS" 'BEGIN { s = int(ms / 1000 + 0.5); print (s < 2 ? 2 : s) "s" }')
else
	DURATION=$DURATION_SET
fi
log "the last warm-up burst took $BURST_MS ms; wrk runs for $DURATION"

IDLE_RPS=() IDLE_P99=() BUSY_RPS=() BUSY_P99=() BURSTS=() ERRORS_ALL=0
for round in $(seq 1 "$ROUNDS"); do
	log "round $round: idle"
	bench_url "$HAVEN$ARTICLE"
	log "wrk: $RPS req/s, p99 $P99 ms"
	IDLE_RPS+=("$RPS") IDLE_P99+=("$P99")
	ERRORS_ALL=$((ERRORS_ALL + ERRORS))
	log "round $round: during $BURST saves"
	burst_run "$round"
	BUSY_RPS+=("$RPS") BUSY_P99+=("$P99") BURSTS+=("$BURST_MS")
	ERRORS_ALL=$((ERRORS_ALL + ERRORS))
done

log "one more burst without readers, for the CPU time of a save"
burst_run quiet quiet
QUIET_MS=$BURST_MS
CPU_PER_SAVE=$(awk -v ms="$BURST_CPU_MS" -v n="$BURST" 'BEGIN { printf "%.1f", ms / n }')

idle=$(median "${IDLE_RPS[@]}")
busy=$(median "${BUSY_RPS[@]}")
save_median=$(figure save median "$WORK/latency")
ratio=$(awk -v b="$busy" -v i="$idle" 'BEGIN { printf "%.0f%%", 100 * b / i }')
latency_met=$(awk -v m="$save_median" 'BEGIN { print (m < 100) ? "met" : "missed" }')
readers_met=$(awk -v b="$busy" -v i="$idle" 'BEGIN { print (b >= 0.9 * i) ? "met" : "missed" }')
burst_each=()
for round in $(seq 1 "$ROUNDS"); do
	burst_each+=("$(figure burst_save median "$WORK/burst-$round")")
done

echo "## Haven editor benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- application: $APP_JAR"
echo "- corpus: $COUNT generated articles (seed $SEED), fresh H2 data dir; ${IMPORT_LINE##*: }"
echo "- saves: PUT /api/v1/articles/{id} of a published article with a changed body (stays published), one client thread at nice $CLIENT_NICE"
echo
echo "### Save-and-publish ($SAVES saves over $EDITED articles after $WARMUP_SAVES warm-up; target: median under 100 ms)"
echo
echo "| figure | median | p90 | p99 | max |"
echo "|---|---|---|---|---|"
for name in save visible_in_search; do
	printf '| %s | %s ms | %s ms | %s ms | %s ms |\n' "$name" "$(figure "$name" median "$WORK/latency")" \
		"$(figure "$name" p90 "$WORK/latency")" "$(figure "$name" p99 "$WORK/latency")" "$(figure "$name" max "$WORK/latency")"
done
echo
echo "\`save\` is the API round trip; \`visible_in_search\` runs from the start of the save until /search finds the new"
echo "word. Article pages still showing the old text after the save answered: $(awk '$1 == "stale_article_pages" { print $2 }' "$WORK/latency")."
echo "**Target: $latency_met.**"
echo
echo "### Readers during a burst of $BURST saves ($ARTICLE; target: within 10% of idle)"
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, idle and burst alternating, $ROUNDS rounds, medians."
echo
echo "| | req/s | p99 | raw req/s |"
echo "|---|---|---|---|"
echo "| idle | $(median "${IDLE_RPS[@]}" | cut -d. -f1) | $(median "${IDLE_P99[@]}") ms | ${IDLE_RPS[*]} |"
echo "| during the burst | $(median "${BUSY_RPS[@]}" | cut -d. -f1) | $(median "${BUSY_P99[@]}") ms | ${BUSY_RPS[*]} |"
echo
echo "- burst/idle: **$ratio** (target ≥ 90%: **$readers_met**); wrk errors: $ERRORS_ALL"
echo "- $BURST saves took ${BURSTS[*]} ms (median $(median "${BURSTS[@]}") ms) against wrk runs of $DURATION;" \
	"one save during a burst: median $(median "${burst_each[@]}") ms (median of each burst's median)"
echo "- without readers, $BURST saves took $QUIET_MS ms and $BURST_CPU_MS ms of the application's CPU time" \
	"($CPU_PER_SAVE ms a save, all threads: request, JIT compiler, GC), on $(nproc) CPUs shared with wrk and the client"
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
