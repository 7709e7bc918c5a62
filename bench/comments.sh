#!/usr/bin/env bash
# Comments benchmark (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/comments.sh
#
# 1. Starts Haven on the sample content (a temporary copy) with a fresh data dir and a first admin.
# 2. Article-page throughput with comments on and off, in the same run: signs in, posts 10 comments to one article and
#    approves them, then alternates `wrk -t2 -c64 -d10s` rounds on that article with its comments switched on
#    (published comments and the form shown) and off (the admin switch), HAVEN_BENCH_ROUNDS (5) rounds each, after
#    HAVEN_BENCH_WARMUP_ROUNDS (2) uncounted rounds of each. Each round measures both states back to back, "on" first
#    in odd rounds and "off" first in even ones (the machine warms and its load drifts, so a fixed order would favour
#    one state); the headline is the median of the per-round ratios on/off, with the medians of requests/s and p99.
#    Every round does this twice: asking for the page uncompressed (Accept-Encoding: identity, what wrk asks by
#    default) and gzipped (what every browser asks; Haven keeps both prepared), each reported on its own.
#    It also checks, with the page cache's hit and miss counters, that both states are answered from prepared pages.
# 3. A burst of 200 comment POSTs from one address (valid token, same origin) with curl, 8 at a time; counts the
#    answers by status: the rate limit lets 10 through and answers 429 to the rest, with no 5xx.
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-5}
DURATION=${HAVEN_BENCH_DURATION:-10s}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}
BURST=${HAVEN_BENCH_BURST:-200}

need java "Install a JDK 17 or newer."
need curl "apt-get install -y curl"
need wrk "apt-get install -y wrk"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-comments.XXXXXX")
trap finish EXIT
trap 'exit 130' INT TERM
build_app
cp -r "$REPO/content" "$WORK/content"
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD
PORT=${HAVEN_BENCH_PORT:-$(free_port)}
MANAGEMENT_PORT=$(free_port)
HAVEN=http://127.0.0.1:$PORT
EXTRA_APP_ARGS+=("--haven.site.base-url=$HAVEN" "--haven.comment.close-after-days=0")
start_app "$WORK/haven.log" "$WORK/content" "$WORK/data" "$PORT"
wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 600 || die "Haven did not become ready"

ARTICLE=$(first_link "$(curl -s "$HAVEN/")" /articles/)
SLUG=${ARTICLE#/articles/}
JAR=$WORK/cookies
page=$(curl -s -c "$JAR" -b "$JAR" "$HAVEN/login")
answer=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "email=$HAVEN_ADMIN_EMAIL" \
	--data-urlencode "password=$HAVEN_ADMIN_PASSWORD" --data-urlencode "_csrf=$(csrf_token "$page")" "$HAVEN/login")
[[ $answer == 302 ]] || die "sign-in answered $answer"

form_token() { curl -s "$HAVEN$ARTICLE" | grep -oE 'name="form-token" value="[^"]+"' | head -n 1 | cut -d'"' -f4; }
post_comment() { # TOKEN TEXT: prints the status
	curl -s -o /dev/null -w '%{http_code}\n' -H "Origin: $HAVEN" --data-urlencode "form-token=$1" \
		--data-urlencode "name=Reader" --data-urlencode "body=$2" "$HAVEN$ARTICLE/comments"
}
switch() { # on|off
	local csrf code
	csrf=$(csrf_token "$(curl -s -c "$JAR" -b "$JAR" "$HAVEN/admin/comments/settings")" || true)
	[[ -n $csrf ]] || die "no CSRF token on /admin/comments/settings"
	code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "scope=article" \
		--data-urlencode "slug=$SLUG" --data-urlencode "choice=$([[ $1 == on ]] && echo ON || echo OFF)" \
		--data-urlencode "_csrf=$csrf" "$HAVEN/admin/comments/settings/switch")
	[[ $code == 302 ]] || die "switching comments $1 answered $code"
}

# 10 approved comments on the article: the rate limit allows this address 10 per 10 minutes, so the burst below
# meets a spent window and every POST of it should be refused with a 429.
TOKEN=$(form_token)
sleep 3
for i in $(seq 1 10); do post_comment "$TOKEN" "Comment number $i: this was useful, *thank you*." > /dev/null; done
csrf=$(csrf_token "$(curl -s -c "$JAR" -b "$JAR" "$HAVEN/admin/comments")")
ids=$(curl -s -c "$JAR" -b "$JAR" "$HAVEN/admin/comments" | grep -oE 'name="id" form="bulk" value="[0-9]+"' | grep -oE '[0-9]+"$' | tr -d '"')
args=()
for id in $ids; do args+=(--data-urlencode "id=$id"); done
curl -s -o /dev/null -c "$JAR" -b "$JAR" "${args[@]}" --data-urlencode "action=APPROVE" --data-urlencode "_csrf=$csrf" \
	"$HAVEN/admin/comments/moderate"
