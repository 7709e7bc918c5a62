#!/usr/bin/env bash
# HTTP benchmark for Haven against nginx serving the same pages as static files (not a test: run it by hand, see
# docs/performance.md).
#
#   bash bench/http.sh
#
# 1. Builds if needed, generates the 10,000-article corpus (bench/corpus/, git-ignored) and starts Haven on it with a
#    data dir that is imported once and then reused (bench/corpus/data-<count>-seed-<seed>/).
# 2. Picks an article (the first one linked from /), a category and a tag (the first ones linked from that article),
#    the site, category and tag RSS feeds, /sitemap.xml and its first part /sitemap-1.xml (each when it answers
#    200: the part exists when the sitemap is split); warms each page up with wrk.
# 3. Saves each page's HTML (curl) into a temporary folder served by nginx (worker_processes 2, access_log off) on a
#    free loopback port, then runs `wrk -t2 -c64 -d10s --latency` against nginx and Haven for the same page,
#    alternating, 2 rounds each, and prints the medians of Requests/sec, of the 99th percentile latency, and of
#    Haven's CPU time per request (its process's user and system time over the run, divided by the requests).
#
# Needs java 17+, curl, wrk and nginx: apt-get install -y wrk nginx-light curl
# Only loopback addresses are used; every run is bounded; Haven and nginx are stopped on exit.
# Settings: HAVEN_BENCH_ROUNDS (2), HAVEN_BENCH_DURATION (10s), HAVEN_BENCH_CONNECTIONS (64), HAVEN_BENCH_THREADS (2),
# HAVEN_BENCH_WARMUP (5s per page), HAVEN_BENCH_PAGES (which of article home category tag feed category-feed
# tag-feed sitemap sitemap-part to run; all by default), and those in bench/lib.sh.
# Targets: pages at least 60% of nginx with p99 under 10 ms; feeds and the sitemap at least 50% with p99 under 20 ms.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-2}
DURATION=${HAVEN_BENCH_DURATION:-10s}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}
WARMUP=${HAVEN_BENCH_WARMUP:-5s}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}

need wrk "apt-get install -y wrk"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || die "'nginx' is not installed. apt-get install -y nginx-light"
prepare http

DATA=$BENCH_DIR/corpus/data-$COUNT-seed-$SEED
mkdir -p "$DATA"
log "starting Haven (data dir $DATA; the first start imports the corpus, later ones find it unchanged)"
start_haven "$CORPUS" "$DATA"

# Choose the pages.
HOME_HTML=$(curl -s "$HAVEN/")
ARTICLE=$(first_link "$HOME_HTML" /articles/)
[[ -n $ARTICLE ]] || die "no article link on $HAVEN/"
ARTICLE_HTML=$(curl -s "$HAVEN$ARTICLE")
CATEGORY=$(first_link "$ARTICLE_HTML" /categories/)
TAG=$(first_link "$ARTICLE_HTML" /tags/)
CATEGORY=${CATEGORY:-/categories/anxiety}
TAG=${TAG:-/tags/anxiety}

declare -A PATHS=([article]=$ARTICLE [home]=/ [category]=$CATEGORY [tag]=$TAG [feed]=/feed.xml
	[category-feed]=$CATEGORY/feed.xml [tag-feed]=$TAG/feed.xml [sitemap]=/sitemap.xml [sitemap-part]=/sitemap-1.xml)
declare -A FILES=([article]=article.html [home]=home.html [category]=category.html [tag]=tag.html [feed]=feed.xml
	[category-feed]=category-feed.xml [tag-feed]=tag-feed.xml [sitemap]=sitemap.xml [sitemap-part]=sitemap-1.xml)
NAMES=()
# sitemap-part: the first part, when /sitemap.xml is an index (above haven.feed.sitemap-urls addresses, 2,000)
for name in ${HAVEN_BENCH_PAGES:-article home category tag feed category-feed tag-feed sitemap sitemap-part}; do
	[[ -n ${PATHS[$name]:-} ]] || die "unknown page '$name' in HAVEN_BENCH_PAGES"
	if [[ $(curl -s -o /dev/null -w '%{http_code}' "$HAVEN${PATHS[$name]}") == 200 ]]; then
		NAMES+=("$name")
	else
		log "${PATHS[$name]} does not answer 200: skipping $name"
	fi
done

# Warm up (JIT, page cache) and save each page as a static file for nginx.
mkdir -p "$WORK/www" "$WORK/nginx/logs"
chmod 755 "$WORK" "$WORK/www"
for name in "${NAMES[@]}"; do
	url=$HAVEN${PATHS[$name]}
	log "warming up $url for $WARMUP"
	wrk -t"$THREADS" -c16 -d"$WARMUP" "$url" > /dev/null
	curl -s -o "$WORK/www/${FILES[$name]}" "$url"
	chmod 644 "$WORK/www/${FILES[$name]}"
