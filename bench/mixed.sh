#!/usr/bin/env bash
# Mixed load on loopback (not a test: run it by hand, see docs/reliability.md): readers, an editor and commenters at
# once, then a count of what was lost.
#
#   bash bench/mixed.sh
#
# 1. Builds if needed, generates the 10,000-article corpus, copies it to a temporary content dir and starts Haven on it
#    with a fresh data dir and a throwaway first admin; signs in and creates an API token.
# 2. For HAVEN_BENCH_DURATION (60s), all at once:
#    - readers: wrk -t2 -c64 --latency, each request the next of a round of pages: home, an article, a category, a
#      tag, search, the RSS feed and the articles being edited (so their pages are re-rendered after each save);
#    - an editor: org.haven.bench.SteadySaves saves one of 5 published articles every 200 ms through
#      PUT /api/v1/articles/{id}, writing "sent" and "ack" lines to a ledger;
#    - commenters: a comment POST every 500 ms on another article through its public form (form token, same origin),
#      each from its own client address (X-Forwarded-For from loopback, which Haven trusts as a proxy), so the
#      per-address rate limit does not answer 429.
# 3. Counts: wrk errors (non-2xx/3xx and socket errors), failed saves, comment answers other than 200; then
#    SteadySaves verify holds the ledger against the revisions in the database (GET /api/v1/articles/{id}/revisions)
#    and the files in content/: every acknowledged save must be a revision, every edited file one of its revisions.
#
# Needs java 17+, curl and wrk: apt-get install -y wrk curl
# Settings: HAVEN_BENCH_DURATION (60s), HAVEN_BENCH_CONNECTIONS (64), HAVEN_BENCH_THREADS (2),
# HAVEN_BENCH_SAVE_INTERVAL_MS (200), HAVEN_BENCH_COMMENT_INTERVAL (0.5 s), HAVEN_BENCH_EDITED (5), and those in
# bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DURATION=${HAVEN_BENCH_DURATION:-60s}
CONNECTIONS=${HAVEN_BENCH_CONNECTIONS:-64}
THREADS=${HAVEN_BENCH_THREADS:-2}
SAVE_INTERVAL_MS=${HAVEN_BENCH_SAVE_INTERVAL_MS:-200}
COMMENT_INTERVAL=${HAVEN_BENCH_COMMENT_INTERVAL:-0.5}
EDITED=${HAVEN_BENCH_EDITED:-5}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}
SECONDS_TOTAL=${DURATION%s}

need wrk "apt-get install -y wrk"
prepare mixed

cp -r "$CORPUS" "$WORK/content"
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD
FIXED_PORT=$(free_port)
# comments check the Origin against the base URL; articles of the corpus go back to 2016, so comments never close
EXTRA_APP_ARGS+=("--haven.site.base-url=http://127.0.0.1:$FIXED_PORT" "--haven.comment.close-after-days=0")
log "starting Haven on $CORPUS (fresh data dir)"
start_haven "$WORK/content" "$WORK/data"
HAVEN_TOKEN=$(api_token "$HAVEN" "$HAVEN_ADMIN_EMAIL" "$HAVEN_ADMIN_PASSWORD" "$WORK/cookies") \
	|| die "could not get an API token"
export HAVEN_TOKEN
client() { java -cp "$BENCH_JAR" "$@"; }

reader_pages "$HAVEN"
READ=$ARTICLE
client org.haven.bench.EditorLoad pick "$HAVEN" "${READ#/articles/}" "$((EDITED + 1))" > "$WORK/picked"
head -n "$EDITED" "$WORK/picked" > "$WORK/edited"
COMMENTED=/articles/$(tail -n 1 "$WORK/picked" | cut -d' ' -f2)
PATHS=(/ "$READ" "$CATEGORY" "$TAG" /search?q=anxiety /feed.xml)
while read -r _ slug; do PATHS+=("/articles/$slug"); done < "$WORK/edited"
{
	echo 'local paths = {'
	printf '  "%s",\n' "${PATHS[@]}"
	echo '}'
	echo 'local i = 0'
	echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} > "$WORK/paths.lua"
log "readers rotate over: ${PATHS[*]}"

TOKEN=$(curl -s "$HAVEN$COMMENTED" | grep -oE 'name="form-token" value="[^"]+"' | head -n 1 | cut -d'"' -f4)
[[ -n $TOKEN ]] || die "no comment form on $COMMENTED"

log "warming up the reader pages (wrk, 10 s)"
DURATION_SET=$DURATION
DURATION=10s
bench_url "$HAVEN/" -s "$WORK/paths.lua"
DURATION=$DURATION_SET
sleep 3 # a form sent back sooner than 3 s after it was served counts as a robot's

