#!/usr/bin/env bash
# Scale check (not a test: run it by hand, see docs/performance.md): the whole site on a large generated corpus in a
# small heap.
#
#   bash bench/scale.sh                              # 100,000 articles, -Xmx512m
#   HAVEN_BENCH_COUNT=10000 HAVEN_BENCH_HEAP=128m bash bench/scale.sh
#   HAVEN_BENCH_DB=postgres bash bench/scale.sh      # the same on PostgreSQL 15
#
# 1. Builds if needed and generates the corpus (bench/corpus/, git-ignored).
# 2. Starts Haven with -Xmx$HEAP on a fresh data dir, waits for the import and readiness, and prints the import time
#    (the application's own log line) and the time to readiness.
# 3. Fetches every page kind once through the full path (a query string of its own keeps the page cache out of the
#    way) and then once more: home, an article, its category, tag and author, a month of the archive, search, the
#    site, category and tag feeds, the sitemap and its first part; prints status, size and time. Any answer but 200
#    fails the run.
# 4. Renders home, the article, its category and tag $WARMUP_RENDERS times each untimed, then $RENDERS times each
#    through the full path (median, renders/s),
#    and, if wrk is installed, the cached home and article pages with wrk for $WRK_DURATION.
# 5. Prints the heap used after a full GC (jcmd), then stops Haven and starts it again on the same data dir: the time
#    to the first 200 on / and to readiness (nothing to import, the search index opened as it is).
#
# Settings: HAVEN_BENCH_HEAP (512m), HAVEN_BENCH_COUNT (100000 here), HAVEN_BENCH_IMPORT_TIMEOUT (1800 s),
# HAVEN_BENCH_DB (h2, or postgres: a private PostgreSQL 15 cluster in the run's folder, as the tests start it),
# HAVEN_BENCH_RENDERS (20), HAVEN_BENCH_WARMUP_RENDERS (100 of each page kind, untimed, before them),
# HAVEN_BENCH_DURATION (10s, wrk), and those
# in bench/lib.sh.
set -euo pipefail
export HAVEN_BENCH_COUNT=${HAVEN_BENCH_COUNT:-100000}
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HEAP=${HAVEN_BENCH_HEAP:-512m}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-1800}
RENDERS=${HAVEN_BENCH_RENDERS:-20}
WARMUP_RENDERS=${HAVEN_BENCH_WARMUP_RENDERS:-100}
WRK_DURATION=${HAVEN_BENCH_DURATION:-10s}
need jcmd "Install a full JDK 17 (jcmd comes with it)."
prepare scale
[[ ${HAVEN_BENCH_DB:-h2} == postgres ]] && use_postgres

DATA=$WORK/data
EXTRA_JAVA_OPTS+=("-Xmx$HEAP")
log "starting Haven with -Xmx$HEAP on $COUNT articles (fresh data dir)"
STARTED=$(now_ms)
start_haven "$CORPUS" "$DATA"
READY_MS=$(($(now_ms) - STARTED))

HOME_HTML=$(curl -s "$HAVEN/")
ARTICLE=$(first_link "$HOME_HTML" /articles/)
ARTICLE_HTML=$(curl -s "$HAVEN$ARTICLE")
CATEGORY=$(first_link "$ARTICLE_HTML" /categories/)
TAG=$(first_link "$ARTICLE_HTML" /tags/)
AUTHOR=$(first_link "$ARTICLE_HTML" /authors/)
MONTH=$(first_link "$(curl -s "$HAVEN/archive")" /archive/[0-9]+/)
[[ -n $ARTICLE && -n $CATEGORY && -n $TAG ]] || die "could not find an article, category and tag to fetch"
PAGES=(/ "$ARTICLE" "$CATEGORY" "$TAG" "${AUTHOR:-/authors}" "${MONTH:-/archive}" "/search?q=anxiety+sleep"
	/feed.xml "$CATEGORY/feed.xml" "$TAG/feed.xml" /sitemap.xml)
# Above haven.feed.sitemap-urls (2,000) addresses /sitemap.xml is an index of parts; below, it is the whole sitemap
# and there is no part 1.
if curl -s "$HAVEN/sitemap.xml" | grep -q '<sitemapindex'; then
	PAGES+=(/sitemap-1.xml)
fi

