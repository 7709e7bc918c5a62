#!/usr/bin/env bash
# Crash check (not a test: run it by hand, see docs/performance.md): the database survives the application dying in
# the middle of its work, and the next start serves every page with the right counts.
#
#   bash bench/oom.sh                                     # 10,000 articles
#   HAVEN_BENCH_COUNT=2000 bash bench/oom.sh
#
# 1. Out of memory: starts Haven with a heap too small for the import (-Xmx$SMALL_HEAP, fresh data dir) and waits for
#    an OutOfMemoryError in its log (or for it to stop); then kills it with SIGKILL, as a process manager would.
# 2. Power cut: starts it again on the same data dir with a normal heap and kills it with SIGKILL $CUT_AFTER seconds
#    after the import began.
# 3. Starts it once more on the same data dir with the normal heap and waits for readiness: prints the import line,
#    the status of home, an article, its category and tag, the archive, the feed and the sitemap, and the number of
#    articles the archive's months add up to (to compare with the corpus and the import line).
#
# Settings: HAVEN_BENCH_SMALL_HEAP (40m), HAVEN_BENCH_HEAP (512m), HAVEN_BENCH_CUT_AFTER (5 s), and those in bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SMALL_HEAP=${HAVEN_BENCH_SMALL_HEAP:-40m}
HEAP=${HAVEN_BENCH_HEAP:-512m}
CUT_AFTER=${HAVEN_BENCH_CUT_AFTER:-5}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-1800}
prepare crash
DATA=$WORK/data
PORT=$(free_port)
HAVEN=http://127.0.0.1:$PORT

echo "## Crash check: $COUNT articles ($(date -u +'%Y-%m-%d %H:%M UTC'))"
echo
machine_summary
echo

log "1. -Xmx$SMALL_HEAP until it runs out of memory"
start_app "$WORK/small.log" "$CORPUS" "$DATA" "$PORT" "-Xmx$SMALL_HEAP"
for _ in $(seq 1 "$IMPORT_TIMEOUT"); do
	grep -q 'OutOfMemoryError' "$WORK/small.log" && break
	kill -0 "$APP_PID" 2> /dev/null || break
	sleep 1
done
where=$(grep -m1 -B2 'OutOfMemoryError' "$WORK/small.log" | grep -oE '\[ *[a-zA-Z0-9-]+\] [a-zA-Z.$]+ *:' | head -n 1 || true)
kill -KILL "$APP_PID" 2> /dev/null || true
wait "$APP_PID" 2> /dev/null || true
APP_PID=
echo "- -Xmx$SMALL_HEAP: $(grep -c 'OutOfMemoryError' "$WORK/small.log" || true) log lines name an OutOfMemoryError${where:+ (first near $where)}; killed with SIGKILL; database files: $(du -sh "$DATA" 2> /dev/null | cut -f1 || echo none)"

log "2. -Xmx$HEAP, SIGKILL ${CUT_AFTER}s into the import"
start_app "$WORK/cut.log" "$CORPUS" "$DATA" "$PORT" "-Xmx$HEAP"
wait_for_log "$WORK/cut.log" 'Started HavenApplication|Importing|Flyway|Migrating' 600 > /dev/null || true
sleep "$CUT_AFTER"
kill -KILL "$APP_PID" 2> /dev/null || true
wait "$APP_PID" 2> /dev/null || true
APP_PID=
echo "- -Xmx$HEAP: killed with SIGKILL ${CUT_AFTER}s after start-up began"

log "3. -Xmx$HEAP on the same data dir"
MANAGEMENT_PORT=$(free_port)
start_app "$WORK/after.log" "$CORPUS" "$DATA" "$PORT" "-Xmx$HEAP"
IMPORT_LINE=$(wait_for_log "$WORK/after.log" 'Content import from .* in [0-9]+ ms' "$IMPORT_TIMEOUT") \
	|| die "Haven did not start on the data the crashes left"
wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 900 || die "Haven did not become ready"
echo "- next start: ${IMPORT_LINE##*: }"
HOME_HTML=$(curl -s "$HAVEN/")
ARTICLE=$(first_link "$HOME_HTML" /articles/)
ARTICLE_HTML=$(curl -s "$HAVEN$ARTICLE")
CATEGORY=$(first_link "$ARTICLE_HTML" /categories/)
TAG=$(first_link "$ARTICLE_HTML" /tags/)
FAILED=0
for page in / "$ARTICLE" "$CATEGORY" "$TAG" /archive /feed.xml /sitemap.xml; do
	code=$(curl -s -o /dev/null --max-time 120 -w '%{http_code}' "$HAVEN$page?fresh=$RANDOM")
	[[ $code == 200 ]] || FAILED=1
	echo "- $page: $code"
done
ARCHIVE_SUM=$(curl -s "$HAVEN/archive?fresh=$RANDOM" | grep -oE 'month-count">[0-9,.]+' | grep -oE '[0-9][0-9,.]*' | tr -d ,. \
	| awk '{ s += $1 } END { print s + 0 }')
echo "- articles counted by the archive's months: $ARCHIVE_SUM"
grep -E '^[0-9T:.-]+Z +ERROR ' "$WORK/after.log" | head -n 5 | sed -E 's/^/  - error in the log: /' || true
echo "- load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
((FAILED == 0)) || die "a page did not answer 200 after the crashes"
