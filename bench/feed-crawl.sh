#!/usr/bin/env bash
# Feed crawl in a small heap (not a test: run it by hand, see docs/performance.md): a crawler asks for the RSS and the
# Atom feed of every category, tag and author, one after another, as feed readers and search engines do. The site
# must still answer afterwards, and what it keeps in memory must stay bounded.
#
#   bash bench/feed-crawl.sh                              # 10,000 articles, -Xmx128m
#   HAVEN_BENCH_HEAP=256m bash bench/feed-crawl.sh
#   HAVEN_BENCH_APP_JAR=/tmp/old.jar bash bench/feed-crawl.sh   # the same crawl against another build
#   HAVEN_BENCH_CACHES=off HAVEN_BENCH_PASSES=2 HAVEN_BENCH_HEAP=256m bash bench/feed-crawl.sh   # building every feed
#
# Starts Haven with -Xmx$HEAP and -XX:+ExitOnOutOfMemoryError on a fresh data dir, waits for readiness, reads the
# addresses of every category, tag and author page from the sitemap, then fetches each one's feed.xml and atom.xml
# with curl. Prints how many answered 200, whether the home page still answers, the live heap (after a full GC, from
# jmap -histo:live) before and after the crawl, the median and p90 time of a feed and the server's CPU time per feed.
#
# Settings: HAVEN_BENCH_HEAP (128m); HAVEN_BENCH_PASSES (1): crawls one after the other, the figures are the last one's
# (the ones before warm up the JIT); HAVEN_BENCH_CACHES=off turns the page cache and the feed cache off, so that every
# feed is built for every request; and those in bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HEAP=${HAVEN_BENCH_HEAP:-128m}
PASSES=${HAVEN_BENCH_PASSES:-1}
CACHES=${HAVEN_BENCH_CACHES:-on}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-1800}
need jmap "Install a full JDK (jmap comes with it)."
prepare feed-crawl
EXTRA_JAVA_OPTS+=("-Xmx$HEAP" -XX:+ExitOnOutOfMemoryError)
[[ $CACHES == off ]] && EXTRA_APP_ARGS+=(--haven.web.page-cache.enabled=false --haven.feed.cache-size=0)

echo "## Feed crawl: $COUNT articles, -Xmx$HEAP, caches $CACHES, $PASSES pass(es) ($(date -u +'%Y-%m-%d %H:%M UTC'))"
echo
machine_summary
echo "- jar: $APP_JAR"
echo

start_haven "$CORPUS" "$WORK/data"
echo "- ${IMPORT_LINE##*: }"

# live_heap: the bytes jmap counts after the full GC that -histo:live forces, in MB, or "-" when the process is gone.
live_heap() {
	kill -0 "$APP_PID" 2> /dev/null || {
		echo -
		return
	}
	jmap -histo:live "$APP_PID" | awk '/^Total/ { printf "%.0f MB\n", $3 / 1048576 }'
}

sitemap_locs() {
	curl -s "$1" | grep -oE '<loc>[^<]+</loc>' | sed -E 's#</?loc>##g'
}

HEAP_BEFORE=$(live_heap)
PAGES=()
while read -r loc; do
	if [[ $loc == *sitemap-*.xml ]]; then
		# the parts' addresses carry the configured site address, not this run's port
		while read -r page; do PAGES+=("$page"); done < <(sitemap_locs "$HAVEN/${loc#*://*/}")
	else
		PAGES+=("$loc")
	fi
done < <(sitemap_locs "$HAVEN/sitemap.xml")
FEEDS=()
for page in "${PAGES[@]}"; do
	path=/${page#*://*/}
	[[ $path =~ ^/(categories|tags|authors)/[^/]+$ ]] && FEEDS+=("$path/feed.xml" "$path/atom.xml")
done
((${#FEEDS[@]} > 0)) || die "the sitemap named no category, tag or author pages"
log "crawling ${#FEEDS[@]} feeds"

for pass in $(seq 1 "$PASSES"); do
	OK=0
	FIRST_FAILURE=
	: > "$WORK/times"
	TICKS=$(app_cpu_ticks)
	START=$(now_ms)
	for feed in "${FEEDS[@]}"; do
		answer=$(curl -s -o /dev/null --max-time 120 -w '%{http_code} %{time_total}' "$HAVEN$feed" || true)
		if [[ ${answer%% *} == 200 ]]; then
			OK=$((OK + 1))
			echo "${answer#* }" >> "$WORK/times"
		else
			FIRST_FAILURE=${FIRST_FAILURE:-"$feed answered ${answer%% *} after $OK feeds (pass $pass)"}
			kill -0 "$APP_PID" 2> /dev/null || break
		fi
	done
	SECONDS_TAKEN=$(awk -v ms=$(($(now_ms) - START)) 'BEGIN { printf "%.1f", ms / 1000 }')
	CPU_MS=
	kill -0 "$APP_PID" 2> /dev/null && CPU_MS=$((($(app_cpu_ticks) - TICKS) * 1000 / $(getconf CLK_TCK)))
	[[ -z $FIRST_FAILURE ]] || break
done
TIMES=$(sort -g "$WORK/times" | awk '{ v[NR] = $1 * 1000 } END {
	if (NR == 0) exit
	p90 = int(NR * 0.9)
	if (p90 < 1) p90 = 1
	printf "median %.1f ms, p90 %.1f ms", v[int((NR + 1) / 2)], v[p90] }')
HOME_CODE=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "$HAVEN/?fresh=$RANDOM" || true)

echo "- feeds answering 200: $OK of ${#FEEDS[@]} in $SECONDS_TAKEN s${FIRST_FAILURE:+ (first failure: $FIRST_FAILURE)}"
CPU="unknown (it stopped)"
[[ -n $CPU_MS ]] && CPU="$((CPU_MS / 1000)) s, $((CPU_MS / (OK > 0 ? OK : 1))) ms a feed"
echo "- a feed: ${TIMES:-no answers}; the server's CPU: $CPU"
echo "- home page after the crawl: $HOME_CODE"
grep -q OutOfMemoryError "$WORK/haven.log" && echo "- the log names an OutOfMemoryError: the JVM stopped"
echo "- live heap after a full GC: $HEAP_BEFORE before the crawl, $(live_heap) after"
echo "- load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $OK == "${#FEEDS[@]}" && $HOME_CODE == 200 ]] || die "the site did not answer every feed and the home page"