echo "## Scale: $COUNT articles, -Xmx$HEAP, ${HAVEN_BENCH_DB:-h2} ($(date -u +'%Y-%m-%d %H:%M UTC'))"
echo
machine_summary
echo
echo "- import: ${IMPORT_LINE##*: }"
echo "- launch to readiness (JVM, migration, import, indexes): $((READY_MS / 1000)).$(((READY_MS % 1000) / 100)) s"
echo
echo "| page | status | bytes | first (full path) | second |"
echo "|---|---|---|---|---|"
FAILED=0
for page in "${PAGES[@]}"; do
	sep='?'
	[[ $page == *\?* ]] && sep='&'
	first=$(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{size_download} %{time_total}' "$HAVEN$page${sep}fresh=$RANDOM$RANDOM")
	second=$(curl -s -o /dev/null --max-time 120 -w '%{time_total}' "$HAVEN$page${sep}fresh=again")
	read -r code bytes seconds <<< "$first"
	[[ $code == 200 ]] || FAILED=1
	printf '| %s | %s | %s | %.0f ms | %.0f ms |\n' "$page" "$code" "$bytes" "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" \
		"$(awk -v s="$second" 'BEGIN { print s * 1000 }')"
done

# Throughput through the full path (no page cache: a query string of its own each time), one request after another,
# RENDERS per page kind; and through the page cache with wrk, when it is installed. Same method at every size, so
# the figures of two sizes can be divided.
echo
echo "| page | full-path renders | median | renders/s |"
echo "|---|---|---|---|"
# The related lists of every article are computed on a background thread after start-up (minutes of one core at
# 100k): throughput is measured after they are done, or it measures that work too.
RELATED_LINE=$(wait_for_log "${HAVEN_LOG:-$WORK/haven.log}" 'Related lists computed for every article in [0-9]+ ms' 1800) \
	|| die "the related lists were not computed"
echo
echo "- related lists computed in the background after start-up: ${RELATED_LINE##* in }"

# Warm-up first: 20 renders right after start-up are still inside the JIT's warm-up, and one page kind measured
# before another would pay for it alone.
for _ in $(seq 1 "$WARMUP_RENDERS"); do
	for page in / "$ARTICLE" "$CATEGORY" "$TAG"; do
		curl -s -o /dev/null --max-time 120 "$HAVEN$page?warm=$RANDOM$RANDOM"
	done
done
for page in / "$ARTICLE" "$CATEGORY" "$TAG"; do
	times=()
	for i in $(seq 1 "$RENDERS"); do
		times+=("$(curl -s -o /dev/null --max-time 120 -w '%{time_total}' "$HAVEN$page?render=$i$RANDOM")")
	done
	median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
	printf '| %s | %s | %.1f ms | %.1f |\n' "$page" "$RENDERS" "$(awk -v s="$median" 'BEGIN { print s * 1000 }')" \
		"$(awk -v s="$median" 'BEGIN { print 1 / s }')"
done
if command -v wrk > /dev/null 2>&1; then
	echo
	for page in / "$ARTICLE"; do
		curl -s -o /dev/null "$HAVEN$page"
		wrk -t2 -c16 -d"$WRK_DURATION" --latency "$HAVEN$page" \
			| awk -v page="$page" '/Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = $2 } END { printf "- cached %s (wrk -t2 -c16): %s req/s, p99 %s\n", page, rps, p99 }'
	done
fi

jcmd "$APP_PID" GC.run > /dev/null
echo
echo "- heap used after a full GC: $(jcmd "$APP_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1)"
echo "- largest classes after it (jcmd GC.class_histogram):"
jcmd "$APP_PID" GC.class_histogram | sed -n '4,11p' | awk '{ printf "  - %s: %.1f MB in %s instances\n", $4, $3 / 1048576, $2 }'

stop_app
log "starting Haven again on the same data dir"
STARTED=$(now_ms)
start_app "$WORK/restart.log" "$CORPUS" "$DATA" "$PORT"
wait_for_200 "$HAVEN/" 900 || die "Haven did not answer / after a restart"
FIRST_MS=$(($(now_ms) - STARTED))
wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 900 || die "Haven did not become ready after a restart"
READY_MS=$(($(now_ms) - STARTED))
echo "- restart on the same data (nothing to import): first page after $((FIRST_MS / 1000)).$(((FIRST_MS % 1000) / 100)) s, ready after $((READY_MS / 1000)).$(((READY_MS % 1000) / 100)) s"
grep -E 'Search index is current|rebuilt in' "$WORK/restart.log" | sed -E 's/.*: /  - /' || true
echo "- load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
((FAILED == 0)) || die "a page did not answer 200"
