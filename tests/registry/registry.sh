#!/usr/bin/env bash
# Start/stop a real schema registry (Apicurio Registry, which speaks the Confluent API at
# /apis/ccompat/v7) from Maven Central, for CTest fixtures, beside tests/broker/broker.sh.
#
# Usage:
#   registry.sh fetch LIBDIR                  download and unpack the registry (idempotent)
#   registry.sh start WORKDIR                 the shared registries below in WORKDIR, wait until ready
#   registry.sh start-one WORKDIR [PORT]      one open registry over plain http only, on PORT
#                                             (default: a free one), for a test of its own
#   registry.sh stop WORKDIR                  stop what start or start-one started there
#                                             (SIGTERM, then SIGKILL after 30 s)
#   registry.sh log WORKDIR [LINES]           print the tail of the registries' logs
#   registry.sh env WORKDIR -- CMD ARGS..     run CMD with the variables below exported
#   registry.sh crosscheck-install DIR        npm ci the cross-check tool (crosscheck/) into DIR
#                                             (idempotent); prints the command prefix
#
# 'start' runs two registry JVMs (Apicurio cannot have authentication on one port and not on
# another), each with in-memory storage, bound to 127.0.0.1 only (HTTP and management ports):
#   open   no authentication, plain http AND https on two free ports. The https certificate
#          (subjectAltName IP:127.0.0.1 only) is signed by a throwaway CA made with openssl at
#          every start. Files in WORKDIR/tls. The https port does NOT ask for a client
#          certificate: quarkus.http.ssl.client-auth is fixed to NONE when Apicurio is built
#          (setting it at start only logs "Build time property cannot be changed at runtime"),
#          so a client certificate a client is configured with is simply never sent; a test
#          can check that configuring one does no harm, not that the server verified it.
#   auth   HTTP basic authentication over plain http: one user, alice / alice-secret; no
#          credentials or a wrong password get 401 (a wrong password also logs a stack trace,
#          "ELY01151: Evidence Verification Failed": expected). Switched on by
#          quarkus.http.auth.basic=true with quarkus.security.users.embedded.* (plain-text);
#          Apicurio 3 puts "basic" in its authentication chain when quarkus.http.auth.basic is
#          on, and then refuses anonymous requests.
# Java: Apicurio 3 needs Java 21+. There is no fallback to Apicurio 2.6.x (Java 17): its
# authentication is OIDC/Keycloak only, so the basic-auth registry could not be had.
# Measured on a 2-core machine (Temurin 25, -Xmx256m): 'start' ~7 s with both JVMs starting
# side by side (12 s the first time, with the Maven download of 168 MB), each ~190 MB RSS when
# ready and ~220 MB after some use; 'start-one' ~4.5 s; 'stop' well under a second.
# 'start-one' runs one "open" registry, plain http only, in a WORKDIR of its own: a test that
# stops its registry mid-way uses one of those (never the shared one):
#     bash "$TOPICDESK_TEST_REGISTRY_SCRIPT" start-one DIR      prints the base URL, writes DIR/url
#     bash "$TOPICDESK_TEST_REGISTRY_SCRIPT" stop DIR
#   (start-one takes ~3-5 s; pass the old port to bring a registry back at the same address.)
#
# Variables exported by 'env' (URLs are the Confluent API bases, no trailing slash):
#   TOPICDESK_TEST_REGISTRY             http://127.0.0.1:P/apis/ccompat/v7   (open)
#   TOPICDESK_TEST_REGISTRY_TLS         https://127.0.0.1:P/apis/ccompat/v7  (open, the same
#                                       registry as TOPICDESK_TEST_REGISTRY: same schemas, ids)
#   TOPICDESK_TEST_REGISTRY_CA          WORKDIR/tls/ca.pem, the CA that signed the https cert
#   TOPICDESK_TEST_REGISTRY_OTHER_CA    a CA that signed nothing here (wrong-CA tests)
#   TOPICDESK_TEST_REGISTRY_CLIENT_CERT, TOPICDESK_TEST_REGISTRY_CLIENT_KEY
#                                       a client certificate (PEM, EC P-256 key) signed by the CA
#   TOPICDESK_TEST_REGISTRY_AUTH        http://127.0.0.1:P/apis/ccompat/v7   (basic auth)
#   TOPICDESK_TEST_REGISTRY_USER, TOPICDESK_TEST_REGISTRY_PASSWORD   alice, alice-secret
#   TOPICDESK_TEST_REGISTRY_DIR         WORKDIR (the shared one: do not stop it)
#   TOPICDESK_TEST_REGISTRY_SCRIPT      this script, for start-one/stop of a test's own registry
#   TOPICDESK_TEST_REGISTRY_VERSION     the Apicurio version running
# CMake also exports TOPICDESK_TEST_CROSSCHECK (see crosscheck/crosscheck.js).
#
# What the registry answers (Apicurio 3.3.3, checked with curl; Content-Type application/json;
# requests with Content-Type application/vnd.schemaregistry.v1+json or application/json):
#   POST /subjects/S/versions {"schema":TEXT[,"schemaType":"AVRO"|"PROTOBUF"|"JSON"]
#                              [,"references":[{"name":"dep.proto","subject":"dep.proto","version":1}]]}
#        -> 200 {"id":N}. schemaType may be left out for AVRO. Registering the same text again
#        (in the same or in another subject) answers the same id.
#        Unparsable schema -> 422 {"message":"Failed to discover artifact type from content.",
#        "error_code":42201}.
#   GET  /schemas/ids/N -> {"schema":TEXT} for AVRO (no schemaType, as Confluent does);
#        {"schema":TEXT,"schemaType":"PROTOBUF","references":[{"name":..,"subject":..,
#        "version":1}]} and {"schema":TEXT,"schemaType":"JSON"} for the others ("references"
#        only when there are some). TEXT is the text registered, byte for byte.
#   GET  /schemas/ids/N/schema -> the schema text itself (for AVRO: the JSON, not a string).
#   GET  /schemas/ids/N/versions -> [{"subject":"S","version":1}, ...] (works; every subject
#        holding that content).
#   GET  /subjects/S/versions/latest and /subjects/S/versions/V -> {"subject":"S","version":V,
#        "id":N,"schema":TEXT[,"schemaType":..][,"references":[..]]}.
#   GET  /subjects -> ["S",...]; GET /subjects/S/versions -> [1,2]; GET /config ->
#        {"compatibilityLevel":"NONE"} (no compatibility checks by default).
#   Errors: unknown id -> 404 {"message":"Schema 999 not found.","error_code":40403};
#        unknown subject -> 404 {"message":"Subject 'nope' not found.","error_code":40401};
#        unknown version -> 404 {"message":"Version 9 not found.","error_code":40402};
#        a non-numeric id (/schemas/ids/abc) -> 404 with an EMPTY body;
#        the auth registry without or with wrong credentials -> 401, empty body, with
#        WWW-Authenticate: basic realm="Quarkus".
# Quirks: ids are content ids (Apicurio 3 default, the same as Confluent's global ids for
#   clients: one id per distinct schema text), but NOT dense: after some registrations an id
#   can be skipped (we saw 1,2,3,4,6). Never use ?format=serialized (Apicurio mangles it);
#   fetch the text. The management port (health, /health/ready) is separate from the API port.
#   Accept application/vnd.schemaregistry.v1+json, application/json or */* are fine (text/plain
#   gets 406); a POST with Content-Type text/plain gets 415. Answers are gzip-compressed when
#   the request says Accept-Encoding: gzip (Qt's network access manager does, and inflates).
#
# Files in WORKDIR written by start: url, url-tls, url-auth (base URLs; 'url' is written last
# and taken by 'env' as "up"), version, tls/, open/ and auth/ (each: registry.pid,
# registry.log, application.properties, ports). start-one writes url, version, one/.
#
# Environment:
#   TOPICDESK_REGISTRY_LIBS           LIBDIR (default WORKDIR/../apicurio-VERSION)
#   TOPICDESK_REGISTRY_VERSION        Apicurio version (default 3.3.3; needs Java 21+)
#   TOPICDESK_REGISTRY_START_TIMEOUT  seconds to wait for readiness (default 120)
#   TOPICDESK_REGISTRY_JAVA_OPTS      extra JVM options
#   JAVA_HOME / MVN                   java and maven to use; without a Java 21+ JAVA_HOME or
#                                     java on PATH, the newest JDK under /usr/lib/jvm is used
# Needs openssl (TLS), curl (readiness), python3 (free ports).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../broker/common.sh
. "$SCRIPT_DIR/../broker/common.sh"
SCRIPT="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
POM="$SCRIPT_DIR/pom.xml"
PROG=$(basename "$0")
MVN=${MVN:-mvn}
VERSION=${TOPICDESK_REGISTRY_VERSION:-3.3.3}
MIN_JAVA=21