shown=$(curl -s "$HAVEN$ARTICLE" | grep -c 'class="comment-text"' || true)
log "article $ARTICLE shows $shown published comments"

# Warm-up rounds in both states first (JIT, page cache), not counted: without them the first rounds are slower
# whichever state they measure.
for _ in $(seq 1 "${HAVEN_BENCH_WARMUP_ROUNDS:-2}"); do
	for state in on off; do
		switch "$state"
		for encoding in identity gzip; do
			wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Accept-Encoding: $encoding" "$HAVEN$ARTICLE" > /dev/null
		done
	done
done
declare -a ON_IDENTITY OFF_IDENTITY ON_IDENTITY_P99 OFF_IDENTITY_P99 RATIOS_IDENTITY
declare -a ON_GZIP OFF_GZIP ON_GZIP_P99 OFF_GZIP_P99 RATIOS_GZIP
cache_gets() { # hit|miss: the page cache's counter
	curl -s "http://127.0.0.1:$MANAGEMENT_PORT/actuator/metrics/cache.gets?tag=cache:pages&tag=result:$1" \
		| grep -oE '"value":[0-9.E+]+' | cut -d: -f2 | awk '{ printf "%d", $1 }'
}
measure() { # on|off identity|gzip: one counted round in that state, asking for that encoding
	local hits misses encoding=(-H "Accept-Encoding: $2")
	switch "$1"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "${encoding[@]}" "$HAVEN$ARTICLE" > /dev/null
	hits=$(cache_gets hit)
	misses=$(cache_gets miss)
	bench_url "$HAVEN$ARTICLE" "${encoding[@]}"
	hits=$(($(cache_gets hit) - hits))
	misses=$(($(cache_gets miss) - misses))
	log "round $round, comments $1, $2: $RPS requests/s, p99 $P99 ms, errors $ERRORS, page cache $hits hits / $misses misses"
	eval "${1^^}_${2^^}+=(\"\$RPS\") ${1^^}_${2^^}_P99+=(\"\$P99\") ${1^^}_NOW=\$RPS"
}
for round in $(seq 1 "$ROUNDS"); do
	for encoding in identity gzip; do
		if ((round % 2)); then order=(on off); else order=(off on); fi
		for state in "${order[@]}"; do measure "$state" "$encoding"; done
		eval "RATIOS_${encoding^^}+=(\"$(awk -v a="$ON_NOW" -v b="$OFF_NOW" 'BEGIN { printf "%.3f", a / b }')\")"
	done
done
size() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $1" "$HAVEN$ARTICLE"; }
switch off
SIZE_OFF=$(size identity) SIZE_OFF_GZIP=$(size gzip)
switch on
SIZE_ON=$(size identity) SIZE_ON_GZIP=$(size gzip)
curl -s "$HAVEN$ARTICLE" > "$WORK/article-comments-on.html" # kept with HAVEN_BENCH_KEEP

# The burst: 200 POSTs from this address with a valid token, 8 at a time.
TOKEN=$(form_token)
sleep 3
seq 1 "$BURST" | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "Origin: $HAVEN" \
	--data-urlencode "form-token=$TOKEN" --data-urlencode "name=Burst" --data-urlencode "body=Burst comment {}" \
	"$HAVEN$ARTICLE/comments" > "$WORK/burst.txt"
echo
echo "Comments benchmark, $(machine_summary)"
report() { # IDENTITY|GZIP: the figures for that encoding
	local -n on=ON_$1 off=OFF_$1 on_p99=ON_$1_P99 off_p99=OFF_$1_P99 ratios=RATIOS_$1
	local size_on=$SIZE_ON size_off=$SIZE_OFF
	if [[ $1 == GZIP ]]; then size_on=$SIZE_ON_GZIP size_off=$SIZE_OFF_GZIP; fi
	printf 'Accept-Encoding: %s\n' "${1,,}"
	printf '  article page, comments on : %s requests/s, p99 %s ms (medians of %s; rounds: %s); %s bytes\n' \
		"$(median "${on[@]}")" "$(median "${on_p99[@]}")" "$ROUNDS" "${on[*]}" "$size_on"
	printf '  article page, comments off: %s requests/s, p99 %s ms (medians of %s; rounds: %s); %s bytes\n' \
		"$(median "${off[@]}")" "$(median "${off_p99[@]}")" "$ROUNDS" "${off[*]}" "$size_off"
	printf '  on / off, median of the per-round ratios: %s (rounds: %s); ratio of the medians: %s\n' \
		"$(median "${ratios[@]}")" "${ratios[*]}" \
		"$(awk -v a="$(median "${on[@]}")" -v b="$(median "${off[@]}")" 'BEGIN { printf "%.3f", a / b }')"
}
report IDENTITY
report GZIP
echo "load average at the end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'burst of %s POSTs from one address, by status:\n' "$BURST"
sort "$WORK/burst.txt" | uniq -c
