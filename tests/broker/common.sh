# Functions the test servers' scripts share (broker.sh, cluster.sh, ../registry/registry.sh);
# sourced, not run. die expects the sourcing script to set PROG (its name, for messages).

die() { echo "$PROG: $*" >&2; exit 1; }

usage() {
    # The running script's "# Usage:" block up to the first empty comment line. The script is
    # the outermost entry of BASH_SOURCE ([0] is this file).
    sed -n '/^# Usage:/,/^#$/p' "${BASH_SOURCE[-1]}" | sed '1d;$d;s/^# \{0,1\}//' >&2
    exit 2
}

abspath() { # abspath DIR (creates it)
    mkdir -p "$1"
    (cd "$1" && pwd)
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

free_ports() { # free_ports N: prints N distinct free loopback TCP ports
    python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()
PY
}

# make_test_ca DIR WHAT: a fresh throwaway CA in DIR (ca.pem, ca.key), a certificate for the
# server WHAT names ("broker", "registry") valid for IP:127.0.0.1 only (server.pem, server.key),
# a client certificate signed by the CA (client.pem, client.key) and a second CA that signed
# none of them (other-ca.pem), for wrong-CA tests. Runs in a bash of its own, so that set -e
# holds even when the caller runs under '||'; openssl's output goes to DIR/tls.log, printed
# when it fails.
make_test_ca() {
    local dir=$1 what=$2
    command -v openssl >/dev/null ||
        { echo "openssl is needed for the test servers' TLS (Debian package openssl)" >&2; return 1; }
    rm -rf "$dir"
    mkdir -p "$dir"
    bash -euo pipefail -s -- "$dir" "$what" >"$dir/tls.log" 2>&1 <<'TLS' || {
cd "$1"
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
ca() { # ca NAME SUBJECT
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -sha256 -days 2 -subj "$2" \
        -addext basicConstraints=critical,CA:TRUE \
        -addext keyUsage=critical,keyCertSign,cRLSign -out "$1.pem"
}
signed() { # signed NAME SUBJECT EXTENSIONS
    key "$1.key"
    openssl req -new -key "$1.key" -subj "$2" -out "$1.csr"
    printf '%s\n' "$3" >"$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 \
        -days 2 -extfile "$1.ext" -out "$1.pem"
    rm -f "$1.csr" "$1.ext"
}
ca ca "/CN=TopicDesk test $2 CA"
ca other-ca "/CN=TopicDesk other test CA"
rm -f other-ca.key
signed server "/CN=TopicDesk test $2" "subjectAltName=IP:127.0.0.1
extendedKeyUsage=serverAuth
keyUsage=critical,digitalSignature"
signed client "/CN=topicdesk-test-client" "extendedKeyUsage=clientAuth
keyUsage=critical,digitalSignature"
TLS
        cat "$dir/tls.log" >&2
        echo "making the test CA in $dir failed" >&2
        return 1
    }
    rm -f "$dir/tls.log"
}