# comments BURST_END: one comment POST every COMMENT_INTERVAL until the time is up, each from its own address.
comments() {
	local n=0 end=$1
	while (($(now_ms) < end)); do
		n=$((n + 1))
		curl -s -o /dev/null -w '%{http_code}\n' -H "Origin: $HAVEN" -H "X-Forwarded-For: 10.77.$((n / 250)).$((n % 250 + 1))" \
			--data-urlencode "form-token=$TOKEN" --data-urlencode "name=Reader $n" \
			--data-urlencode "body=Comment $n during the mixed load: thank you for this." "$HAVEN$COMMENTED/comments" \
			>> "$WORK/comments.txt" &
		sleep "$COMMENT_INTERVAL"
	done
	wait
}

log "mixed load for $DURATION: wrk -t$THREADS -c$CONNECTIONS, a save every $SAVE_INTERVAL_MS ms, a comment every ${COMMENT_INTERVAL}s"
client org.haven.bench.SteadySaves run "$HAVEN" "$WORK/edited" "$SAVE_INTERVAL_MS" "$SECONDS_TOTAL" "$WORK/ledger" \
	> "$WORK/saves.txt" 2> "$WORK/saves.err" &
OTHER_PIDS=($!)
until grep -q '^ready' "$WORK/saves.txt" 2> /dev/null; do
	kill -0 "${OTHER_PIDS[0]}" 2> /dev/null || die "the editor client stopped: $(tail -n 5 "$WORK/saves.err")"
	sleep 0.1
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
comments "$(($(now_ms) + SECONDS_TOTAL * 1000))" &
OTHER_PIDS+=($!)
bench_url "$HAVEN/" -s "$WORK/paths.lua"
wait "${OTHER_PIDS[0]}" || die "the editor client failed: $(tail -n 5 "$WORK/saves.err")"
wait "${OTHER_PIDS[1]}" || true
OTHER_PIDS=()
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
grep -m 5 . "$WORK/saves.err" >&2 || true

log "checking the ledger against the database and content/"
client org.haven.bench.SteadySaves verify "$HAVEN" "$WORK/edited" "$WORK/ledger" "$WORK/content" > "$WORK/verify.txt"
figure() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
COMMENTS_SENT=$(wc -l < "$WORK/comments.txt")
COMMENTS_OK=$(grep -c '^200$' "$WORK/comments.txt" || true)
SAVE_LINE=$(grep '^save ' "$WORK/saves.txt" || echo 'save n/a')
LOST=$(figure lost "$WORK/verify.txt")
TORN=$(figure files_torn "$WORK/verify.txt")
ERRORS_TOTAL=$((ERRORS + $(figure save_errors "$WORK/saves.txt") + COMMENTS_SENT - COMMENTS_OK))

echo "## Haven mixed load ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- corpus: $COUNT generated articles (seed $SEED), fresh H2 data dir; ${IMPORT_LINE##*: }"
echo "- load average just before / after the $DURATION run: $LOAD_BEFORE / $LOAD_AFTER"
echo
echo "| who | what | result |"
echo "|---|---|---|"
echo "| readers | wrk -t$THREADS -c$CONNECTIONS -d$DURATION over ${#PATHS[@]} pages | $REQUESTS requests, $(printf '%.0f' "$RPS") req/s, **p99 $P99 ms**, $ERRORS errors |"
echo "| editor | a save every $SAVE_INTERVAL_MS ms over $EDITED articles | $(figure saves_sent "$WORK/saves.txt") sent, $(figure saves_acknowledged "$WORK/saves.txt") acknowledged, $(figure save_errors "$WORK/saves.txt") failed; ${SAVE_LINE#save } (ms) |"
echo "| commenters | a POST every ${COMMENT_INTERVAL} s on $COMMENTED | $COMMENTS_SENT sent: $(sort "$WORK/comments.txt" | uniq -c | awk '{ printf "%s%s × %s", sep, $1, $2; sep = ", " }') |"
echo
echo "- acknowledged saves found as revisions in the database: $(figure acknowledged_present "$WORK/verify.txt") of $(figure acknowledged "$WORK/verify.txt") (**lost: $LOST**)"
echo "- edited files in content/ that are exactly one of the article's revisions: $(figure files_matching_a_revision "$WORK/verify.txt") of $(figure files "$WORK/verify.txt") (the latest one: $(figure files_matching_the_latest "$WORK/verify.txt"))"
echo "- **errors: $ERRORS_TOTAL** (reader errors + failed saves + comment answers other than 200)"
echo "- ERROR lines in Haven's log: $(grep -c ' ERROR ' "$WORK/haven.log" || true)$(grep -m 1 -oE '[A-Za-z.]+(Exception|Error): [^(]{0,120}' "$WORK/haven.log" | sed 's/^/; first: /' || true)"
if ((ERRORS_TOTAL != 0 || LOST != 0 || TORN != 0)); then
	exit 1
fi
