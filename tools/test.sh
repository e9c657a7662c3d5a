#!/usr/bin/env bash
# Runs every TopicDesk test on Debian 12 and Debian 13: on a fresh Debian 12 machine it installs
# the Debian packages, a JDK and Maven (tools/run.sh --tests), builds with the tests and runs
# them; then it makes a Debian 13 root with debootstrap (tests/debian/root.sh, kept in
# BUILD/debian13 for the next run) and does the same inside it. The integration and GUI tests
# start real Apache Kafka brokers from Maven Central (tests/broker/), one per version in
# TOPICDESK_KAFKA_VERSIONS, and a real schema registry (tests/registry/).
#
# Each system runs the whole suite once, in its own kind of build, so that both fit in CI's time:
# - Debian 12 (Qt 6.4, librdkafka 2.0): a Release build, then ThreadSanitizer: TopicDesk's core
#   and the tests that use no window, against a Qt built with -sanitize thread from Debian's
#   source (tests/tsan/build-qt.sh, about 4 minutes), with suppressions for uninstrumented
#   librdkafka and Qt's own internals only (tests/tsan/tsan.supp) and a canary race the stage
#   must report;
# - Debian 13 (Qt 6.8, librdkafka 2.8): AddressSanitizer and UndefinedBehaviorSanitizer (leaks
#   included), suppressing only a leak inside OpenSSL (tests/lsan.supp says why).
# The exit status is non-zero when any stage failed.
#
#   tools/test.sh [--debian 12|13] [CTEST ARGUMENTS...]     e.g. tools/test.sh --debian 13 -L unit
#
# --debian N runs only that system's stages: on the machine when it is Debian N, otherwise in a
# Debian N root. With ctest arguments only the first stage of each system runs, with them.
# TOPICDESK_SANITIZERS=0 leaves out the sanitizer stages (a quicker local run: Release on the
# machine only).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${TOPICDESK_BUILD_DIR:-$root/build}
started=$(date +%s)

systems=(12 13)
if [ "${1:-}" = --debian ]; then
    [ $# -ge 2 ] || { echo "test.sh: --debian needs 12 or 13" >&2; exit 2; }
    case $2 in
        12|13) systems=("$2") ;;
        *) echo "test.sh: --debian $2: only Debian 12 and 13 are supported" >&2; exit 2 ;;
    esac
    shift 2
fi
this_system=$(. /etc/os-release && echo "${VERSION_ID%%.*}")
sanitizers=1
[ "${TOPICDESK_SANITIZERS:-1}" = 0 ] && sanitizers=0
[ "$sanitizers" = 0 ] && systems=("$this_system")
ctest_args=("$@")

status=0
elapsed() { echo "$(($(date +%s) - $1)) s"; }

release_stage() {
    "$root/tools/run.sh" --build-only --tests
    echo "== tests (Release, Debian $this_system)"
    (cd "$build_dir" && ctest --output-on-failure --timeout 900 -j2 "${ctest_args[@]}")
}

# A sanitizer stage: configure and build a tree of its own, then run the tests whose labels
# match. Reports stop the program (-fno-sanitize-recover, halt_on_error), so they fail the test.
sanitized() { # sanitized NAME SANITIZERS "CMAKE_ARGS..." CTEST_ARGS...
    local name=$1 sanitizers=$2 cmake_args=$3
    shift 3
    local dir=$build_dir-$name
    echo "== tests with -fsanitize=$sanitizers in $dir (Debian $this_system)"
    generator=(-G Ninja)
    [ -f "$dir/CMakeCache.txt" ] && generator=()
    # shellcheck disable=SC2086 # cmake_args is a list of words
    cmake -S "$root" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTOPICDESK_BUILD_TESTS=ON "-DTOPICDESK_SANITIZE=$sanitizers" $cmake_args >/dev/null
    cmake --build "$dir"
    (cd "$dir" && ctest --output-on-failure --timeout 900 -j2 "$@")
}

asan_stage() {
    "$root/tools/run.sh" --deps-only --tests
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    # One suppression, for OpenSSL's own allocations (explained in the file).
    export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
    if [ ${#ctest_args[@]} -gt 0 ]; then
        sanitized asan address,undefined "" "${ctest_args[@]}"
    else
        sanitized asan address,undefined "" -E '^bench\.'
    fi
}

tsan_stage() {
    # Not built while the other stages run: the tests that measure how soon a user is told
    # something (tst_connection) came out late with a compiler running beside them, niced or not.
    local tsan_qt=$build_dir-tsan-qt
    if ! bash "$root/tests/tsan/build-qt.sh" "$tsan_qt" >"$tsan_qt.log" 2>&1; then
        cat "$tsan_qt.log"
        echo "== the ThreadSanitizer stage's Qt did not build: no ThreadSanitizer stage"
        return 1
    fi
    tail -1 "$tsan_qt.log"
    # die_after_fork=0: the fault tests start and stop brokers with QProcess, whose child starts
    # a thread before it runs the script; the child is not checked.
    TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:die_after_fork=0"
    export TSAN_OPTIONS="$TSAN_OPTIONS:suppressions=$root/tests/tsan/tsan.supp"
    sanitized tsan thread "-DTOPICDESK_CORE_ONLY=ON -DCMAKE_PREFIX_PATH=$tsan_qt" \
        -L 'unit|integration'
}

stages_of() { # stages_of SYSTEM: the stages that system runs, first one first
    case $1 in
        12) echo release; [ "$sanitizers" = 1 ] && [ ${#ctest_args[@]} = 0 ] && echo tsan ;;
        13) if [ "$sanitizers" = 1 ]; then echo asan; else echo release; fi ;;
    esac
    return 0
}

# Another system's stages run in a root of it; the root is made (or refreshed) in the background
# while this machine builds, and waited for before this machine's tests start (a compiler or
# dpkg running beside them makes the timing tests late).
other_root=""
other_pid=""
for system in "${systems[@]}"; do
    [ "$system" = "$this_system" ] && continue
    other_root=$build_dir/debian$system/root
    mkdir -p "$build_dir/debian$system"
    (bash "$root/tests/debian/root.sh" prepare "$other_root" "$system" &&
        bash "$root/tests/debian/root.sh" run "$other_root" -- \
            bash "$root/tools/run.sh" --deps-only --tests) \
        >"$build_dir/debian$system/prepare.log" 2>&1 &
    other_pid=$!
done

for system in "${systems[@]}"; do
    stage_started=$(date +%s)
    if [ "$system" = "$this_system" ]; then
        for stage in $(stages_of "$system"); do
            if [ "$stage" = release ] && [ -n "$other_pid" ]; then
                "$root/tools/run.sh" --build-only --tests || status=1
                wait "$other_pid" || { cat "$(dirname "$other_root")/prepare.log"; status=1; }
                other_pid=""
            fi
            ("${stage}_stage") || status=1
        done
    else
        if [ -n "$other_pid" ]; then
            wait "$other_pid" || { cat "$build_dir/debian$system/prepare.log"; status=1; }
            other_pid=""
        fi
        tail -2 "$build_dir/debian$system/prepare.log"
        echo "== Debian $system, in $other_root"
        bash "$root/tests/debian/root.sh" run "$other_root" -- \
            env TOPICDESK_BUILD_DIR="$build_dir/debian$system/build" \
            TOPICDESK_SANITIZERS="$sanitizers" \
            bash "$root/tools/test.sh" --debian "$system" "${ctest_args[@]}" || status=1
    fi
    echo "== Debian $system finished in $(elapsed "$stage_started")"
done
echo "== tools/test.sh finished in $(elapsed "$started") with status $status"
exit $status
