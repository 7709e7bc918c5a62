#!/usr/bin/env bash
# Newsletter benchmark: 10,000 subscribers, one article published (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/newsletter.sh [subscribers (10000)] [rounds (3)]
#
# 1. Starts a local SMTP sink (bench/src/main/java/org/haven/bench/SmtpSink.java, run from its source file) that
#    accepts every message, keeps none, and logs each SMTP connection and each message with its arrival time.
# 2. Starts Haven (the exec jar in target/, or HAVEN_BENCH_APP_JAR) on a copy of the sample content/ with a fresh data
#    dir, its H2 file database opened with AUTO_SERVER (so this script can seed it), SMTP pointed at the sink, the
#    send rate set out of the way (HAVEN_BENCH_RATE mails/s, default 100000: unpaced) and a throwaway first admin;
#    gets an API token.
# 3. The publish request without subscribers: WARMUP + ROUNDS articles, each created through POST /api/v1/articles
#    and then published through POST /api/v1/articles/{id}/publish, the publish request timed by curl.
# 4. Inserts the subscribers (whole site, each article) in one SQL statement through H2's Shell, taken from the jar.
# 5. Each round: the live heap (class histogram after a full GC); the publish request, timed; the enqueue time Haven logs
#    ("N mails queued in M ms", measured on its own thread, after the publish transaction committed); the wait until
#    the sink has all N mails, while jstat samples the heap every 200 ms; the live heap again.
# Reports per round and as medians: the publish request with and without subscribers (and their ratio), the enqueue
# time, mails/s (first to last mail of the round at the sink), SMTP connections per round, and the heap: live
# before and after the round, and the highest old generation and total heap seen while sending.
#
# Needs a JDK 17+ (java, jcmd, jstat, jar) and curl. Only loopback addresses are used; every wait is bounded; Haven and
# the sink are stopped on exit. Settings: HAVEN_BENCH_WARMUP (5 publishes without subscribers before the measured
# ones), HAVEN_BENCH_RATE, HAVEN_BENCH_HEAP (-Xmx, default 512m), HAVEN_BENCH_SEND_TIMEOUT (seconds a round may take
# to deliver, default 1800), and those in bench/lib.sh (HAVEN_BENCH_APP_JAR, HAVEN_BENCH_JAVA_OPTS...).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUBSCRIBERS=${1:-10000}
ROUNDS=${2:-3}
WARMUP=${HAVEN_BENCH_WARMUP:-5}
RATE=${HAVEN_BENCH_RATE:-100000}
HEAP=${HAVEN_BENCH_HEAP:-512m}
SEND_TIMEOUT=${HAVEN_BENCH_SEND_TIMEOUT:-1800}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}

for tool in java jcmd jstat jar; do
	need "$tool" "Install a JDK 17 or newer."
done
need curl "apt-get install -y curl"
check_theme
[[ -f $APP_JAR ]] || die "no $APP_JAR: build it with ./mvnw -q -DskipTests package (or set HAVEN_BENCH_APP_JAR)"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-newsletter.XXXXXX")
trap finish EXIT
trap 'exit 130' INT TERM

log "starting the SMTP sink"
java "$BENCH_DIR/src/main/java/org/haven/bench/SmtpSink.java" > "$WORK/sink.log" 2>&1 &
OTHER_PIDS+=($!)
for _ in $(seq 1 600); do
	grep -q '^port ' "$WORK/sink.log" 2> /dev/null && break
	sleep 0.1
done
SMTP_PORT=$(awk '/^port / { print $2; exit }' "$WORK/sink.log")
[[ -n $SMTP_PORT ]] || die "the SMTP sink did not start: $(cat "$WORK/sink.log")"

cp -r "$REPO/content" "$WORK/content"
mkdir -p "$WORK/data"
DB_URL="jdbc:h2:file:$WORK/data/haven;AUTO_SERVER=TRUE"
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD
EXTRA_JAVA_OPTS=("-Xmx$HEAP" "${EXTRA_JAVA_OPTS[@]}")
EXTRA_APP_ARGS+=("--spring.datasource.url=$DB_URL" "--spring.mail.host=127.0.0.1" "--spring.mail.port=$SMTP_PORT"
	"--haven.mail.rate-per-second=$RATE" "--haven.mail.from=news@example.org")
