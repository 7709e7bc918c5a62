#!/usr/bin/env bash
# Starts the packaged Haven (./mvnw -DskipTests package) with a start-up cache, the production launch.
#
#   ./haven.sh                                  # the site, from the current folder's content/ and themes/
#   ./haven.sh export --out public/             # any command of the jar; arguments pass through unchanged
#                                               # (export runs with the throughput collector, -XX:+UseParallelGC)
#   JAVA_OPTS="-Xmx512m" ./haven.sh --server.port=8081
#
# The JVM spends most of a start loading and linking the same few thousand classes. The first start after a new build
# or a new JDK therefore unpacks the jar into plain jars (which a class cache needs) and makes one training run that
# builds the Spring context on a throw-away H2 database and stops before opening a port, reading nothing from content/
# and writing nothing outside the cache folder. It records:
#   - on Java 25 or later, an AOT cache (-XX:AOTCacheOutput), classes loaded and linked ahead of time;
#   - on Java 17 to 24, an AppCDS archive (-XX:ArchiveClassesAtExit).
# Every later start maps it (-XX:AOTCache / -XX:SharedArchiveFile). A cache that does not match the JVM is ignored by
# the JVM (the start is then as slow as plain java -jar, never wrong), and the cache is rebuilt when the jar or the
# JDK changes. If training fails, Haven starts without a cache and says so.
#
# Settings: JAVA_HOME (the JDK to use; else java on the PATH), JAVA_OPTS (JVM options), HAVEN_JAR (the exec jar; default
# target/haven-*-exec.jar beside this script), HAVEN_LAUNCH_DIR (the cache folder; default launch/ beside the jar),
# HAVEN_LAUNCH_CACHE=off (plain java -jar).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=${HAVEN_JAR:-}
if [[ -z $JAR ]]; then
	for candidate in "$ROOT"/target/haven-*-exec.jar; do
		[[ -f $candidate ]] && JAR=$candidate
	done
fi
[[ -n $JAR && -f $JAR ]] || {
	echo "haven.sh: no packaged jar; run ./mvnw -DskipTests package first, or set HAVEN_JAR" >&2
	exit 1
}
read -r -a OPTS <<< "${JAVA_OPTS:-}"
# A static export is a batch job that nobody waits on page by page: the throughput collector does its work in pauses,
# where G1's concurrent marking took about a tenth of an export's CPU at 10,000 articles. A collector named in
# JAVA_OPTS wins. (Only the command's own JVM: the training run below keeps the default.)
BATCH=()
if [[ ${1:-} == export && ! ${JAVA_OPTS:-} =~ -XX:\+Use[A-Za-z0-9]+GC ]]; then
	BATCH=(-XX:+UseParallelGC)
fi

say() { echo "haven.sh: $*" >&2; }

if [[ ${HAVEN_LAUNCH_CACHE:-on} == off ]]; then
	exec "$JAVA" "${OPTS[@]}" "${BATCH[@]}" -jar "$JAR" "$@"
fi

CACHE=${HAVEN_LAUNCH_DIR:-$(dirname "$JAR")/launch}
# The JDK's version and identity from its release file, so that a start launches no JVM but Haven's; a JDK
# without one is asked once.
JDK_BIN=$(readlink -f "$(command -v "$JAVA")")
RELEASE=$(dirname "$JDK_BIN")/../release
if [[ -f $RELEASE ]]; then
	JDK_ID="$JDK_BIN $(stat -c '%s %Y' "$JDK_BIN") $(grep -E '^(JAVA_RUNTIME_VERSION|IMPLEMENTOR)=' "$RELEASE" | tr '\n' ' ')"
	version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$RELEASE")
else
	JDK_ID=$("$JAVA" -XshowSettings:properties -version 2>&1 | grep -E 'java\.(home|vm\.version|specification\.version) =' | tr '\n' ' ')
	version=$(sed -n 's/.*java\.specification\.version = \([0-9.]*\).*/\1/p' <<< "$JDK_ID")
fi
major=${version%%.*}
if ((major >= 25)); then
	FILE=$CACHE/haven.aot
	TRAIN=(-XX:AOTCacheOutput="$FILE")
	USE=(-XX:AOTCache="$FILE")
else
	FILE=$CACHE/haven.jsa
	TRAIN=(-XX:ArchiveClassesAtExit="$FILE")
	USE=(-XX:SharedArchiveFile="$FILE")
fi
APP=$CACHE/app/$(basename "$JAR")
# The cache belongs to these exact bytes of the jar and this exact JVM build.
KEY="$(stat -c '%s %Y' "$JAR") $JDK_ID"

if [[ ! -f $FILE || ! -f $APP || $(cat "$CACHE/key" 2>/dev/null) != "$KEY" ]]; then
	say "preparing the start-up cache for this build and JDK (once; about half a minute)"
	rm -rf "$CACHE"
	mkdir -p "$CACHE"
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$CACHE/app" > /dev/null
	TRAINING=$(mktemp -d "${TMPDIR:-/tmp}/haven-training.XXXXXX")
	# Command-line arguments outrank the environment, so a production database configured there is never touched.
	if "$JAVA" "${OPTS[@]}" "${TRAIN[@]}" -Dspring.context.exit=onRefresh -jar "$APP" \
		--haven.site.data-dir="$TRAINING" --spring.datasource.url="jdbc:h2:file:$TRAINING/haven" \
		--spring.datasource.username=haven --spring.datasource.password= --haven.cluster.enabled=false \
		--server.port=0 --management.server.port=0 > "$CACHE/training.log" 2>&1 && [[ -f $FILE ]]; then
		echo "$KEY" > "$CACHE/key"
	else
		say "the training run failed (see $CACHE/training.log); starting without a cache"
		rm -f "$FILE"
	fi
	rm -rf "$TRAINING"
fi

if [[ -f $FILE ]]; then
	exec "$JAVA" "${OPTS[@]}" "${BATCH[@]}" "${USE[@]}" -jar "$APP" "$@"
fi
exec "$JAVA" "${OPTS[@]}" "${BATCH[@]}" -jar "$JAR" "$@"
