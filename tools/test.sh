#!/usr/bin/env bash
# Runs every TopicDesk test on a fresh Debian 12 machine: installs the Debian packages, a JDK
# and Maven (tools/run.sh --tests), builds with the tests, and runs ctest. The integration and
# GUI tests start real Apache Kafka brokers from Maven Central (tests/broker/), one per version
# in TOPICDESK_KAFKA_VERSIONS. Then it builds the tests again with AddressSanitizer and
# UndefinedBehaviorSanitizer (leaks included) and runs the unit, integration and GUI tests once
# more, suppressing only a leak inside OpenSSL (tests/lsan.supp says why). There is no
# ThreadSanitizer stage: Debian's Qt is not built with it, so its own thread hand-offs (QMutex,
# QThread::wait, queued slot calls) read as races in every test that ends a thread (README,
# "Reliability and security"). The exit status is non-zero when any stage failed.
#
#   tools/test.sh [CTEST ARGUMENTS...]     e.g. tools/test.sh -L unit
#
# TOPICDESK_SANITIZERS=0 skips the sanitizer stages (a quicker local run).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${TOPICDESK_BUILD_DIR:-$root/build}
started=$(date +%s)

"$root/tools/run.sh" --build-only --tests

status=0
echo "== tests (Release)"
(cd "$build_dir" && ctest --output-on-failure --timeout 900 -j2 "$@") || status=1

# The sanitizer stage: configure and build a tree of its own, then run the tests whose labels
# match. Reports stop the program (-fno-sanitize-recover, halt_on_error), so they fail the test.
sanitized() { # sanitized NAME SANITIZERS CTEST_ARGS...
    local name=$1 sanitizers=$2
    shift 2
    local dir=$build_dir-$name
    echo "== tests with -fsanitize=$sanitizers in $dir"
    generator=(-G Ninja)
    [ -f "$dir/CMakeCache.txt" ] && generator=()
    cmake -S "$root" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTOPICDESK_BUILD_TESTS=ON "-DTOPICDESK_SANITIZE=$sanitizers" >/dev/null
    cmake --build "$dir"
    (cd "$dir" && ctest --output-on-failure --timeout 900 -j2 "$@")
}

if [ "${TOPICDESK_SANITIZERS:-1}" != 0 ] && [ $# = 0 ]; then
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    # One suppression, for OpenSSL's own allocations (explained in the file).
    export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
    sanitized asan address,undefined -L 'unit|integration|gui' || status=1
fi
echo "== tools/test.sh finished in $(( $(date +%s) - started )) s with status $status"
exit $status
