#!/usr/bin/env bash
# The one test command: on a fresh Debian machine (root, JDK 17) it installs what is missing
# (Chromium and its driver for the browser tests, PostgreSQL 15 for the -Ppostgres copies, nginx and
# openssl for the reverse-proxy test),
# starts a private PostgreSQL cluster on a free loopback port, runs every test, and stops the
# cluster again. Extra arguments go to Maven (./test.sh -o for an offline build).
# The developer loop stays ./mvnw verify (H2 only).
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)          # NginxProxyIntegrationTest: docs/deploy.md's config
command -v openssl >/dev/null 2>&1 || need+=(openssl)   # its test certificate
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { echo "Missing: ${need[*]}. Run as root, or: sudo apt-get install -y ${need[*]}" >&2; exit 1; }
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
chromium --version
chromedriver --version

eval "$(bash .ci/postgres.sh)"
trap 'bash .ci/postgres.sh stop' EXIT
echo "PostgreSQL for tests: $HAVEN_TEST_PG_URL"

./mvnw -B verify -Ppostgres "$@"
