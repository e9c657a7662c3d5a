#!/usr/bin/env bash
# Builds the .deb from a build tree (cpack) and checks what someone installing it relies on: it
# is named for the Debian release it was built on, its dependencies are that release's own
# libraries and can be installed there (apt-get --simulate), and the binary it carries starts
# and prints its version.
#
#   check-deb.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: check-deb.sh BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

debian=$(. /etc/os-release && echo "${VERSION_ID%%.*}")
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$debian" ] && [ -n "$version" ] || fail "no Debian release or project version found"

(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the package"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, got: ${debs[*]}"
deb=${debs[0]}
name=${deb##*/}
expected="topicdesk_${version}-1~deb${debian}_$(dpkg --print-architecture).deb"
[ "$name" = "$expected" ] || fail "package named $name, expected $expected"
echo "package: $name"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The libraries the binary links, as this release's packages name them (Debian 13's Qt packages
# carry the t64 suffix of its 64-bit time_t transition; Debian 12's do not).
qtcore=$(dpkg -S "$(readlink -f /usr/lib/*/libQt6Core.so.6)" | cut -d: -f1)
rdkafka=$(dpkg -S "$(readlink -f /usr/lib/*/librdkafka.so.1)" | cut -d: -f1)
for package in "$qtcore" "$rdkafka"; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends does not name $package"
done

apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "the package's dependencies cannot be installed here"; }

dpkg-deb -x "$deb" "$work/root"
for file in usr/bin/topicdesk usr/share/applications/io.github.topicdesk.TopicDesk.desktop \
    usr/share/metainfo/io.github.topicdesk.TopicDesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.topicdesk.TopicDesk.svg; do
    [ -f "$work/root/$file" ] || fail "the package lacks /$file"
done
printed=$("$work/root/usr/bin/topicdesk" --version 2>&1) || fail "topicdesk --version failed: $printed"
grep -q "^TopicDesk $version\$" <<<"$printed" || fail "topicdesk --version printed: $printed"
echo "ok: $name installs on Debian $debian and its binary prints \"TopicDesk $version\""
