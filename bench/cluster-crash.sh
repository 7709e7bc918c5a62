#!/usr/bin/env bash
# Two Haven nodes on one PostgreSQL database, and node A killed with kill -9 in the middle of a burst of saves (not a
# test: run it by hand, see docs/scaling.md).
#
#   bash bench/cluster-crash.sh
#
# 1. Builds the jar if needed, starts a private PostgreSQL 15 cluster (.ci/postgres.sh, its own folder and port),
#    copies content/ to a temporary folder both nodes share, and starts node A (content writer, first admin) and
#    node B (no files written) with haven.cluster.enabled=true; waits for both to be ready.
# 2. Signs in on A, creates an API token, picks a published article and saves it through A's JSON API back to back,
#    each save adding a paragraph with a new marker; a save counts as acknowledged once A answered 200.
# 3. After HAVEN_BENCH_KILL_AFTER acknowledged saves, kill -9 A while the next save is in flight.
# 4. Checks: every acknowledged marker has its revision in the database; the article's file in content/ is exactly
#    one of its revisions (not torn); B shows the last acknowledged save (within HAVEN_BENCH_WATCH seconds) and then
#    answers 200 for the home page, the article, the feed and a search for HAVEN_BENCH_WATCH seconds; B takes over
#    the job lock. Prints a report;
#    exits non-zero if any check fails.
#
# Needs java 17+, curl, jq and PostgreSQL 15 (apt-get install -y curl jq postgresql-15).
# Settings: HAVEN_BENCH_KILL_AFTER (20 saves), HAVEN_BENCH_WATCH (10 s), and those in bench/lib.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KILL_AFTER=${HAVEN_BENCH_KILL_AFTER:-20}
WATCH=${HAVEN_BENCH_WATCH:-10}
EMAIL=crash-check@haven.test
PASSWORD="crash check $(date +%s) passphrase"
need java "Install a JDK 17 or newer."
need curl "apt-get install -y curl"
need jq "apt-get install -y jq"
need psql "apt-get install -y postgresql-15"
check_theme

WORK=$(mktemp -d "${TMPDIR:-/tmp}/haven-bench-cluster.XXXXXX")
A_PID=
B_PID=
SAVER_PID=
cleanup() {
	local pid
	for pid in $SAVER_PID $A_PID $B_PID; do
		kill -TERM "$pid" 2> /dev/null || true
		wait "$pid" 2> /dev/null || true
	done
	PG_DIR=$WORK/pg bash "$REPO/.ci/postgres.sh" stop 2> /dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -f $APP_JAR || -n $(find "$REPO/src/main" "$REPO/pom.xml" -newer "$APP_JAR" -print -quit) ]]; then
	log "building the application: ./mvnw -q -DskipTests package"
	(cd "$REPO" && ./mvnw -q -DskipTests package)
fi

log "starting PostgreSQL"
chmod 755 "$WORK" # run as root, the script starts the server as the postgres user, which must reach WORK/pg
eval "$(PG_DIR=$WORK/pg bash "$REPO/.ci/postgres.sh" 2> "$WORK/pg-start.log")"
DB_URL=${HAVEN_TEST_PG_URL:-}
[[ -n $DB_URL ]] || { cat "$WORK/pg-start.log" >&2; die "PostgreSQL did not start"; }
PSQL_URL="postgresql://haven@${DB_URL#jdbc:postgresql://}"
sql() { psql -qAt "$PSQL_URL" -c "$1"; }

cp -r "$REPO/content" "$WORK/content"
touch "$WORK/acked"

# node NAME CONTENT_WRITER: starts a node in the background; sets NODE_PID and NODE_PORT, management on NODE_MGMT
node() {
	NODE_PORT=$(free_port)
	NODE_MGMT=$(free_port)
	MANAGEMENT_PORT=$NODE_MGMT
	EXTRA_APP_ARGS=(--spring.datasource.url="$DB_URL" --spring.datasource.username=haven
		--haven.cluster.enabled=true --haven.cluster.node="$1" --haven.cluster.content-writer="$2"
		--haven.editor.admin-email="$EMAIL" --haven.editor.admin-password="$PASSWORD" --haven.content.watch=false)
	start_app "$WORK/$1.log" "$WORK/content" "$WORK/data-$1" "$NODE_PORT"
	NODE_PID=$APP_PID
	wait_for_200 "http://127.0.0.1:$NODE_MGMT/actuator/health/readiness" 600 || die "node $1 did not become ready"
	APP_PID=
}

log "starting node A (content writer)"
node A true
A_PID=$NODE_PID
A=http://127.0.0.1:$NODE_PORT
log "starting node B"
node B false
B_PID=$NODE_PID
B=http://127.0.0.1:$NODE_PORT

TOKEN=$(api_token "$A" "$EMAIL" "$PASSWORD" "$WORK/cookies") || die "could not get an API token on A"
api() { curl -s --max-time 30 -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$@"; }

# a published article the publish checks accept as it is: no open safe-messaging finding, a summary, no links
# to other articles
ID=
for id in $(api "$A/api/v1/articles?stage=published&size=100" | jq -r '.items[].id'); do
	if api "$A/api/v1/articles/$id" | jq -e '(.draft.summary // "") != "" and ([.safeMessaging[]? |
			select(.acknowledged == null)] | length == 0) and ((.draft.body | contains("](/articles/")) | not)' \
		> /dev/null; then
		ID=$id
		break
	fi