done

NGINX_PORT=$(free_port)
cat > "$WORK/nginx/nginx.conf" << EOF
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
	types { text/html html; application/rss+xml xml; }
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	tcp_nopush on;
	keepalive_timeout 65;
	client_body_temp_path $WORK/nginx/client_body;
	proxy_temp_path $WORK/nginx/proxy;
	fastcgi_temp_path $WORK/nginx/fastcgi;
	uwsgi_temp_path $WORK/nginx/uwsgi;
	scgi_temp_path $WORK/nginx/scgi;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/www;
	}
}
EOF
"$NGINX" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
OTHER_PIDS+=($!)
NGINX_URL=http://127.0.0.1:$NGINX_PORT
for _ in $(seq 1 100); do
	[[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL/${FILES[${NAMES[0]}]}" || true) == 200 ]] && break
	sleep 0.1
done
[[ $(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL/${FILES[${NAMES[0]}]}") == 200 ]] \
	|| die "nginx did not start: $(cat "$WORK/nginx/logs/error.log" 2> /dev/null)"
for name in "${NAMES[@]}"; do
	wrk -t"$THREADS" -c16 -d2s "$NGINX_URL/${FILES[$name]}" > /dev/null
done

# Haven's CPU time (all threads, user and system) per request answered: steadier than req/s when wrk, nginx and
# Haven share two cores.
CLOCK_TICKS=$(getconf CLK_TCK)
declare -A HAVEN_RPS NGINX_RPS HAVEN_P99 NGINX_P99 HAVEN_ERRORS HAVEN_CPU
for round in $(seq 1 "$ROUNDS"); do
	for name in "${NAMES[@]}"; do
		log "round $round: $name (${PATHS[$name]}): nginx, then Haven"
		bench_url "$NGINX_URL/${FILES[$name]}"
		NGINX_RPS[$name]+="$RPS "
		NGINX_P99[$name]+="$P99 "
		ticks=$(app_cpu_ticks)
		bench_url "$HAVEN${PATHS[$name]}"
		HAVEN_CPU[$name]+="$(awk -v t=$(($(app_cpu_ticks) - ticks)) -v hz="$CLOCK_TICKS" -v n="$REQUESTS" \
			'BEGIN { printf "%.1f", t / hz * 1e6 / n }') "
		HAVEN_RPS[$name]+="$RPS "
		HAVEN_P99[$name]+="$P99 "
		HAVEN_ERRORS[$name]=$((${HAVEN_ERRORS[$name]:-0} + ERRORS))
	done
done

echo "## Haven HTTP benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- corpus: $COUNT generated articles (seed $SEED); ${IMPORT_LINE##*: }"
echo "- wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds per server and page (alternating), medians"
echo "- nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), worker_processes 2, access_log off, serving the page saved with curl"
echo
echo "| page | path | bytes | Haven req/s | nginx req/s | ratio | Haven p99 | nginx p99 | Haven CPU per request | target |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for name in "${NAMES[@]}"; do
	# shellcheck disable=SC2086
	h=$(median ${HAVEN_RPS[$name]})
	# shellcheck disable=SC2086
	n=$(median ${NGINX_RPS[$name]})
	# shellcheck disable=SC2086
	hp=$(median ${HAVEN_P99[$name]})
	# shellcheck disable=SC2086
	np=$(median ${NGINX_P99[$name]})
	ratio=$(awk -v h="$h" -v n="$n" 'BEGIN { printf "%.0f%%", 100 * h / n }')
	case $name in
		*feed | sitemap*) want=0.50 max_p99=20 ;;
		*) want=0.60 max_p99=10 ;;
	esac
	met=$(awk -v h="$h" -v n="$n" -v p="$hp" -v w="$want" -v m="$max_p99" \
		'BEGIN { printf "%s (≥%.0f%%, p99 < %d ms)", (h / n >= w && p < m) ? "met" : "missed", 100 * w, m }')
	[[ ${HAVEN_ERRORS[$name]} == 0 ]] || met="$met (${HAVEN_ERRORS[$name]} errors)"
	bytes=$(wc -c < "$WORK/www/${FILES[$name]}")
	# shellcheck disable=SC2086
	cpu=$(median ${HAVEN_CPU[$name]})
	printf '| %s | %s | %s | %.0f | %.0f | %s | %s ms | %s ms | %s µs | %s |\n' \
		"$name" "${PATHS[$name]}" "$bytes" "$h" "$n" "$ratio" "$hp" "$np" "$cpu" "$met"
done
echo
echo "Raw runs (req/s) - Haven: $(for n in "${NAMES[@]}"; do printf '%s[%s] ' "$n" "${HAVEN_RPS[$n]% }"; done)"
echo "Raw runs (req/s) - nginx: $(for n in "${NAMES[@]}"; do printf '%s[%s] ' "$n" "${NGINX_RPS[$n]% }"; done)"
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
