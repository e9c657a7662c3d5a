#!/usr/bin/env bash
# Runs every TopicDesk test on a fresh Debian 12 machine: installs the Debian packages, a JDK
# and Maven (tools/run.sh --tests), builds with the tests, and runs ctest. The integration and
# GUI tests start real Apache Kafka brokers from Maven Central (tests/broker/), one per version
# in TOPICDESK_KAFKA_VERSIONS. Two sanitizer stages follow, each in a build tree of its own:
# - AddressSanitizer and UndefinedBehaviorSanitizer (leaks included): the unit, integration and
#   GUI tests, suppressing only a leak inside OpenSSL (tests/lsan.supp says why);
# - ThreadSanitizer: TopicDesk's core and the tests that use no window, against a Qt built with
#   -sanitize thread from Debian's source (tests/tsan/build-qt.sh, about 6 minutes), with
#   suppressions for uninstrumented librdkafka only (tests/tsan/tsan.supp) and a canary race the
#   stage must report.
# The exit status is non-zero when any stage failed.
#
#   tools/test.sh [CTEST ARGUMENTS...]     e.g. tools/test.sh -L unit
#
# TOPICDESK_SANITIZERS=0 skips the sanitizer stages (a quicker local run); with ctest arguments
# they are skipped too.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${TOPICDESK_BUILD_DIR:-$root/build}
started=$(date +%s)

"$root/tools/run.sh" --build-only --tests

sanitizers=0
[ "${TOPICDESK_SANITIZERS:-1}" != 0 ] && [ $# = 0 ] && sanitizers=1

status=0
echo "== tests (Release)"
(cd "$build_dir" && ctest --output-on-failure --timeout 900 -j2 "$@") || status=1

# A sanitizer stage: configure and build a tree of its own, then run the tests whose labels
# match. Reports stop the program (-fno-sanitize-recover, halt_on_error), so they fail the test.
sanitized() { # sanitized NAME SANITIZERS "CMAKE_ARGS..." CTEST_ARGS...
    local name=$1 sanitizers=$2 cmake_args=$3
    shift 3
    local dir=$build_dir-$name
    echo "== tests with -fsanitize=$sanitizers in $dir"
    generator=(-G Ninja)
    [ -f "$dir/CMakeCache.txt" ] && generator=()
    # shellcheck disable=SC2086 # cmake_args is a list of words
    cmake -S "$root" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTOPICDESK_BUILD_TESTS=ON "-DTOPICDESK_SANITIZE=$sanitizers" $cmake_args >/dev/null
    cmake --build "$dir"
    (cd "$dir" && ctest --output-on-failure --timeout 900 -j2 "$@")
}

if [ "$sanitizers" = 1 ]; then
    (
        export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
        export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
        # One suppression, for OpenSSL's own allocations (explained in the file).
        export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
        sanitized asan address,undefined "" -L 'unit|integration|gui'
    ) || status=1

    # Not built while the other stages run: the tests that measure how soon a user is told
    # something (tst_connection) came out late with a compiler running beside them, niced or not.
    tsan_qt=$build_dir-tsan-qt
    if bash "$root/tests/tsan/build-qt.sh" "$tsan_qt" >"$tsan_qt.log" 2>&1; then
        tail -1 "$tsan_qt.log"
        (
            # die_after_fork=0: the fault tests start and stop brokers with QProcess, whose
            # child starts a thread before it runs the script; the child is not checked.
            TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0"
            export TSAN_OPTIONS="$TSAN_OPTIONS:suppressions=$root/tests/tsan/tsan.supp"
            sanitized tsan thread "-DTOPICDESK_CORE_ONLY=ON -DCMAKE_PREFIX_PATH=$tsan_qt" \
                -L 'unit|integration'
        ) || status=1
    else
        cat "$tsan_qt.log"
        echo "== the ThreadSanitizer stage's Qt did not build: no ThreadSanitizer stage"
        status=1
    fi
fi
echo "== tools/test.sh finished in $(( $(date +%s) - started )) s with status $status"
exit $status
