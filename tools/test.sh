#!/usr/bin/env bash
# Runs every TopicDesk test on a fresh Debian 12 machine: installs the Debian packages, a JDK
# and Maven (tools/run.sh --tests), builds with the tests, and runs ctest. The integration and
# GUI tests start real Apache Kafka brokers from Maven Central (tests/broker/), one per version
# in TOPICDESK_KAFKA_VERSIONS. The exit status is ctest's.
#
#   tools/test.sh [CTEST ARGUMENTS...]     e.g. tools/test.sh -L unit
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${TOPICDESK_BUILD_DIR:-$root/build}
started=$(date +%s)

"$root/tools/run.sh" --build-only --tests

cd "$build_dir"
status=0
ctest --output-on-failure --timeout 900 -j2 "$@" || status=$?
echo "== tools/test.sh finished in $(( $(date +%s) - started )) s with status $status"
exit $status
