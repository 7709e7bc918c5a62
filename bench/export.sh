#!/usr/bin/env bash
# Static export against Hugo on the same articles (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/export.sh
#
# 1. Builds the application and bench/ if needed and generates the corpus (bench/lib.sh), then writes the same
#    articles as a Hugo site (org.haven.bench.HugoSite: config, content/posts/*.md, a minimal layout).
# 2. Imports the corpus once into a data dir (the first export run; not timed).
# 3. RUNS rounds, each: `java -jar haven.jar export --out DIR` into an empty folder (Haven renders related posts on
#    every article page), `hugo` without related posts and `hugo` with them (related.toml), each into an empty
#    folder. Wall time of each command; for Haven also the export's own time (its report line, without JVM start).
# 4. Incremental: after a full export, one article's title and body are edited and
#    `export --incremental` runs (INCREMENTAL_RUNS times, edit and undo in turn); its report line gives the export time, the wall time includes JVM start-up.
#    Hugo has no incremental build outside its development server: its figure after an edit is a full build.
# 5. Warm: `export --incremental --watch` stays up; the same edit and its undo in turn (WATCH_RUNS times), each timed
#    from the file's write to the command's next summary line, with the export's own time from that line.
#
# Needs java 17+, curl and hugo (apt-get install -y hugo). Settings: bench/lib.sh, and HAVEN_BENCH_RUNS (default 3),
# HAVEN_BENCH_INCREMENTAL_RUNS (default 3), HAVEN_BENCH_WATCH_RUNS (default 6), HAVEN_BENCH_SKIP=compare,related,incremental (comma-separated parts to leave out).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=${HAVEN_BENCH_RUNS:-3}
INCREMENTAL_RUNS=${HAVEN_BENCH_INCREMENTAL_RUNS:-3}
WATCH_RUNS=${HAVEN_BENCH_WATCH_RUNS:-6}
SKIP=,${HAVEN_BENCH_SKIP:-},
need hugo "apt-get install -y hugo"
prepare export

HUGO_SITE=$WORK/hugo-site
DATA=$WORK/data
java -cp "$BENCH_JAR" org.haven.bench.HugoSite "$CORPUS" "$HUGO_SITE" 2> /dev/null
EXPORT_RE='[0-9]+ addresses, [0-9]+ files written, [0-9]+ unchanged, [0-9]+ removed, [0-9]+ redirects, [0-9]+ failed in [0-9]+ ms'

# haven_export CONTENT OUT [--incremental]: runs the export command; sets WALL_S, EXPORT_S and EXPORT_LINE.
haven_export() {
	local content=$1 out=$2 t0
	shift 2
	t0=$(now_ms)
	java "${EXTRA_JAVA_OPTS[@]}" -jar "$APP_JAR" export --out "$out" "$@" \
		--haven.content.dir="$content" --haven.site.data-dir="$DATA" --haven.theme.dir="$THEME_DIR" \
		--management.server.port="$(free_port)" "${EXTRA_APP_ARGS[@]}" > "$WORK/export.log" 2>&1 \
		|| { tail -n 20 "$WORK/export.log" >&2; die "the export failed (log above)"; }
	WALL_S=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN { printf "%.2f", ms / 1000 }')
	EXPORT_LINE=$(grep -oE "$EXPORT_RE" "$WORK/export.log" | tail -n 1)
	EXPORT_S=$(awk -v ms="$(sed -E 's/.* in ([0-9]+) ms/\1/' <<< "$EXPORT_LINE")" 'BEGIN { printf "%.2f", ms / 1000 }')
}

# hugo_build OUT [config]: a full Hugo build into an empty folder; sets WALL_S.
hugo_build() {
	local out=$1 config=${2:-config.toml} t0
	rm -rf "$out"
	t0=$(now_ms)
	hugo --quiet --source "$HUGO_SITE" --config "$config" --destination "$out" > "$WORK/hugo.log" 2>&1 \
		|| { tail -n 20 "$WORK/hugo.log" >&2; die "hugo failed (log above)"; }
	WALL_S=$(awk -v ms=$(($(now_ms) - t0)) 'BEGIN { printf "%.2f", ms / 1000 }')
}

echo "## Static export against Hugo ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- hugo: $(hugo version | cut -d' ' -f2)"
echo "- corpus: $CORPUS ($(find "$CORPUS/articles" -name '*.md' | wc -l) articles)"
echo
log "first export (imports the corpus into $DATA)"
haven_export "$CORPUS" "$WORK/haven-out"
log "$EXPORT_LINE"
echo "- first export, importing the corpus into a fresh data dir on the way: $WALL_S s (of which the export: $EXPORT_S s)"
echo

if [[ $SKIP != *,compare,* ]]; then
echo "| run | Haven export (wall) | of which export | Hugo, no related | Hugo, related | load (1 min) |"
echo "|---|---|---|---|---|---|"
haven=() exported=() plain=() related=()
for run in $(seq 1 "$RUNS"); do
	rm -rf "$WORK/haven-out"
	haven_export "$CORPUS" "$WORK/haven-out"
	haven+=("$WALL_S") exported+=("$EXPORT_S")
	h=$WALL_S e=$EXPORT_S
	hugo_build "$WORK/hugo-out"
	plain+=("$WALL_S")
	p=$WALL_S r=skipped
	if [[ $SKIP != *,related,* ]]; then
		hugo_build "$WORK/hugo-out" config.toml,related.toml
		related+=("$WALL_S")
		r="$WALL_S s"
	fi
	echo "| $run | $h s | $e s | $p s | $r | $(cut -d' ' -f1 /proc/loadavg) |"
