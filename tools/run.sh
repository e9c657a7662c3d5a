#!/usr/bin/env bash
# Builds TopicDesk and starts it, on a fresh Debian 12 machine with nothing but this repository:
# installs the Debian packages it lacks, configures (Release, Ninja), builds, runs.
#
#   tools/run.sh [--build-only | --deps-only] [--tests] [-- TOPICDESK ARGUMENTS...]
#
# With no KAFKA_BROKERS in the environment (and no --brokers) TopicDesk connects to its
# built-in sandbox broker. --tests also installs what the tests need (a JDK and Maven for the
# Kafka broker) and builds the tests; tools/test.sh uses it. --deps-only installs and stops.
# Debian 12 and 13 are both supported (each with its own package names).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${TOPICDESK_BUILD_DIR:-$root/build}
build_only=0
deps_only=0
with_tests=0
while [ $# -gt 0 ]; do
    case $1 in
        --build-only) build_only=1 ;;
        --deps-only) deps_only=1 ;;
        --tests) with_tests=1 ;;
        --) shift; break ;;
        -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

packages=(cmake ninja-build g++ pkg-config librdkafka-dev libgl-dev
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          qt6-qpa-plugins qtkeychain-qt6-dev fonts-dejavu-core
          libavro-dev libprotobuf-dev libprotoc-dev)
if [ "$with_tests" = 1 ]; then
    # The Kafka broker needs Java 17 or later, the schema registry 21 or later; an installed
    # one is fine (tests/registry/registry.sh also looks in /usr/lib/jvm). Debian 12 has 17,
    # Debian 13 has 21.
    java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1 || true)
    if [ "${java_major:-0}" -lt 17 ] 2>/dev/null || [ -z "$java_major" ]; then
        debian=$(. /etc/os-release && echo "${VERSION_ID%%.*}")
        if [ "${debian:-12}" -ge 13 ] 2>/dev/null; then
            packages+=(openjdk-21-jdk-headless)
        else
            packages+=(openjdk-17-jdk-headless)
        fi
    fi
    command -v mvn >/dev/null || packages+=(maven)
    command -v python3 >/dev/null || packages+=(python3)
    command -v kcat >/dev/null || packages+=(kcat) # the benchmark's produce reference
    command -v openssl >/dev/null || packages+=(openssl) # the test broker's throwaway CA
    # Building the .deb in the package test: dpkg-shlibdeps for its dependencies, file for CPack.
    packages+=(dpkg-dev file)
    # The schema registry tests' independent cross-check tool (tests/registry/crosscheck).
    command -v node >/dev/null || packages+=(nodejs)
    command -v npm >/dev/null || packages+=(npm)
    # Downloading and building Qt's source for the ThreadSanitizer stage (tests/tsan/build-qt.sh),
    # with OpenSSL's headers for its TLS backend.
    packages+=(curl xz-utils perl libssl-dev)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

[ "$deps_only" = 1 ] && exit 0

echo "== building in $build_dir"
configure=(-DCMAKE_BUILD_TYPE=Release)
# Only ever switch the tests on: a later plain run.sh keeps a build tree's tests.
[ "$with_tests" = 1 ] && configure+=(-DTOPICDESK_BUILD_TESTS=ON)
generator=(-G Ninja)
[ -f "$build_dir/CMakeCache.txt" ] && generator=()
cmake -S "$root" -B "$build_dir" "${generator[@]}" "${configure[@]}" >/dev/null
cmake --build "$build_dir"

[ "$build_only" = 1 ] && exit 0
exec "$build_dir/src/app/topicdesk" "$@"