USER_NAME=alice
USER_PASSWORD=alice-secret

# Fast start on a small machine: serial GC, C1 only, a small heap (in-memory storage of a few
# test schemas).
JVM_BASE_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms64m -Xmx256m
               -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true)

# ----------------------------------------------------------------- java ----

java_major() { # java_major JAVA -> prints the feature version (17, 21, 25...)
    "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

# find_java: prints a java binary of version MIN_JAVA or later, or fails.
find_java() {
    local candidate major best="" best_major=0
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
                     /usr/lib/jvm/*/bin/java; do
        [[ -n "$candidate" && -x "$candidate" ]] || continue
        major=$(java_major "$candidate")
        [[ "$major" =~ ^[0-9]+$ ]] || continue
        if ((major >= MIN_JAVA)); then
            # JAVA_HOME or PATH first when good enough; else the newest under /usr/lib/jvm.
            [[ "$candidate" != /usr/lib/jvm/* ]] && { echo "$candidate"; return 0; }
            if ((major > best_major)); then best=$candidate; best_major=$major; fi
        fi
    done
    [[ -n "$best" ]] && { echo "$best"; return 0; }
    return 1
}

java_or_die() {
    find_java || die "Apicurio Registry $VERSION needs Java $MIN_JAVA or later, and none was found" \
        "(JAVA_HOME, java on PATH, /usr/lib/jvm/*). Install one (e.g. Temurin 21 or 25 from Adoptium's apt repository, or" \
        "openjdk-21-jdk-headless on Debian 13) or point JAVA_HOME at it."
}

# ---------------------------------------------------------------- fetch ----

pom_sum() { sha256sum "$POM" | cut -c1-16; }

libs_complete() { # libs_complete LIBDIR
    local stamp="$1/.topicdesk-complete"
    [[ -f "$stamp" && "$(cat "$stamp")" == "apicurio=$VERSION pom=$(pom_sum)" ]]
}

cmd_fetch() {
    [[ $# -eq 1 ]] || usage
    local libdir
    libdir=$(abspath "$1")
    libs_complete "$libdir" && return 0

    # Serialise concurrent fetches of the same LIBDIR.
    exec {lockfd}>"$libdir.lock"
    flock "$lockfd"
    if libs_complete "$libdir"; then
        exec {lockfd}>&-
        return 0
    fi
    local tmp="$libdir.tmp.$$" mvnlog="$libdir.mvn.log" attempt t0
    t0=$(now)
    for attempt in 1 2; do
        rm -rf "$tmp"
        if "$MVN" -B -q -ntp -f "$POM" -Dapicurio.version="$VERSION" -Dregistry.libdir="$tmp" \
                dependency:unpack@registry >"$mvnlog" 2>&1 \
           && [[ -f "$tmp/quarkus-run.jar" ]]; then
            break
        fi
        if [[ $attempt -eq 2 ]]; then
            rm -rf "$tmp"
            tail -n 50 "$mvnlog" >&2 || true
            exec {lockfd}>&-
            die "maven could not fetch Apicurio Registry $VERSION (log: $mvnlog)"
        fi
        echo "$PROG: maven fetch of Apicurio Registry $VERSION failed, retrying once" >&2
        sleep 2
    done
    rm -rf "$libdir"
    mv "$tmp" "$libdir"
    echo "apicurio=$VERSION pom=$(pom_sum)" >"$libdir/.topicdesk-complete"
    rm -f "$mvnlog"
    echo "fetched Apicurio Registry $VERSION into $libdir in $(elapsed "$t0") s" \
         "($(du -sh "$libdir" | cut -f1))" >&2
    exec {lockfd}>&-
}

# -------------------------------------------------------- process utils ----

# Is PID alive and really the registry of instance directory DIR (guards against PID reuse)?
is_our_registry() { # is_our_registry PID DIR
    local pid=$1 dir=$2 cmdline
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ "$cmdline" == *quarkus-run.jar* && "$cmdline" == *"-Dtopicdesk.registry.dir=$dir "* ]]
}

is_zombie() { [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" == Z ]]; }

wait_gone() { # wait_gone PID SECONDS -> 0 when gone
    local pid=$1 deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        is_zombie "$pid" && return 0
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
    return 0
}

kill_registry() { # kill_registry PID DIR
    local pid=$1 dir=$2
    is_our_registry "$pid" "$dir" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" 30; then
        echo "$PROG: registry pid $pid did not stop within 30 s, sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || echo "$PROG: registry pid $pid still alive after SIGKILL" >&2
    fi
}

# stop_instance DIR: stops the registry of one instance directory, if any.
stop_instance() {
    local dir=$1 pid
    [[ -f "$dir/registry.pid" ]] || return 0
    pid=$(cat "$dir/registry.pid" 2>/dev/null || true)
    if is_our_registry "$pid" "$dir"; then
        kill_registry "$pid" "$dir"
        echo "registry pid $pid ($(basename "$dir")) stopped"
    fi
    rm -f "$dir/registry.pid"
}


print_log_tail() { # print_log_tail DIR LINES
    local log="$1/registry.log"
    if [[ -f "$log" ]]; then
        echo "----- last $2 lines of $log -----" >&2
        tail -n "$2" "$log" >&2 || true
        echo "----- end of $log -----" >&2
    fi
}

# ---------------------------------------------------------------- start ----

# make_tls WORKDIR: a fresh CA, the server certificate for IP:127.0.0.1 only, a client
# certificate, and a second CA that signed none of them.
make_tls() {
    make_test_ca "$1/tls" registry
}

# write_properties DIR KIND HTTP_PORT MGMT_PORT [TLS_PORT TLSDIR]
# KIND: open (http, and https when TLS_PORT is given) or auth (basic authentication).
write_properties() {
    local dir=$1 kind=$2 port=$3 mport=$4 tlsport=${5:-} tlsdir=${6:-}
    {
        echo "# Generated by tests/registry/registry.sh ($kind registry for tests)."
        echo "quarkus.http.host=127.0.0.1"
        echo "quarkus.http.port=$port"
        echo "quarkus.management.host=127.0.0.1"
        echo "quarkus.management.port=$mport"
        echo "quarkus.log.file.enabled=false"
        if [[ -n "$tlsport" ]]; then
            echo "quarkus.http.ssl-port=$tlsport"
            echo "quarkus.http.insecure-requests=enabled"
            echo "quarkus.http.ssl.certificate.files=$tlsdir/server.pem"
            echo "quarkus.http.ssl.certificate.key-files=$tlsdir/server.key"
        fi
        if [[ "$kind" == auth ]]; then
            echo "quarkus.oidc.tenant-enabled=false"
            echo "quarkus.http.auth.basic=true"
            echo "quarkus.security.users.embedded.enabled=true"
            echo "quarkus.security.users.embedded.plain-text=true"
            echo "quarkus.security.users.embedded.users.$USER_NAME=$USER_PASSWORD"
            echo "quarkus.security.users.embedded.roles.$USER_NAME=sr-admin"
        fi
    } >"$dir/application.properties"
}

# launch DIR JAVA LIBDIR: starts the registry of instance DIR (its application.properties) in
# the background, in a session of its own, with no inherited stdio. Writes DIR/registry.pid.
launch() {
    local dir=$1 java=$2 libdir=$3 extra_opts=()
    read -r -a extra_opts <<<"${TOPICDESK_REGISTRY_JAVA_OPTS:-}"
    rm -f "$dir/registry.pid" "$dir/registry.log"
    # Quarkus reads config/application.properties relative to the working directory; every
    # property is also passed as -D so that nothing depends on that lookup.
    local props=() line
    while IFS= read -r line; do
        [[ -z "$line" || "$line" == \#* ]] && continue
        props+=("-D$line")
    done <"$dir/application.properties"
    # shellcheck disable=SC2016
    # The inner bash writes its own PID and execs java, so the PID is java's.
    setsid nohup bash -c 'cd "$1" && echo $$ >"$1/registry.pid" && shift && exec "$@"' bash "$dir" \
        "$java" "${JVM_BASE_OPTS[@]}" "-Dtopicdesk.registry.dir=$dir" "${props[@]}" \
        "${extra_opts[@]}" -jar "$libdir/quarkus-run.jar" \
        </dev/null >"$dir/registry.log" 2>&1 &
}

# wait_ready DIR MGMT_PORT DEADLINE: 0 when /health/ready answers 200, 1 when the process
# died or the deadline (in SECONDS) passed, 3 when a port was taken meanwhile.
wait_ready() {
    local dir=$1 mport=$2 deadline=$3 pid=""
    while [[ -z "$pid" ]]; do
        pid=$(cat "$dir/registry.pid" 2>/dev/null || true)
        [[ -n "$pid" ]] && break
        ((SECONDS < deadline)) || { echo "$PROG: $dir: no pid file" >&2; return 1; }
        sleep 0.05
    done
    while :; do
        if ! kill -0 "$pid" 2>/dev/null || is_zombie "$pid"; then
            grep -qE "BindException|Address already in use|Port already bound" \
                "$dir/registry.log" 2>/dev/null && return 3
            print_log_tail "$dir" 100
            echo "$PROG: registry process $pid ($dir) exited" >&2
            return 1
        fi
        if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$mport/health/ready"; then
            return 0
        fi
        if ((SECONDS >= deadline)); then
            print_log_tail "$dir" 100
            echo "$PROG: registry ($dir) not ready after ${TOPICDESK_REGISTRY_START_TIMEOUT:-120} s" >&2
            return 1
        fi
        sleep 0.2
    done
}

api() { echo "http${2:+s}://127.0.0.1:$1/apis/ccompat/v7"; }

prepare_workdir() { # prepare_workdir WORKDIR -> prints java; stops leftovers, fetches
    local workdir=$1 libdir=$2 dir
    for dir in "$workdir/open" "$workdir/auth" "$workdir/one"; do
        stop_instance "$dir" >&2
    done
    rm -f "$workdir/url" "$workdir/url-tls" "$workdir/url-auth"
    cmd_fetch "$libdir"
    echo "$VERSION" >"$workdir/version"
}

libdir_for() { # libdir_for WORKDIR
    if [[ -n "${TOPICDESK_REGISTRY_LIBS:-}" ]]; then
        abspath "$TOPICDESK_REGISTRY_LIBS"
    else
        abspath "$1/../apicurio-$VERSION"
    fi
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }

cmd_start() {
    [[ $# -eq 1 ]] || usage
    local workdir libdir java t0 attempt rc rc2 timeout=${TOPICDESK_REGISTRY_START_TIMEOUT:-120}
    t0=$(now)
    workdir=$(abspath "$1")
    java=$(java_or_die)
    libdir=$(libdir_for "$workdir")
    prepare_workdir "$workdir" "$libdir"
    make_tls "$workdir" || exit 1
    mkdir -p "$workdir/open" "$workdir/auth"

    local port tlsport mport aport amport
    for attempt in 1 2 3; do
        read -r port tlsport mport aport amport < <(free_ports 5)
        write_properties "$workdir/open" open "$port" "$mport" "$tlsport" "$workdir/tls"
        write_properties "$workdir/auth" auth "$aport" "$amport"
        launch "$workdir/open" "$java" "$libdir"
        launch "$workdir/auth" "$java" "$libdir"
        local deadline=$((SECONDS + timeout))
        rc=0 rc2=0
        wait_ready "$workdir/open" "$mport" "$deadline" || rc=$?
        [[ $rc -eq 0 ]] && { wait_ready "$workdir/auth" "$amport" "$deadline" || rc2=$?; }
        if [[ $rc -eq 0 && $rc2 -eq 0 ]]; then
            break
        fi
        stop_instance "$workdir/open" >/dev/null
        stop_instance "$workdir/auth" >/dev/null
        if [[ $rc -eq 3 || $rc2 -eq 3 ]] && ((attempt < 3)); then
            echo "$PROG: a port was taken meanwhile, retrying with others" >&2
            continue
        fi
        die "Apicurio Registry $VERSION failed to start in $workdir"
    done
    echo "$port $tlsport $mport" >"$workdir/open/ports"
    echo "$aport $amport" >"$workdir/auth/ports"
    api "$tlsport" s >"$workdir/url-tls"
    api "$aport" >"$workdir/url-auth"
    # Written last: 'env' takes its presence as "the registries are up".
    api "$port" >"$workdir/url"
    local opid apid
    opid=$(cat "$workdir/open/registry.pid")
    apid=$(cat "$workdir/auth/registry.pid")
    echo "Apicurio Registry $VERSION ready in $(elapsed "$t0") s: open $(cat "$workdir/url")" \
         "and $(cat "$workdir/url-tls") (pid $opid, RSS $(rss_mb "$opid") MB)," \
         "basic auth $(cat "$workdir/url-auth") (pid $apid, RSS $(rss_mb "$apid") MB)"
}

cmd_start_one() {
    [[ $# -ge 1 && $# -le 2 ]] || usage
    local workdir libdir java t0 attempt rc port mport timeout=${TOPICDESK_REGISTRY_START_TIMEOUT:-120}
    local fixed=${2:-}
    [[ -z "$fixed" || "$fixed" =~ ^[0-9]+$ ]] || die "PORT must be a number, not '$fixed'"
    t0=$(now)
    workdir=$(abspath "$1")
    java=$(java_or_die)
    libdir=$(libdir_for "$workdir")
    prepare_workdir "$workdir" "$libdir"
    mkdir -p "$workdir/one"
    for attempt in 1 2 3; do
        if [[ -n "$fixed" ]]; then
            port=$fixed
            read -r mport < <(free_ports 1)
        else
            read -r port mport < <(free_ports 2)
        fi
        write_properties "$workdir/one" open "$port" "$mport"
        launch "$workdir/one" "$java" "$libdir"
        rc=0
        wait_ready "$workdir/one" "$mport" $((SECONDS + timeout)) || rc=$?
        [[ $rc -eq 0 ]] && break
        stop_instance "$workdir/one" >/dev/null
        if [[ $rc -eq 3 && -z "$fixed" ]] && ((attempt < 3)); then
            continue
        fi
        die "Apicurio Registry $VERSION failed to start in $workdir"
    done
    echo "$port $mport" >"$workdir/one/ports"
    api "$port" >"$workdir/url"
    echo "registry ready in $(elapsed "$t0") s (pid $(cat "$workdir/one/registry.pid")):" >&2
    cat "$workdir/url"
}

# ----------------------------------------------------------------- stop ----

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    local workdir=$1 dir
    [[ -d "$workdir" ]] || { echo "$PROG: no workdir $workdir, nothing to stop" >&2; return 0; }
    workdir=$(cd "$workdir" && pwd)
    rm -f "$workdir/url" "$workdir/url-tls" "$workdir/url-auth"
    for dir in "$workdir/open" "$workdir/auth" "$workdir/one"; do
        stop_instance "$dir"
    done
    return 0
}

# ------------------------------------------------------------ log / env ----

cmd_log() {
    [[ $# -ge 1 && $# -le 2 ]] || usage
    local dir found=0
    for dir in "$1/open" "$1/auth" "$1/one"; do
        [[ -f "$dir/registry.log" ]] || continue
        found=1
        echo "----- $dir/registry.log -----"
        tail -n "${2:-200}" "$dir/registry.log"
    done
    [[ $found -eq 1 ]] || die "no registry log under $1"
}

cmd_env() {
    [[ $# -ge 3 && "$2" == "--" ]] || usage
    local workdir=$1
    shift 2
    [[ -s "$workdir/url" && -s "$workdir/url-tls" ]] \
        || die "no registry running for $workdir (missing $workdir/url); did 'registry.sh start' run and succeed?"
    workdir=$(cd "$workdir" && pwd)
    export TOPICDESK_TEST_REGISTRY
    TOPICDESK_TEST_REGISTRY=$(cat "$workdir/url")
    export TOPICDESK_TEST_REGISTRY_TLS
    TOPICDESK_TEST_REGISTRY_TLS=$(cat "$workdir/url-tls")
    export TOPICDESK_TEST_REGISTRY_AUTH
    TOPICDESK_TEST_REGISTRY_AUTH=$(cat "$workdir/url-auth")
    export TOPICDESK_TEST_REGISTRY_CA=$workdir/tls/ca.pem \
        TOPICDESK_TEST_REGISTRY_OTHER_CA=$workdir/tls/other-ca.pem \
        TOPICDESK_TEST_REGISTRY_CLIENT_CERT=$workdir/tls/client.pem \
        TOPICDESK_TEST_REGISTRY_CLIENT_KEY=$workdir/tls/client.key \
        TOPICDESK_TEST_REGISTRY_USER=$USER_NAME TOPICDESK_TEST_REGISTRY_PASSWORD=$USER_PASSWORD \
        TOPICDESK_TEST_REGISTRY_DIR=$workdir TOPICDESK_TEST_REGISTRY_SCRIPT=$SCRIPT
    export TOPICDESK_TEST_REGISTRY_VERSION
    TOPICDESK_TEST_REGISTRY_VERSION=$(cat "$workdir/version" 2>/dev/null || echo unknown)
    local rc=0
    "$@" || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "$PROG: '$*' exited with status $rc (registry $TOPICDESK_TEST_REGISTRY)" >&2
        print_log_tail "$workdir/open" 60
        print_log_tail "$workdir/auth" 30
    fi
    exit "$rc"
}

# ----------------------------------------------------------- crosscheck ----

# crosscheck-install DIR: node_modules for crosscheck/ from its package-lock.json, in DIR
# (a build directory), reinstalled only when the lock changes. Prints the command prefix.
cmd_crosscheck_install() {
    [[ $# -eq 1 ]] || usage
    local dir src="$SCRIPT_DIR/crosscheck" sum
    command -v node >/dev/null && command -v npm >/dev/null \
        || die "node and npm are needed for the cross-check tool (Debian packages nodejs, npm)"
    dir=$(abspath "$1")
    sum=$(cat "$src/package.json" "$src/package-lock.json" "$src/crosscheck.js" | sha256sum | cut -c1-16)
    exec {lockfd}>"$dir.lock"
    flock "$lockfd"
    if [[ "$(cat "$dir/.topicdesk-complete" 2>/dev/null)" != "$sum" ]]; then
        rm -rf "$dir/node_modules" "$dir/.topicdesk-complete"
        cp "$src/package.json" "$src/package-lock.json" "$src/crosscheck.js" "$dir/"
        npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >&2 \
            || die "npm ci of the cross-check tool failed in $dir"
        echo "$sum" >"$dir/.topicdesk-complete"
    fi
    exec {lockfd}>&-
    echo "node $dir/crosscheck.js"
}

# ----------------------------------------------------------------- main ----

[[ $# -ge 1 ]] || usage
sub=$1
shift
case "$sub" in
    fetch) cmd_fetch "$@" ;;
    start) cmd_start "$@" ;;
    start-one) cmd_start_one "$@" ;;
    stop) cmd_stop "$@" ;;
    log) cmd_log "$@" ;;
    env) cmd_env "$@" ;;
    crosscheck-install) cmd_crosscheck_install "$@" ;;
    -h|--help|help) usage ;;
    *) echo "$PROG: unknown subcommand '$sub'" >&2; usage ;;
esac
