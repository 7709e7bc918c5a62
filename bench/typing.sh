#!/usr/bin/env bash
# Typing benchmark for Haven's editor: input lag on a 5,000-word article, as the browser's Event Timing API reports
# it (not a test: run it by hand, see docs/performance.md and docs/editor.md).
#
#   bash bench/typing.sh
#
# Runs EditorScreensBrowserTest#typing* (headless Chromium, like every *BrowserTest) once, measuring
# HAVEN_BENCH_ROUNDS rounds (default 3) in that one run: each round types 168 characters (the first a calibration
# key), one key every 100 ms, into a 50-word and a 5,130-word article and records every keydown, keypress,
# beforeinput and input event. It prints
# each round's figures (events, how many took 16 ms or more and over 50 ms, median, longest) and the load average
# before and after: the figures follow the machine's load, so compare articles within a run. The target is the long
# article's longest event under 50 ms; the test's own assertion (the long article as smooth as the short one in the
# same run) does not stop the script: the figures are printed either way. Extra arguments go to Maven (e.g. -o to
# build offline).
#
# Needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROUNDS=${HAVEN_BENCH_ROUNDS:-3}
[[ -x /usr/bin/chromium || -n ${CHROMIUM_BIN:-} ]] || die "no Chromium: apt-get install -y chromium chromium-driver"

RESULT=$REPO/target/typing-latency.txt
rm -f "$RESULT"
log "typing into a short and a long article, $ROUNDS rounds (load average $(cut -d' ' -f1-3 /proc/loadavg))"
(cd "$REPO" && ./mvnw -B -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
	-Dit.test='EditorScreensBrowserTest#typing*' -Dhaven.typing.rounds="$ROUNDS" -Dhaven.typing.sentences=3 -Dmaven.test.failure.ignore=true \
	"$@" > "${TMPDIR:-/tmp}/haven-bench-typing.log" 2>&1) \
	|| die "the build failed: see ${TMPDIR:-/tmp}/haven-bench-typing.log"
[[ -s $RESULT ]] || die "the test wrote no figures: see ${TMPDIR:-/tmp}/haven-bench-typing.log"

echo "## Haven typing benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
machine_summary
echo "- chromium: $(chromium --version 2> /dev/null | head -n 1)"
echo
sed 's/^/- /' "$RESULT"
echo
echo "- load average at end (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
