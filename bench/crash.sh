#!/usr/bin/env bash
# kill -9 drills (not a test: run it by hand, see docs/reliability.md): Haven is killed without warning during an
# import of 10,000 files and during a burst of saves, restarted, and checked.
#
#   bash bench/crash.sh
#
# 1. Import drill, HAVEN_BENCH_IMPORT_ROUNDS (2) rounds: a fresh data dir and a copy of the 10,000-article corpus;
#    Haven starts and imports it; HAVEN_BENCH_IMPORT_KILL_AFTER (a list of seconds after Flyway's migration, one per
#    round: "4 12") later it gets kill -9. If the import line is already in the log the kill came too late and the
#    round says so. Restart on the same data dir and content: the import must finish (imported + unchanged = every
#    file, 0 failed). Then, with Haven stopped, H2's own shell counts articles, revisions and articles with other
#    than one revision, and every file's SHA-256 is compared with the copy taken before the start (the import must
#    not touch a file).
# 2. Save drill, HAVEN_BENCH_SAVE_ROUNDS (3) rounds on the data dir of the import drill: org.haven.bench.SteadySaves
#    saves 20 published articles back to back through the API (a ledger of "sent" and "ack" lines), and after a
#    random 3 to 8 s Haven gets kill -9. The edited files are copied as the kill left them (and leftover temporary
#    files counted); Haven restarts; SteadySaves verify checks every acknowledged save is a revision and every
#    copied file is exactly one of its article's revisions (a file cut short or mixed would match none), and that
#    content/ after the restart holds each article's latest revision.
#
# Needs java 17+ and curl. Settings: those above and in bench/lib.sh; HAVEN_BENCH_SKIP=import runs the save drill
# alone, on a fresh import of the corpus (HAVEN_BENCH_SKIP=saves: the import drill alone).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SKIP=,${HAVEN_BENCH_SKIP:-},
IMPORT_ROUNDS=${HAVEN_BENCH_IMPORT_ROUNDS:-2}
read -r -a KILL_AFTER <<< "${HAVEN_BENCH_IMPORT_KILL_AFTER:-4 12}"
SAVE_ROUNDS=${HAVEN_BENCH_SAVE_ROUNDS:-3}
EDITED=${HAVEN_BENCH_EDITED:-20}
IMPORT_TIMEOUT=${HAVEN_BENCH_IMPORT_TIMEOUT:-900}
IMPORT_RE='Content import from .*: [0-9]+ imported, [0-9]+ updated, [0-9]+ unchanged, [0-9]+ failed, [0-9]+ withdrawn in [0-9]+ ms'

prepare crash
unzip -q -o -j "$APP_JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/h2" || die "no H2 jar inside $APP_JAR"
H2_JAR=$(ls "$WORK"/h2/h2-*.jar)
HAVEN_ADMIN_EMAIL="bench-$(date +%s)@example.com"
HAVEN_ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
export HAVEN_ADMIN_EMAIL HAVEN_ADMIN_PASSWORD
FILES=$(find "$CORPUS/articles" -name '*.md' | wc -l)

# sql DATA_DIR QUERY: one number from H2's shell, with Haven stopped.
sql() {
	java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$1/haven" -user haven -password "" -sql "$2" \
		| sed -n 2p | tr -d ' '
}

hashes() { (cd "$1" && find articles -name '*.md' -print0 | sort -z | xargs -0 sha256sum); }

kill9() {
	kill -KILL "$APP_PID"
	wait "$APP_PID" 2> /dev/null || true
	APP_PID=
}

echo "## Haven kill -9 drills ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- corpus: $COUNT generated articles (seed $SEED), $FILES files"
echo
IMPORT_OK=1
if [[ $SKIP == *,import,* ]]; then
	IMPORT_ROUNDS=0
else
	echo "### kill -9 during an import of $FILES files"
	echo
