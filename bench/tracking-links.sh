#!/usr/bin/env bash
# Links with tracking parameters (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/tracking-links.sh
#
# Starts Haven on the sample content (a temporary copy, fresh data dir) and measures one article page two ways in
# alternating `wrk -t2 -c64 -d10s` rounds (HAVEN_BENCH_ROUNDS, default 5, after one uncounted round of each):
#   plain      the article's own address, as a reader who typed or bookmarked it asks for it;
#   campaign   the same address with utm_source, utm_medium and a utm_campaign different in every request
#              (bench/tracking-links.lua), as readers arriving from newsletters and social posts ask for it.
# Prints requests/s and p99 of each, the median ratio campaign/plain, and the number of pages the page cache holds at
# the end (its size meter). HAVEN_BENCH_APP_JAR runs another build (e.g. an older commit) for a before/after.
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-5}
DURATION=${HAVEN_BENCH_DURATION:-10s}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}

need java "Install a JDK 17 or newer."
need curl "apt-get install -y curl"
need wrk "apt-get install -y wrk"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-tracking.XXXXXX")
trap finish EXIT
trap 'exit 130' INT TERM
build_app
cp -r "$REPO/content" "$WORK/content"
PORT=${HAVEN_BENCH_PORT:-$(free_port)}
MANAGEMENT_PORT=$(free_port)
HAVEN=http://127.0.0.1:$PORT
start_app "$WORK/haven.log" "$WORK/content" "$WORK/data" "$PORT"
wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 600 || die "Haven did not become ready"
ARTICLE=$(first_link "$(curl -s "$HAVEN/")" /articles/)
[[ -n $ARTICLE ]] || die "no article link on the home page"
log "page: $ARTICLE"

plain=() campaign=() plain_p99=() campaign_p99=() ratios=()
for round in $(seq 0 "$ROUNDS"); do
	bench_url "$HAVEN$ARTICLE"
	p=$RPS pp=$P99
	HAVEN_BENCH_PAGE=$ARTICLE bench_url "$HAVEN/" -s "$BENCH_DIR/tracking-links.lua"
	c=$RPS cp=$P99
	if ((round == 0)); then
		log "warm-up: plain $p req/s, campaign $c req/s"
		continue
	fi
	log "round $round: plain $p req/s (p99 $pp ms), campaign $c req/s (p99 $cp ms), errors $ERRORS"
	plain+=("$p") campaign+=("$c") plain_p99+=("$pp") campaign_p99+=("$cp")
	ratios+=("$(awk -v a="$c" -v b="$p" 'BEGIN { printf "%.3f", a / b }')")
done
kept=$(curl -s "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus" \
	| awk '/^cache_size\{.*cache="pages"/ { print $NF; exit }')

echo
echo "## Links with tracking parameters ($(date -u +%Y-%m-%dT%H:%MZ))"
machine_summary
echo "- page: $ARTICLE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds after one warm-up round"
echo "- plain: median $(median "${plain[@]}") req/s, p99 $(median "${plain_p99[@]}") ms"
echo "- campaign (a new utm_campaign every request): median $(median "${campaign[@]}") req/s, p99 $(median "${campaign_p99[@]}") ms"
echo "- campaign / plain: median of the per-round ratios $(median "${ratios[@]}")"
echo "- pages in the page cache at the end: ${kept:-unknown}"
