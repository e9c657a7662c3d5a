#!/usr/bin/env bash
# Builds the Qt that tools/test.sh's ThreadSanitizer stage runs against: Debian's own Qt source
# (qt6-base 6.4.2, the version Debian 12 ships) compiled with -sanitize thread, only the modules
# TopicDesk's core and its tests use (Core, Concurrent, Network, Test), and installed into PREFIX.
# Debian's Qt is not instrumented, so its mutexes, thread waits and queued calls would be
# invisible to the runtime and read as races in every test that ends a thread (README).
#
#   tests/tsan/build-qt.sh PREFIX
#
# The source comes from the Debian mirror apt uses (checked against its SHA-256); a PREFIX that
# holds a finished build of the same configuration (its marker file names it) is kept. About
# 6 minutes on 2 cores.
set -euo pipefail

prefix=${1:?usage: build-qt.sh PREFIX}
version=6.4.2
tarball=qt6-base_$version+dfsg.orig.tar.xz
sha256=4f14b89a9463a540fd84a6718b8519a2297119b454ef547721015a9e9019ae9e

# Named in the marker: a build made with other features is made again.
configuration="core concurrent network(http,openssl) test"
if [ "$(cat "$prefix/.topicdesk-built" 2>/dev/null)" = "$configuration" ]; then
    echo "== Qt $version with ThreadSanitizer: $prefix (built before)"
    exit 0
fi
rm -rf "$prefix"

# The first Debian mirror in apt's sources (deb822 or one-line format).
mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)\/\{0,1\}$/\1/p' /etc/apt/sources.list.d/*.sources \
    2>/dev/null | head -1 || true)
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^deb \(\[[^]]*\] \)\{0,1\}\(http[^ ]*\/debian\)\/\{0,1\} .*/\2/p' \
        /etc/apt/sources.list 2>/dev/null | head -1 || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

work=$prefix.build
mkdir -p "$work"
if ! echo "$sha256  $work/$tarball" | sha256sum --check --status 2>/dev/null; then
    echo "== downloading $mirror/pool/main/q/qt6-base/$tarball"
    curl --fail --silent --show-error --location --retry 3 -o "$work/$tarball" \
        "$mirror/pool/main/q/qt6-base/$tarball"
    echo "$sha256  $work/$tarball" | sha256sum --check --quiet ||
        { echo "build-qt.sh: $tarball does not have the expected SHA-256" >&2; exit 1; }
fi
rm -rf "$work/src" "$work/build"
mkdir -p "$work/src" "$work/build"
tar -xJf "$work/$tarball" -C "$work/src" --strip-components=1

echo "== configuring Qt $version with ThreadSanitizer in $work/build"
# The host's own Qt tools (moc, rcc) are used, so none are built: the build counts as a
# cross-build (CMAKE_SYSTEM_NAME) for the host Qt at /usr. No GLib event loop and no GUI: what
# the instrumented Qt leaves out, TopicDesk's core does not use. HTTP and TLS (OpenSSL, loaded
# at run time and not instrumented) are in: the schema registry client uses them.
(cd "$work/build" && "$work/src/configure" -prefix "$prefix" -release -sanitize thread \
    -no-gui -no-widgets -no-dbus -no-opengl -no-glib -openssl-runtime -nomake examples -nomake tests \
    -no-feature-sql -no-feature-networkdiskcache -no-feature-dnslookup \
    -no-feature-sctp -no-feature-localserver -no-feature-udpsocket -no-feature-topleveldomain \
    -no-feature-gssapi -no-feature-brotli -no-feature-mimetype \
    -qt-host-path /usr -- "-DQT_HOST_PATH_CMAKE_DIR=/usr/lib/$(gcc -print-multiarch)/cmake" \
    -DCMAKE_SYSTEM_NAME=Linux "-DCMAKE_SYSTEM_PROCESSOR=$(uname -m)") >"$work/configure.log" 2>&1 ||
    { tail -40 "$work/configure.log" >&2; exit 1; }

echo "== building Qt $version with ThreadSanitizer"
cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; exit 1; }
cmake --install "$work/build" >/dev/null
rm -rf "$work/src" "$work/build"
echo "$configuration" >"$prefix/.topicdesk-built"
echo "== Qt $version with ThreadSanitizer installed in $prefix"