log "starting Haven ($APP_JAR) on the sample content, SMTP to 127.0.0.1:$SMTP_PORT"
start_haven "$WORK/content" "$WORK/data"
TOKEN=$(api_token "$HAVEN" "$HAVEN_ADMIN_EMAIL" "$HAVEN_ADMIN_PASSWORD" "$WORK/cookies") || die "could not get an API token"

# publish SLUG: creates an article and publishes it; sets PUBLISH_MS (the publish request) and PUBLISH_START (epoch ms).
publish() {
	local slug=$1 created id version answer
	created=$(curl -s -f -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
		-d "{\"title\": \"Sleep and worry $slug\", \"slug\": \"$slug\", \"summary\": \"How worry keeps us awake, and what helps.\", \"category\": \"anxiety\", \"tags\": [\"Sleep\", \"Worry\"], \"author\": \"maya-okafor\", \"body\": \"Worry often gets louder at night.\\n\\nA few calm steps help.\\n\"}" \
		"$HAVEN/api/v1/articles") || die "creating $slug failed"
	id=$(grep -oE '"id": ?[0-9]+' <<< "$created" | head -n 1 | grep -oE '[0-9]+$')
	version=$(grep -oE '"version": ?[0-9]+' <<< "$created" | head -n 1 | grep -oE '[0-9]+$')
	PUBLISH_START=$(now_ms)
	answer=$(curl -s -o "$WORK/published.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
		-H 'Content-Type: application/json' -d "{\"version\": $version}" "$HAVEN/api/v1/articles/$id/publish")
	[[ ${answer%% *} == 200 ]] || die "publishing $slug answered ${answer%% *}: $(head -c 500 "$WORK/published.json")"
	PUBLISH_MS=$(awk -v s="${answer#* }" 'BEGIN { printf "%.1f", s * 1000 }')
}

