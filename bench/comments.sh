#!/usr/bin/env bash
# Comments benchmark (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/comments.sh
#
# 1. Starts Haven on the sample content (a temporary copy) with a fresh data dir and a first admin.
# 2. Article-page throughput with comments on and off, in the same run: signs in, posts 20 comments to one article and
#    approves them, then alternates `wrk -t2 -c64 -d10s` rounds on that article with its comments switched on
#    (published comments and the form shown) and off (the admin switch), HAVEN_BENCH_ROUNDS (3) rounds each; prints
#    the medians and the ratio, after HAVEN_BENCH_WARMUP_ROUNDS (2) uncounted rounds of each.
# 3. A burst of 200 comment POSTs from one address (valid token, same origin) with curl, 8 at a time; counts the
#    answers by status: the rate limit lets 10 through and answers 429 to the rest, with no 5xx.
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-3}
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
if [[ ! -f $APP_JAR || -n $(find "$REPO/src/main" "$REPO/pom.xml" -newer "$APP_JAR" -print -quit) ]]; then
	log "building the application: ./mvnw -q -DskipTests package"
	(cd "$REPO" && ./mvnw -q -DskipTests package)
fi
cp -r "$REPO/content" "$WORK/content"
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD
PORT=${HAVEN_BENCH_PORT:-$(free_port)}
HAVEN=http://127.0.0.1:$PORT
EXTRA_APP_ARGS+=("--haven.site.base-url=$HAVEN" "--haven.comment.close-after-days=0")
start_app "$WORK/haven.log" "$WORK/content" "$WORK/data" "$PORT"
wait_for_200 "$HAVEN/actuator/health/readiness" 600 || die "Haven did not become ready"

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
		--data-urlencode "slug=$SLUG" --data-urlencode "enabled=$([[ $1 == on ]] && echo true || echo false)" \
		--data-urlencode "_csrf=$csrf" "$HAVEN/admin/comments/settings/switch")
	[[ $code == 302 ]] || die "switching comments $1 answered $code"
}

# 20 approved comments on the article (from this address: 10 per 10 minutes, so the rest wait for the burst below).
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
		wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$HAVEN$ARTICLE" > /dev/null
	done
done
declare -a ON OFF
for round in $(seq 1 "$ROUNDS"); do
	for state in on off; do
		switch "$state"
		wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$HAVEN$ARTICLE" > /dev/null
		bench_url "$HAVEN$ARTICLE"
		log "round $round, comments $state: $RPS requests/s, p99 $P99 ms, errors $ERRORS"
		if [[ $state == on ]]; then ON+=("$RPS"); else OFF+=("$RPS"); fi
	done
done
switch on
MED_ON=$(median "${ON[@]}")
MED_OFF=$(median "${OFF[@]}")

# The burst: 200 POSTs from this address with a valid token, 8 at a time.
TOKEN=$(form_token)
sleep 3
seq 1 "$BURST" | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "Origin: $HAVEN" \
	--data-urlencode "form-token=$TOKEN" --data-urlencode "name=Burst" --data-urlencode "body=Burst comment {}" \
	"$HAVEN$ARTICLE/comments" > "$WORK/burst.txt"
echo
echo "Comments benchmark, $(machine_summary)"
printf 'article page, comments on : %s requests/s (median of %s)\n' "$MED_ON" "$ROUNDS"
printf 'article page, comments off: %s requests/s (median of %s)\n' "$MED_OFF" "$ROUNDS"
awk -v a="$MED_ON" -v b="$MED_OFF" 'BEGIN { printf "on / off: %.3f\n", a / b }'
printf 'burst of %s POSTs from one address, by status:\n' "$BURST"
sort "$WORK/burst.txt" | uniq -c