done
echo
echo "- Haven: $EXPORT_LINE"
echo "- Hugo pages: $(find "$WORK/hugo-out" -name '*.html' | wc -l) HTML files; Haven: $(find "$WORK/haven-out" -name '*.html' | wc -l)"
H=$(median "${haven[@]}") E=$(median "${exported[@]}") P=$(median "${plain[@]}")
echo "- medians: Haven $H s (export alone $E s), Hugo without related posts $P s$([[ ${#related[@]} -gt 0 ]] && echo ", with related posts $(median "${related[@]}") s")"
echo "- Hugo without related / Haven: $(awk -v a="$P" -v b="$H" 'BEGIN { printf "%.2f", a / b }') (wall), $(awk -v a="$P" -v b="$E" 'BEGIN { printf "%.2f", a / b }') (export alone)"
if [[ ${#related[@]} -gt 0 ]]; then
	R=$(median "${related[@]}")
	echo "- Hugo with related / Haven: $(awk -v a="$R" -v b="$H" 'BEGIN { printf "%.2f", a / b }') (wall), $(awk -v a="$R" -v b="$E" 'BEGIN { printf "%.2f", a / b }') (export alone)"
fi
echo
fi

if [[ $SKIP != *,incremental,* ]]; then
	echo "### One edited article, exported again"
	echo
	# the edit is made in the corpus itself (the data dir already holds it) and undone at the end
	article=$(find "$CORPUS/articles" -name '*.md' | sort | sed -n "$((COUNT / 2))p")
	cp "$article" "$WORK/original.md"
	trap 'cp "$WORK/original.md" "$article"; finish' EXIT
	sed -e '0,/^title: /s/^title: "\(.*\)"/title: "\1 (revised)"/' -e '$a\\nA paragraph added by the benchmark.' \
		"$WORK/original.md" > "$WORK/edited.md"
	if [[ ! -f $WORK/haven-out/.haven-export ]]; then
		log "full export before the edits (not timed)"
		haven_export "$CORPUS" "$WORK/haven-out"
	fi
	incremental=() incremental_wall=()
	for run in $(seq 1 "$INCREMENTAL_RUNS"); do
		# the edit, then back: every run has one changed article
		if ((run % 2)); then cp "$WORK/edited.md" "$article"; else cp "$WORK/original.md" "$article"; fi
		haven_export "$CORPUS" "$WORK/haven-out" --incremental
		incremental+=("$EXPORT_S") incremental_wall+=("$WALL_S")
		echo "- run $run: $EXPORT_LINE (command: $WALL_S s, load $(cut -d' ' -f1 /proc/loadavg))"
	done
	cp "$WORK/original.md" "$article"
	echo
	echo "- Haven incremental, median: $(median "${incremental[@]}") s for the export ($(median "${incremental_wall[@]}") s with JVM start-up and the start-up content check)"
	echo "- Hugo has no incremental build outside its development server: after an edit it builds the whole site again (the full-build figures above)"

	# 5. With a warm JVM: export --watch stays up and exports each change; the edit and its undo in turn, timed from
	# the file's write to the next summary line, and the export's own time from that line.
	echo
	echo "### One edited article, exported again by \`export --watch\` (warm JVM)"
	echo
	java "${EXTRA_JAVA_OPTS[@]}" -jar "$APP_JAR" export --out "$WORK/haven-out" --incremental --watch \
		--haven.content.dir="$CORPUS" --haven.site.data-dir="$DATA" --haven.theme.dir="$THEME_DIR" \
		--management.server.port="$(free_port)" "${EXTRA_APP_ARGS[@]}" > "$WORK/watch.log" 2>&1 &
	WATCH_PID=$!
	OTHER_PIDS+=("$WATCH_PID")
	summaries() { tr '\r' '\n' < "$WORK/watch.log" | grep -cE "$EXPORT_RE" || true; }
	for _ in $(seq 1 600); do
		grep -q 'Watching the content folder' "$WORK/watch.log" 2> /dev/null && break
		kill -0 "$WATCH_PID" 2> /dev/null || die "export --watch stopped: $(tail -n 5 "$WORK/watch.log")"
		sleep 1
	done
	watched=() watched_wall=()
	for run in $(seq 1 "$WATCH_RUNS"); do
		before=$(summaries)
		t0=$(now_ms)
		if ((run % 2)); then cp "$WORK/edited.md" "$article"; else cp "$WORK/original.md" "$article"; fi
		until (($(summaries) > before)); do
			kill -0 "$WATCH_PID" 2> /dev/null || die "export --watch stopped: $(tail -n 5 "$WORK/watch.log")"
			(($(now_ms) - t0 < 60000)) || die "export --watch did not export the edit within 60 s"
			sleep 0.02
		done
		wall_ms=$(($(now_ms) - t0))
		line=$(tr '\r' '\n' < "$WORK/watch.log" | grep -oE "$EXPORT_RE" | tail -n 1)
		watched+=("$(sed -E 's/.* in ([0-9]+) ms/\1/' <<< "$line")") watched_wall+=("$wall_ms")
		echo "- edit $run: $line (from the file's write: $wall_ms ms)"
		sleep 2 # the watcher's quiet period, so that the next edit is a change of its own
	done
	kill "$WATCH_PID" 2> /dev/null || true
	wait "$WATCH_PID" 2> /dev/null || true
	cp "$WORK/original.md" "$article"
	echo
	echo "- export --watch, median: $(median "${watched[@]}") ms for the export, $(median "${watched_wall[@]}") ms from the file's write (target: under 1 s)"
fi
