#!/usr/bin/env bash
# Newsletter benchmark (not a test: run it by hand, see docs/performance.md).
#
#   bash bench/newsletter.sh [subscribers (10000)] [rounds (3)]
#
# Builds if needed, then runs org.haven.bench.NewsletterLoad: Haven in one JVM on an in-memory H2 database with the
# sample content, a local SMTP sink that keeps nothing, the given number of whole-site subscribers. It times the
# publish call with no subscribers and with them (the enqueue runs after commit, off the caller's thread), the time
# until every mail is queued, the unpaced send rate through the outbox, and the heap before and while sending.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO"
build
# the shaded JMH jar cannot host Spring Boot (its auto-configuration lists are not merged): use the real classpath
(cd "$REPO" && ./mvnw -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$BENCH_DIR/target/classpath.txt")
java -Xmx512m -cp "$BENCH_DIR/target/classes:$(cat "$BENCH_DIR/target/classpath.txt")" org.haven.bench.NewsletterLoad "${1:-10000}" "${2:-3}"