# heap_kb: the heap in use now (survivors + eden + old), in KB; old_kb: the old generation alone.
jstat_line() { jstat -gc "$APP_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } NR == 2 {
	printf "%d %d\n", $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"], $c["OU"] }'; }
# live_mb: the objects still reachable, in MB: the class histogram's total, taken after the full GC it forces (the
# heap in use as jstat reports it right after a GC.run also counted whatever was allocated in between).
live_mb() {
	jcmd "$APP_PID" GC.class_histogram | awk '$1 == "Total" { printf "%.0f", $3 / 1048576 }'
}

log "publish requests without subscribers: $WARMUP warm-up, $ROUNDS measured"
BARE=()
for i in $(seq 1 $((WARMUP + ROUNDS))); do
	publish "bare-$i"
	if ((i > WARMUP)); then BARE+=("$PUBLISH_MS"); fi
done
log "publish request without subscribers: ${BARE[*]} ms (median $(median "${BARE[@]}") ms)"
# each article's mails are queued a moment after it goes live (haven.subscription.enqueue-delay): wait until the last
# one found no followers, or the subscribers inserted next would receive it too
wait_for_log "$WORK/haven.log" "Article bare-$((WARMUP + ROUNDS)) went live: 0 mails queued" 120 > /dev/null \
	|| die "the last article published without subscribers was never queued"

log "inserting $SUBSCRIBERS subscribers"
H2_ENTRY=$(jar tf "$APP_JAR" | grep -m1 -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$')
(cd "$WORK" && jar xf "$APP_JAR" "$H2_ENTRY")
java -cp "$WORK/$H2_ENTRY" org.h2.tools.Shell -url "$DB_URL" -user haven -password "" -sql "
	insert into subscriber (email, token, whole_site, frequency, paused, consent_at, consent_version, created_at,
	    updated_at)
	select 'reader' || x || '@example.org', 'bench-token-' || x, true, 'EACH', false, current_timestamp, 'bench',
	    current_timestamp, current_timestamp from system_range(1, $SUBSCRIBERS)" > "$WORK/seed.log" 2>&1 \
	|| die "seeding failed: $(cat "$WORK/seed.log")"

WITH=()
ENQUEUE=()
RATES=()
DELIVERED=()
CONNECTIONS=()
ROWS=()
for r in $(seq 1 "$ROUNDS"); do
	before=$(live_mb)
	connections_before=$(grep -c '^connection ' "$WORK/sink.log" || true)
	jstat -gc "$APP_PID" 200 > "$WORK/jstat-$r.txt" &
	sampler=$!
	slug="news-$r"
	publish "$slug"
	WITH+=("$PUBLISH_MS")
	line=$(wait_for_log "$WORK/haven.log" "Article $slug went live: [0-9]+ mails queued in [0-9]+ ms" 600) \
		|| die "no enqueue line for $slug"
	queued=$(sed -E 's/.*went live: ([0-9]+) mails.*/\1/' <<< "$line")
	enqueue_ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<< "$line")
	[[ $queued == "$SUBSCRIBERS" ]] || die "$slug queued $queued mails, not $SUBSCRIBERS"
	ENQUEUE+=("$enqueue_ms")
	target=$((r * SUBSCRIBERS))
	start=$(now_ms)
	while (($(grep -c '^mail ' "$WORK/sink.log" || true) < target)); do
		kill -0 "$APP_PID" 2> /dev/null || die "Haven stopped while sending"
		(($(now_ms) - start < SEND_TIMEOUT * 1000)) || die "round $r: not all mails arrived within ${SEND_TIMEOUT}s"
		sleep 0.5
	done
	kill "$sampler" 2> /dev/null || true
	wait "$sampler" 2> /dev/null || true
	read -r first last < <(awk -v lo=$(((r - 1) * SUBSCRIBERS + 1)) -v hi="$target" \
		'$1 == "mail" && $2 == lo { f = $3 } $1 == "mail" && $2 == hi { l = $3 } END { print f, l }' "$WORK/sink.log")
	rate=$(awk -v n="$SUBSCRIBERS" -v f="$first" -v l="$last" 'BEGIN { printf "%.0f", (n - 1) * 1000 / (l - f) }')
	delivered=$(awk -v p="$PUBLISH_START" -v l="$last" 'BEGIN { printf "%.1f", (l - p) / 1000 }')
	connections=$(($(grep -c '^connection ' "$WORK/sink.log") - connections_before))
	read -r peak_mb peak_old_mb < <(awk 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next } $1 != "S0C" {
		u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > pu) pu = u; if ($c["OU"] > po) po = $c["OU"] }
		END { printf "%.0f %.0f\n", pu / 1024, po / 1024 }' "$WORK/jstat-$r.txt")
	after=$(live_mb)
	RATES+=("$rate")
	DELIVERED+=("$delivered")
	CONNECTIONS+=("$connections")
	ROWS+=("| $r | $PUBLISH_MS ms | $enqueue_ms ms | $rate | $delivered s | $connections | $before → $after MB | $peak_old_mb MB / $peak_mb MB |")
	log "round $r: publish ${PUBLISH_MS} ms, enqueue ${enqueue_ms} ms, ${rate} mails/s, all delivered ${delivered} s after publish, ${connections} SMTP connections, live heap ${before} → ${after} MB, peak old ${peak_old_mb} MB, peak heap ${peak_mb} MB"
done

bare=$(median "${BARE[@]}")
with=$(median "${WITH[@]}")
echo
echo "## Newsletter: $SUBSCRIBERS subscribers, $ROUNDS rounds ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Haven: $APP_JAR, -Xmx$HEAP, haven.mail.rate-per-second=$RATE, H2 file database, SMTP sink on loopback"
echo
echo "| round | publish request | enqueue (after commit, own thread) | mails/s | all delivered after publish | SMTP connections | live heap, before → after | peak while sending: old gen / heap |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "- publish request, median: $bare ms without subscribers, $with ms with $SUBSCRIBERS (ratio $(awk -v a="$with" -v b="$bare" 'BEGIN { printf "%.2f", a / b }'))"
echo "- enqueue of $SUBSCRIBERS mails, median: $(median "${ENQUEUE[@]}") ms"
echo "- send rate, median: $(median "${RATES[@]}") mails/s; all delivered, median: $(median "${DELIVERED[@]}") s after the publish request"
echo "- SMTP connections per round, median: $(median "${CONNECTIONS[@]}")"
