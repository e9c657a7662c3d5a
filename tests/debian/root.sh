#!/usr/bin/env bash
# A Debian root of another release, for building and testing TopicDesk there (tools/test.sh
# --debian N). The root is made with debootstrap from the machine's own Debian mirror and kept:
# a second run reuses it, and apt's downloads stay in its own cache.
#
#   root.sh prepare ROOT RELEASE        debootstrap RELEASE (12 or 13) into ROOT, once
#   root.sh run ROOT [--] COMMAND...    run COMMAND as root inside ROOT, the repository mounted
#                                       at its own path, in a mount namespace of its own: the
#                                       mounts are gone when it ends, however it ends
#
# Inside, the repository sits at the same path as outside, so build trees and logs read the
# same from both sides. /root/.m2 is the machine's Maven repository (the Kafka broker's jars
# are downloaded once for both systems). Network, ports and processes are the machine's own:
# servers started inside listen on the machine's 127.0.0.1.
set -euo pipefail

PROG=${0##*/}
die() { echo "$PROG: $*" >&2; exit 1; }

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)

codename() { # codename RELEASE
    case $1 in
        12) echo bookworm ;;
        13) echo trixie ;;
        *) die "Debian $1 is not one this script knows (12 or 13)" ;;
    esac
}

# The machine's Debian mirrors, from its apt sources (deb822 or one-line format).
mirror() { # mirror security|main
    local uris
    uris=$({ sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources
             sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*\) .*/\2/p' /etc/apt/sources.list \
                 /etc/apt/sources.list.d/*.list; } 2>/dev/null || true)
    if [ "$1" = security ]; then
        echo "$uris" | grep -m1 -- '-security' || echo http://deb.debian.org/debian-security
    else
        echo "$uris" | grep -v -- '-security' | grep -m1 . || echo http://deb.debian.org/debian
    fi
}

prepare() { # prepare ROOT RELEASE
    local root=$1 release=$2 name main security
    name=$(codename "$release")
    if [ -f "$root/etc/topicdesk-root" ] && [ "$(cat "$root/etc/topicdesk-root")" = "$name" ]; then
        echo "== Debian $release root in $root (kept from an earlier run)"
        return
    fi
    command -v debootstrap >/dev/null || {
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq debootstrap >/dev/null
    }
    main=$(mirror main)
    security=$(mirror security)
    echo "== debootstrap Debian $release ($name) from $main into $root"
    # A run stopped hard could have left a mount behind; deleting through it would delete the
    # repository or the Maven cache.
    if grep -q " $root/" /proc/mounts; then
        die "something is still mounted under $root; umount it first (grep $root /proc/mounts)"
    fi
    "${sudo[@]}" rm -rf --one-file-system "$root"
    mkdir -p "$root"
    "${sudo[@]}" debootstrap --variant=minbase "$name" "$root" "$main" >"$root.debootstrap.log" 2>&1 ||
        { tail -20 "$root.debootstrap.log" >&2; die "debootstrap failed (log: $root.debootstrap.log)"; }
    "${sudo[@]}" tee "$root/etc/apt/sources.list" >/dev/null <<EOF
deb $main $name main
deb $main $name-updates main
deb $security $name-security main
EOF
    # No services start inside the root while packages are installed.
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$root/usr/sbin/policy-rc.d" >/dev/null
    "${sudo[@]}" chmod +x "$root/usr/sbin/policy-rc.d"
    echo "$name" | "${sudo[@]}" tee "$root/etc/topicdesk-root" >/dev/null
}

# The machine's own certificate authorities (/usr/local/share/ca-certificates: a company's, or a
# proxy's that re-signs TLS) are trusted inside too, or nothing in the root reaches Maven Central
# or the npm registry through such a proxy. Java's trust store follows through ca-certificates-java.
trust_local_cas() { # trust_local_cas ROOT
    local root=$1 source=/usr/local/share/ca-certificates
    [ -d "$source" ] || return 0
    mkdir -p "$root$source"
    diff -rq "$source" "$root$source" >/dev/null 2>&1 && return 0
    cp -a "$source/." "$root$source/"
    if [ -x "$root/usr/sbin/update-ca-certificates" ]; then
        chroot "$root" /usr/sbin/update-ca-certificates >/dev/null 2>&1 ||
            echo "$PROG: update-ca-certificates failed inside $root" >&2
    fi
}

# The mounts are made in a mount namespace of the command's own (unshare): they exist only for
# it, vanish with it however it ends, and several commands can use one root at once.
run() { # run ROOT [--] COMMAND...
    local root=$1
    shift
    [ "${1:-}" = -- ] && shift
    [ $# -gt 0 ] || die "run: no command"
    [ -f "$root/etc/topicdesk-root" ] || die "$root is not a prepared root (root.sh prepare)"
    root=$(cd "$root" && pwd)
    exec "${sudo[@]}" unshare --mount --propagation private -- \
        bash "${BASH_SOURCE[0]}" inside "$root" "$@"
}

inside() { # inside ROOT COMMAND..., in the new mount namespace
    local root=$1
    shift
    bind() { # bind TARGET SOURCE-OR-TYPE [MOUNT ARGUMENTS...]: unless a copied mount is there
        local target=$1
        shift
        mkdir -p "$target"
        mountpoint -q "$target" || mount "$@" "$target"
    }
    bind "$root/proc" -t proc proc
    bind "$root/sys" -t sysfs sysfs
    bind "$root/dev" --rbind /dev
    bind "$root$root_dir" --bind "$root_dir"
    mkdir -p "$HOME/.m2"
    bind "$root/root/.m2" --bind "$HOME/.m2"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    trust_local_cas "$root"
    # Node.js reads its own CA list, not the system's, unless told.
    exec chroot "$root" /usr/bin/env -i HOME=/root \
        PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt "$@"
}

case ${1:-} in
    prepare) [ $# = 3 ] || die "usage: $PROG prepare ROOT RELEASE"; prepare "$2" "$3" ;;
    run) [ $# -ge 3 ] || die "usage: $PROG run ROOT [--] COMMAND..."; shift; run "$@" ;;
    inside) shift; inside "$@" ;;
    *) sed -n '2,13p' "${BASH_SOURCE[0]}" >&2; exit 2 ;;
esac