done
[[ -n $ID ]] || die "no published article to edit"
SLUG=$(api "$A/api/v1/articles/$ID" | jq -r '.draft.slug')
log "saving article $ID ($SLUG) on A"

# the saver: saves back to back through A until A stops answering; logs each acknowledged marker
(
	article=$(api "$A/api/v1/articles/$ID")
	version=$(jq -r '.version' <<< "$article")
	draft=$(jq -c '.draft' <<< "$article")
	body=$(jq -r '.body' <<< "$draft")
	for i in $(seq 1 100000); do
		marker="crashcheck$i"
		request=$(jq -c --arg body "$body"$'\n\n'"Saved as $marker."$'\n' --argjson version "$version" \
			'{version: $version, draft: (.body = $body)}' <<< "$draft")
		answer=$(api -X PUT -H 'Content-Type: application/json' --data "$request" -w '\n%{http_code}' \
			"$A/api/v1/articles/$ID") || exit 0
		[[ ${answer##*$'\n'} == 200 ]] || { echo "save $i answered ${answer##*$'\n'}" >&2; exit 0; }
		version=$(jq -r '.version' <<< "${answer%$'\n'*}")
		echo "$marker" >> "$WORK/acked"
	done
) &
SAVER_PID=$!

while (($(wc -l < "$WORK/acked" 2> /dev/null || echo 0) < KILL_AFTER)); do
	kill -0 "$SAVER_PID" 2> /dev/null || die "the saver stopped before $KILL_AFTER saves"
	sleep 0.01
done
kill -KILL "$A_PID"
KILLED_MS=$(now_ms)
wait "$A_PID" 2> /dev/null || true
A_PID=
wait "$SAVER_PID" 2> /dev/null || true
SAVER_PID=

ACKED=$(wc -l < "$WORK/acked")
LAST=$(tail -n 1 "$WORK/acked")
log "killed A after $ACKED acknowledged saves"

FAILED=0
# B shows the last acknowledged save
SEEN_MS=
while (($(now_ms) - KILLED_MS < WATCH * 1000)); do
	if curl -s --max-time 5 "$B/articles/$SLUG" | grep -q "$LAST"; then
		SEEN_MS=$(($(now_ms) - KILLED_MS))
		break
	fi
	sleep 0.02
done
# B keeps serving, for WATCH seconds more
REQUESTS=0
ERRORS=0
SERVING_FROM=$(now_ms)
while (($(now_ms) - SERVING_FROM < WATCH * 1000)); do
	for path in / "/articles/$SLUG" /feed.xml "/search?q=$LAST"; do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$B$path" || true)
		REQUESTS=$((REQUESTS + 1))
		[[ $code == 200 ]] || { ERRORS=$((ERRORS + 1)); log "B answered $code for $path"; }
	done
	sleep 0.1
done
# every acknowledged save is a revision
LOST=0
while read -r marker; do
	found=$(sql "select count(*) from revision where article_id = $ID and source like '%Saved as $marker.%'")
	((found >= 1)) || LOST=$((LOST + 1))
done < "$WORK/acked"
REVISIONS=$(sql "select count(*) from revision where article_id = $ID and source like '%Saved as crashcheck%'")
# the file is one of the revisions, whole
FILE=$WORK/content/$(sql "select source_path from article where id = $ID")
FILE_HASH=$(sha256sum "$FILE" | cut -d' ' -f1)
MATCHES=$(sql "select count(*) from revision where article_id = $ID
	and encode(sha256(convert_to(source, 'UTF8')), 'hex') = '$FILE_HASH'")
TAKEOVER=$(grep -c 'now runs the site-wide jobs' "$WORK/B.log" || true)

((LOST == 0)) || FAILED=1
((ERRORS == 0)) || FAILED=1
((MATCHES >= 1)) || FAILED=1
[[ -n $SEEN_MS ]] || FAILED=1
((TAKEOVER >= 1)) || FAILED=1

echo "## Cluster: kill -9 of a node during saves ($(date -u +'%Y-%m-%d %H:%M UTC'))"
echo
echo "- load average at start (1, 5, 15 min): $LOAD_AT_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- saves acknowledged by A before kill -9: $ACKED; revisions with a marker in the database: $REVISIONS" \
	"(one more means the save in flight had committed)"
echo "- acknowledged saves missing from the database: $LOST"
echo "- content file equal to one of the article's revisions: $( ((MATCHES >= 1)) && echo yes || echo NO)"
echo "- B showed the last acknowledged save ${SEEN_MS:-never} ms after the kill"
echo "- B in the ${WATCH} s after that: $REQUESTS requests (home, the article, the feed, a search), $ERRORS not 200"
echo "- B took over the job lock: $( ((TAKEOVER >= 1)) && echo yes || echo NO)"
exit $FAILED