fi
((IMPORT_ROUNDS == 0)) || echo "| round | killed after | import at the kill | after the restart | articles | revisions | articles without exactly 1 revision | files changed |"
((IMPORT_ROUNDS == 0)) || echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$IMPORT_ROUNDS"); do
	content=$WORK/import-$round/content data=$WORK/import-$round/data
	mkdir -p "$data"
	cp -r "$CORPUS" "$content"
	hashes "$content" > "$WORK/import-$round/before.sha256"
	delay=${KILL_AFTER[$(((round - 1) % ${#KILL_AFTER[@]}))]}
	port=$(free_port)
	start_app "$WORK/import-$round/first.log" "$content" "$data" "$port"
	wait_for_log "$WORK/import-$round/first.log" 'Successfully applied|Schema .* is up to date' 300 > /dev/null \
		|| die "Haven did not migrate its database"
	sleep "$delay"
	if grep -qE "$IMPORT_RE" "$WORK/import-$round/first.log"; then
		at_kill="already finished (kill too late)"
		IMPORT_OK=0
	else
		at_kill="running"
	fi
	kill9
	log "import round $round: killed after ${delay}s ($at_kill); restarting"
	HAVEN_LOG=$WORK/import-$round/second.log start_haven "$content" "$data"
	summary=$(grep -oE '[0-9]+ imported, [0-9]+ updated, [0-9]+ unchanged, [0-9]+ failed' <<< "$IMPORT_LINE")
	read -r imported _ updated _ unchanged _ failed _ <<< "${summary//,/}"
	stop_app
	articles=$(sql "$data" 'select count(*) from article')
	revisions=$(sql "$data" 'select count(*) from revision')
	odd=$(sql "$data" 'select count(*) from article a where (select count(*) from revision r where r.article_id = a.id) <> 1')
	changed=$(hashes "$content" | diff "$WORK/import-$round/before.sha256" - | grep -c '^>' || true)
	echo "| $round | ${delay} s | $at_kill | $summary | $articles | $revisions | $odd | $changed |"
	if ((imported + unchanged != FILES || failed != 0 || articles != FILES || revisions != FILES || odd != 0 || changed != 0)); then
		IMPORT_OK=0
	fi
done
if ((IMPORT_ROUNDS > 0)); then
	echo
	if ((IMPORT_OK)); then
		echo "Every round: the import finished after the restart, every file is one article with exactly one revision, no file changed."
	else
		echo "**At least one round did not check out: see the table.**"
	fi
	echo
fi
SAVES_OK=1
if [[ $SKIP == *,saves,* ]]; then
	echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
	((IMPORT_OK))
	exit
fi

echo "### kill -9 during a burst of saves ($EDITED published articles, saved back to back through the API)"
echo
echo "| round | killed after | sent | acknowledged | acknowledged and present after restart | unacknowledged but committed | files at the kill that are a revision | leftover temporary files | content/ = latest revision after restart | import after restart |"
echo "|---|---|---|---|---|---|---|---|---|---|"
if ((IMPORT_ROUNDS > 0)); then
	content=$WORK/import-$IMPORT_ROUNDS/content data=$WORK/import-$IMPORT_ROUNDS/data
else
	content=$WORK/saves/content data=$WORK/saves/data
	mkdir -p "$data"
	cp -r "$CORPUS" "$content"
fi
HAVEN_LOG=$WORK/saves-start.log start_haven "$content" "$data"
HAVEN_TOKEN=$(api_token "$HAVEN" "$HAVEN_ADMIN_EMAIL" "$HAVEN_ADMIN_PASSWORD" "$WORK/cookies") \
	|| die "could not get an API token"
export HAVEN_TOKEN
java -cp "$BENCH_JAR" org.haven.bench.EditorLoad pick "$HAVEN" none "$EDITED" > "$WORK/edited"
for round in $(seq 1 "$SAVE_ROUNDS"); do
	dir=$WORK/saves-$round
	mkdir -p "$dir/at-kill"
	java -cp "$BENCH_JAR" org.haven.bench.SteadySaves run "$HAVEN" "$WORK/edited" 0 0 "$dir/ledger" \
		> "$dir/client.txt" 2> "$dir/client.err" &
	client=$!
	OTHER_PIDS=("$client")
	until grep -q '^ack ' "$dir/ledger" 2> /dev/null; do
		kill -0 "$client" 2> /dev/null || die "the save client stopped: $(tail -n 3 "$dir/client.err")"
		sleep 0.1
	done
	delay=$((3 + RANDOM % 6))
	sleep "$delay"
	kill9
	wait "$client" || true
	OTHER_PIDS=()
	leftovers=$(find "$content" -name '.*' -type f ! -name .complete | wc -l)
	while read -r _ slug; do
		cp "$(find "$content/articles" -name "$slug.md" | head -n 1)" "$dir/at-kill/"
	done < "$WORK/edited"
	log "save round $round: killed after ${delay}s; restarting"
	HAVEN_LOG=$dir/restart.log start_haven "$content" "$data"
	import=$(grep -oE '[0-9]+ imported, [0-9]+ updated, [0-9]+ unchanged, [0-9]+ failed' <<< "$IMPORT_LINE")
	java -cp "$BENCH_JAR" org.haven.bench.SteadySaves verify "$HAVEN" "$WORK/edited" "$dir/ledger" "$dir/at-kill" \
		> "$dir/verify-at-kill.txt" 2>> "$dir/verify.err"
	java -cp "$BENCH_JAR" org.haven.bench.SteadySaves verify "$HAVEN" "$WORK/edited" "$dir/ledger" "$content" \
		> "$dir/verify-now.txt" 2>> "$dir/verify.err"
	grep -m 5 . "$dir/verify.err" >&2 || true
	f() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }
	sent=$(grep -c '^sent ' "$dir/ledger")
	echo "| $round | ${delay} s | $sent | $(f acknowledged "$dir/verify-at-kill.txt") |" \
		"$(f acknowledged_present "$dir/verify-at-kill.txt") | $(f in_flight_committed "$dir/verify-at-kill.txt") |" \
		"$(f files_matching_a_revision "$dir/verify-at-kill.txt") of $(f files "$dir/verify-at-kill.txt") | $leftovers |" \
		"$(f files_matching_the_latest "$dir/verify-now.txt") of $(f files "$dir/verify-now.txt") | $import |"
	if (($(f lost "$dir/verify-at-kill.txt") != 0 || $(f files_torn "$dir/verify-at-kill.txt") != 0)) \
		|| [[ $(f files_matching_the_latest "$dir/verify-now.txt") != "$(f files "$dir/verify-now.txt")" ]]; then
		SAVES_OK=0
	fi
done
echo
if ((SAVES_OK)); then
	echo "Every round: no acknowledged save lost, no file torn, content/ mirrors the database after the restart."
else
	echo "**At least one round did not check out: see the table and the run's log.**"
fi
echo
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
((IMPORT_OK && SAVES_OK))
