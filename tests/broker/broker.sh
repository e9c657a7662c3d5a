#!/usr/bin/env bash
# Start/stop a real single-node Apache Kafka broker (KRaft, combined
# broker+controller) from Maven Central artifacts, for CTest fixtures.
#
# Usage:
#   broker.sh fetch VERSION LIBDIR        download the broker classpath (idempotent)
#   broker.sh start VERSION WORKDIR       fresh broker in WORKDIR, wait until ready
#   broker.sh stop  WORKDIR               stop it (SIGTERM, then SIGKILL after 30 s)
#   broker.sh log   WORKDIR [LINES]       print the tail of WORKDIR/broker.log
#   broker.sh env   WORKDIR -- CMD ARGS.. run CMD with TOPICDESK_TEST_BROKERS,
#                                         TOPICDESK_TEST_SASL_BROKERS, the TLS and
#                                         slow-listener variables below and
#                                         TOPICDESK_TEST_KAFKA_VERSION exported
#   broker.sh java  WORKDIR CLASS ARGS..  run a Kafka main class (tools) on the
#                                         broker's classpath
#
# Listeners (each on its own free 127.0.0.1 port):
#   PLAINTEXT       no authentication; also the inter-broker listener.
#                   Address in WORKDIR/bootstrap and TOPICDESK_TEST_BROKERS.
#   SASL_PLAINTEXT  SASL without TLS; mechanisms PLAIN, SCRAM-SHA-256 and
#                   SCRAM-SHA-512, one user: alice / alice-secret (PLAIN via the
#                   listener's JAAS config, SCRAM credentials stored at format
#                   time with --add-scram). Address in WORKDIR/bootstrap-sasl
#                   and TOPICDESK_TEST_SASL_BROKERS.
#   SSL             TLS, server certificate only. The certificate (subjectAltName
#                   IP:127.0.0.1 only, no DNS name) is signed by a throwaway CA made
#                   with openssl at every start. Address in WORKDIR/bootstrap-ssl and
#                   TOPICDESK_TEST_SSL_BROKERS.
#   SASL_SSL        SASL over TLS, same certificate and users as the two above.
#                   WORKDIR/bootstrap-sasl-ssl, TOPICDESK_TEST_SASL_SSL_BROKERS.
#   MTLS            TLS with ssl.client.auth=required: only clients presenting a
#                   certificate signed by the CA get in. WORKDIR/bootstrap-mtls,
#                   TOPICDESK_TEST_MTLS_BROKERS.
#   SLOW            PLAINTEXT, but advertised at another free port where nothing
#                   listens: a test puts its own (slow, pausing) TCP proxy there,
#                   forwarding to the listener, so that every connection a client
#                   makes to this listener, bootstrap and learned alike, goes through
#                   the proxy. WORKDIR/bootstrap-slow (the advertised address, where
#                   the proxy must listen) and WORKDIR/slow-upstream (the listener):
#                   TOPICDESK_TEST_SLOW_PROXY and TOPICDESK_TEST_SLOW_UPSTREAM.
#   CONTROLLER      KRaft controller, PLAINTEXT, not advertised.
# No authorizer: every client (anonymous or alice) may do everything.
#
# TLS files in WORKDIR/tls, exported by 'env': ca.pem (TOPICDESK_TEST_SSL_CA),
# other-ca.pem, a CA that signed nothing here (TOPICDESK_TEST_SSL_OTHER_CA),
# client.pem and client.key, a client certificate signed by the CA
# (TOPICDESK_TEST_SSL_CLIENT_CERT, TOPICDESK_TEST_SSL_CLIENT_KEY). The broker's
# keystore server.p12 and its truststore (ca.pem) are there too.
#
# Files in WORKDIR written by start: server.properties, broker.log, broker.pid,
# bootstrap (host:port of PLAINTEXT), bootstrap-sasl (host:port of
# SASL_PLAINTEXT), bootstrap-ssl, bootstrap-sasl-ssl, bootstrap-mtls,
# bootstrap-slow, slow-upstream, tls/, version, libdir, data/ (log.dirs), logs/.
#
# Environment:
#   TOPICDESK_KAFKA_LIBS           LIBDIR to use (default WORKDIR/../kafka-libs-VERSION)
#   TOPICDESK_KAFKA_START_TIMEOUT  seconds to wait for readiness (default 120)
#   TOPICDESK_KAFKA_JAVA_OPTS      extra JVM options for the broker
#   TOPICDESK_KAFKA_SERVER_PROPS   extra server.properties lines (newline separated),
#                                  appended last so they override the defaults
#   TOPICDESK_BROKER_LOG_ON_STOP=1 print the broker log tail on stop
#   JAVA_HOME / MVN                java and maven to use (default: from PATH)
# Needs openssl (Debian package openssl) for the throwaway CA.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"
POM="$SCRIPT_DIR/pom.xml"
PROG=$(basename "$0")

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA=java
fi
MVN=${MVN:-mvn}

# Fast start on a small machine: serial GC and C1 only (the broker in tests
# never runs long enough for C2 to pay off).
JVM_BASE_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true
               -Djava.awt.headless=true)
# slf4j-simple (see pom.xml) writes to stderr -> broker.log.
SLF4J_OPTS=(-Dorg.slf4j.simpleLogger.showDateTime=true
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS"
            -Dorg.slf4j.simpleLogger.defaultLogLevel=info)

# ---------------------------------------------------------------- fetch ----

pom_sum() { sha256sum "$POM" | cut -c1-16; }

libs_complete() { # libs_complete VERSION LIBDIR
    local stamp="$2/.topicdesk-complete"
    [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "kafka=$1 pom=$(pom_sum)" ]]
}

cmd_fetch() {
    [[ $# -eq 2 ]] || usage
    local version=$1 libdir
    libdir=$(abspath "$2")
    libs_complete "$version" "$libdir" && return 0

    # Serialise concurrent fetches of the same LIBDIR (parallel CTest fixtures).
    exec {lockfd}>"$libdir.lock"
    flock "$lockfd"
    if libs_complete "$version" "$libdir"; then
        exec {lockfd}>&-
        return 0
    fi

    local tmp="$libdir.tmp.$$" mvnlog="$libdir.mvn.log" attempt t0
    t0=$(now)
    for attempt in 1 2; do
        rm -rf "$tmp"
        if "$MVN" -B -q -ntp -f "$POM" -Dkafka.version="$version" \
                dependency:copy-dependencies -DoutputDirectory="$tmp" \
                >"$mvnlog" 2>&1 \
           && compgen -G "$tmp/kafka_2.13-$version.jar" >/dev/null \
           && compgen -G "$tmp/slf4j-simple-*.jar" >/dev/null; then
            break
        fi
        if [[ $attempt -eq 2 ]]; then
            rm -rf "$tmp"
            tail -n 50 "$mvnlog" >&2 || true
            exec {lockfd}>&-
            die "maven could not fetch kafka $version (log: $mvnlog)"
        fi
        echo "$PROG: maven fetch of kafka $version failed, retrying once" >&2
        sleep 2
    done
    rm -rf "$libdir"
    mv "$tmp" "$libdir"
    echo "kafka=$version pom=$(pom_sum)" >"$libdir/.topicdesk-complete"
    rm -f "$mvnlog"
    echo "fetched kafka $version into $libdir in $(elapsed "$t0") s ($(du -sh "$libdir" | cut -f1))" >&2
    exec {lockfd}>&-
}

# -------------------------------------------------------- process utils ----

# Is PID alive and really the broker of WORKDIR (guards against PID reuse)?
is_our_broker() { # is_our_broker PID WORKDIR
    local pid=$1 workdir=$2 cmdline
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ "$cmdline" == *kafka.Kafka* && "$cmdline" == *"$workdir/server.properties"* ]]
}

wait_gone() { # wait_gone PID SECONDS -> 0 when gone
    local pid=$1 deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        # A zombie (not yet reaped) counts as gone.
        [[ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" == Z ]] && return 0
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
    return 0
}

kill_broker() { # kill_broker PID WORKDIR
    local pid=$1 workdir=$2
    is_our_broker "$pid" "$workdir" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" 30; then
        echo "$PROG: broker pid $pid did not stop within 30 s, sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || echo "$PROG: broker pid $pid still alive after SIGKILL" >&2
    fi
}


port_open() { # port_open PORT
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

print_log_tail() { # print_log_tail WORKDIR LINES
    local log="$1/broker.log"
    if [[ -f "$log" ]]; then
        echo "----- last $2 lines of $log -----" >&2
        tail -n "$2" "$log" >&2 || true
        echo "----- end of $log -----" >&2
    else
        echo "$PROG: no broker log at $log" >&2
    fi
}

# ---------------------------------------------------------------- start ----

# The listener address files 'start' writes and 'env' reads.
ADDRESS_FILES=(bootstrap bootstrap-sasl bootstrap-ssl bootstrap-sasl-ssl bootstrap-mtls
               bootstrap-slow slow-upstream)

remove_addresses() { # remove_addresses WORKDIR
    local name
    for name in "${ADDRESS_FILES[@]}"; do
        rm -f "$1/$name"
    done
}

# SASL_PLAINTEXT listener: test user and mechanisms (see the usage above).
SASL_USER=alice
SASL_PASSWORD=alice-secret
SASL_MECHANISMS=(PLAIN SCRAM-SHA-256 SCRAM-SHA-512)

# Keystore password: a throwaway value for a throwaway key, readable in WORKDIR anyway.
KEYSTORE_PASSWORD=topicdesk-test

# make_tls WORKDIR: a fresh CA, the broker's certificate for IP:127.0.0.1 only, a client
# certificate for mutual TLS, and a second CA that signed none of them (wrong-CA tests).
make_tls() {
    local dir=$1/tls
    make_test_ca "$dir" broker || return 1
    # The broker's keystore: its key and certificate with the CA's.
    openssl pkcs12 -export -in "$dir/server.pem" -inkey "$dir/server.key" \
        -certfile "$dir/ca.pem" -name broker -passout "pass:$KEYSTORE_PASSWORD" \
        -out "$dir/server.p12" 2>"$dir/p12.log" || { cat "$dir/p12.log" >&2; return 1; }
    rm -f "$dir/p12.log"
}

# write_properties WORKDIR PORT SASL_PORT CONTROLLER_PORT SSL_PORT SASL_SSL_PORT MTLS_PORT
#                  SLOW_PORT PROXY_PORT
write_properties() {
    local workdir=$1 port=$2 sport=$3 cport=$4 sslport=$5 saslsslport=$6 mtlsport=$7
    local slowport=$8 proxyport=$9
    local mechs
    mechs=$(IFS=,; echo "${SASL_MECHANISMS[*]}")
    cat >"$workdir/server.properties" <<EOF
# Generated by tests/broker/broker.sh - single-node KRaft broker for tests.
process.roles=broker,controller
node.id=1
# Static quorum: accepted by 3.9 and 4.x alike, no --standalone needed.
controller.quorum.voters=1@127.0.0.1:$cport
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$port,SASL_PLAINTEXT://127.0.0.1:$sport,CONTROLLER://127.0.0.1:$cport,SSL://127.0.0.1:$sslport,SASL_SSL://127.0.0.1:$saslsslport,MTLS://127.0.0.1:$mtlsport,SLOW://127.0.0.1:$slowport
advertised.listeners=PLAINTEXT://127.0.0.1:$port,SASL_PLAINTEXT://127.0.0.1:$sport,SSL://127.0.0.1:$sslport,SASL_SSL://127.0.0.1:$saslsslport,MTLS://127.0.0.1:$mtlsport,SLOW://127.0.0.1:$proxyport
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT,SSL:SSL,SASL_SSL:SASL_SSL,MTLS:SSL,SLOW:PLAINTEXT
inter.broker.listener.name=PLAINTEXT

# TLS listeners (SSL, SASL_SSL, MTLS): the broker's key and certificate chain from the
# throwaway CA (make_tls); the CA is also the truststore that checks client certificates.
ssl.keystore.type=PKCS12
ssl.keystore.location=$workdir/tls/server.p12
ssl.keystore.password=$KEYSTORE_PASSWORD
ssl.key.password=$KEYSTORE_PASSWORD
ssl.truststore.type=PEM
ssl.truststore.location=$workdir/tls/ca.pem
listener.name.mtls.ssl.client.auth=required

# SASL_PLAINTEXT listener for client authentication tests. PLAIN users come
# from the JAAS config (user_NAME="PASSWORD"); SCRAM credentials are stored
# in the metadata log by 'kafka-storage format --add-scram' (see start_once).
# No authorizer.class.name: authenticated users are allowed everything.
listener.name.sasl_plaintext.sasl.enabled.mechanisms=$mechs
listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$SASL_USER="$SASL_PASSWORD";
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
# SASL_SSL: the same users and mechanisms.
listener.name.sasl_ssl.sasl.enabled.mechanisms=$mechs
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_$SASL_USER="$SASL_PASSWORD";
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
log.dirs=$workdir/data

num.partitions=1
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
delete.topic.enable=true
group.initial.rebalance.delay.ms=0

# Internal topics: one replica, few partitions (fast creation on first use).
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
# 4.x share groups (unknown and ignored by 3.9).
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
share.coordinator.state.topic.num.partitions=1

# Small footprint on a 2-core machine.
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
background.threads=2
log.segment.bytes=1048576
log.retention.hours=1
log.retention.check.interval.ms=60000
EOF
    if [[ -n "${TOPICDESK_KAFKA_SERVER_PROPS:-}" ]]; then
        printf '\n# From TOPICDESK_KAFKA_SERVER_PROPS\n%s\n' "$TOPICDESK_KAFKA_SERVER_PROPS" \
            >>"$workdir/server.properties"
    fi
}

# Runs one start attempt. Returns 0 when ready, 1 on failure, 3 when the
# ports were taken in the meantime (caller retries with new ports).
start_once() { # start_once VERSION WORKDIR LIBDIR
    local version=$1 workdir=$2 libdir=$3
    local cp="$libdir/*" port sport cport sslport saslsslport mtlsport slowport proxyport
    local cluster_id pid
    local timeout=${TOPICDESK_KAFKA_START_TIMEOUT:-120}

    rm -rf "$workdir/data" "$workdir/logs"
    rm -f "$workdir/broker.log" "$workdir/broker.pid" "$workdir/server.properties" \
          "$workdir/format.log"
    remove_addresses "$workdir"
    mkdir -p "$workdir/data" "$workdir/logs"

    make_tls "$workdir" || return 1
    read -r port sport cport sslport saslsslport mtlsport slowport proxyport < <(free_ports 8)
    write_properties "$workdir" "$port" "$sport" "$cport" "$sslport" "$saslsslport" "$mtlsport" \
        "$slowport" "$proxyport"

    cluster_id=$("$JAVA" "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" -cp "$cp" \
                     kafka.tools.StorageTool random-uuid 2>>"$workdir/format.log" | tail -n 1)
    [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || {
        cat "$workdir/format.log" >&2
        echo "$PROG: StorageTool random-uuid gave '$cluster_id'" >&2
        return 1
    }
    # SCRAM credentials for the SASL user (KRaft: written into the bootstrap
    # metadata; --add-scram exists in kafka-storage 3.5+ and 4.x).
    local scram_args=() mech
    for mech in "${SASL_MECHANISMS[@]}"; do
        [[ "$mech" == SCRAM-* ]] || continue
        scram_args+=(--add-scram "$mech=[name=$SASL_USER,password=$SASL_PASSWORD]")
    done
    if ! "$JAVA" "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" -Dkafka.logs.dir="$workdir/logs" \
             -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" \
             -c "$workdir/server.properties" "${scram_args[@]}" \
             >>"$workdir/format.log" 2>&1; then
        cat "$workdir/format.log" >&2
        echo "$PROG: StorageTool format failed" >&2
        return 1
    fi

    local extra_opts=()
    read -r -a extra_opts <<<"${TOPICDESK_KAFKA_JAVA_OPTS:-}"

    # New session (setsid) + nohup + no inherited stdio: the broker outlives
    # this script and does not hold CTest's output pipes open. The inner
    # bash writes its own PID and execs java, so the PID is java's.
    # shellcheck disable=SC2016
    setsid nohup bash -c 'echo $$ >"$1/broker.pid"; shift; exec "$@"' bash "$workdir" \
        "$JAVA" -Xmx512m -Xms256m "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" \
        -Dkafka.logs.dir="$workdir/logs" "${extra_opts[@]}" \
        -cp "$cp" kafka.Kafka "$workdir/server.properties" \
        </dev/null >"$workdir/broker.log" 2>&1 &
    local launcher=$!

    local deadline=$((SECONDS + timeout)) reason=""
    while [[ ! -s "$workdir/broker.pid" ]]; do
        if ((SECONDS >= deadline)); then reason="no pid file"; break; fi
        sleep 0.05
    done
    pid=$(cat "$workdir/broker.pid" 2>/dev/null || true)

    while [[ -z "$reason" ]]; do
        if ! kill -0 "$pid" 2>/dev/null \
           || [[ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" == Z ]]; then
            reason="broker process $pid exited"
            break
        fi
        if grep -q "Kafka Server started" "$workdir/broker.log" 2>/dev/null \
           && port_open "$port" && port_open "$sport" && port_open "$sslport" \
           && port_open "$saslsslport" && port_open "$mtlsport" && port_open "$slowport"; then
            echo "127.0.0.1:$sport" >"$workdir/bootstrap-sasl"
            echo "127.0.0.1:$sslport" >"$workdir/bootstrap-ssl"
            echo "127.0.0.1:$saslsslport" >"$workdir/bootstrap-sasl-ssl"
            echo "127.0.0.1:$mtlsport" >"$workdir/bootstrap-mtls"
            echo "127.0.0.1:$proxyport" >"$workdir/bootstrap-slow"
            echo "127.0.0.1:$slowport" >"$workdir/slow-upstream"
            # Written last: 'env' takes its presence as "the broker is up".
            echo "127.0.0.1:$port" >"$workdir/bootstrap"
            return 0
        fi
        if ((SECONDS >= deadline)); then
            reason="not ready after $timeout s"
            break
        fi
        sleep 0.2
    done

    [[ -n "$pid" ]] && kill_broker "$pid" "$workdir"
    kill "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
    rm -f "$workdir/broker.pid"
    if grep -qE "BindException|Address already in use" "$workdir/broker.log" 2>/dev/null; then
        echo "$PROG: a port of $port/$sport/$cport/$sslport/$saslsslport/$mtlsport/$slowport was taken meanwhile" >&2
        return 3
    fi
    print_log_tail "$workdir" 200
    echo "$PROG: kafka $version failed to start in $workdir: $reason" >&2
    return 1
}

cmd_start() {
    [[ $# -eq 2 ]] || usage
    local version=$1 workdir libdir t0 rc attempt
    t0=$(now)
    workdir=$(abspath "$2")
    if [[ -n "${TOPICDESK_KAFKA_LIBS:-}" ]]; then
        libdir=$(abspath "$TOPICDESK_KAFKA_LIBS")
    else
        libdir=$(abspath "$workdir/../kafka-libs-$version")
    fi

    # A broker left over from an aborted run in the same WORKDIR is stopped.
    if [[ -f "$workdir/broker.pid" ]]; then
        local old
        old=$(cat "$workdir/broker.pid" 2>/dev/null || true)
        if is_our_broker "$old" "$workdir"; then
            echo "$PROG: stopping leftover broker pid $old in $workdir" >&2
            kill_broker "$old" "$workdir"
        fi
        rm -f "$workdir/broker.pid"
    fi

    cmd_fetch "$version" "$libdir"
    echo "$version" >"$workdir/version"
    echo "$libdir" >"$workdir/libdir"

    for attempt in 1 2 3; do
        rc=0
        start_once "$version" "$workdir" "$libdir" || rc=$?
        [[ $rc -eq 3 ]] || break
    done
    [[ $rc -eq 0 ]] || exit 1
    echo "kafka $version ready at $(cat "$workdir/bootstrap")" \
         "(SASL_PLAINTEXT $(cat "$workdir/bootstrap-sasl"), SSL $(cat "$workdir/bootstrap-ssl")," \
         "SASL_SSL $(cat "$workdir/bootstrap-sasl-ssl"), MTLS $(cat "$workdir/bootstrap-mtls")," \
         "SLOW $(cat "$workdir/slow-upstream") advertised as $(cat "$workdir/bootstrap-slow"))" \
         "in $(elapsed "$t0") s" \
         "(pid $(cat "$workdir/broker.pid"))"
}

# ----------------------------------------------------------------- stop ----

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    local workdir=$1 pid
    [[ -d "$workdir" ]] || { echo "$PROG: no workdir $workdir, nothing to stop" >&2; return 0; }
    workdir=$(cd "$workdir" && pwd)
    if [[ -f "$workdir/broker.pid" ]]; then
        pid=$(cat "$workdir/broker.pid" 2>/dev/null || true)
        if is_our_broker "$pid" "$workdir"; then
            kill_broker "$pid" "$workdir"
            echo "kafka broker pid $pid stopped"
        else
            echo "$PROG: broker (pid ${pid:-?}) was not running" >&2
        fi
        rm -f "$workdir/broker.pid"
    else
        echo "$PROG: no $workdir/broker.pid, nothing to stop" >&2
    fi
    remove_addresses "$workdir"
    if [[ "${TOPICDESK_BROKER_LOG_ON_STOP:-0}" == 1 ]]; then
        print_log_tail "$workdir" 200
    fi
    return 0
}

# ------------------------------------------------------------ log / env ----

cmd_log() {
    [[ $# -ge 1 && $# -le 2 ]] || usage
    local log="$1/broker.log"
    [[ -f "$log" ]] || die "no broker log at $log"
    tail -n "${2:-200}" "$log"
}

cmd_env() {
    [[ $# -ge 3 && "$2" == "--" ]] || usage
    local workdir=$1
    shift 2
    [[ -s "$workdir/bootstrap" ]] \
        || die "no broker running for $workdir (missing $workdir/bootstrap); did 'broker.sh start' run and succeed?"
    TOPICDESK_TEST_BROKERS=$(cat "$workdir/bootstrap")
    TOPICDESK_TEST_KAFKA_VERSION=$(cat "$workdir/version" 2>/dev/null || echo unknown)
    export TOPICDESK_TEST_BROKERS TOPICDESK_TEST_KAFKA_VERSION
    if [[ -s "$workdir/bootstrap-sasl" ]]; then
        TOPICDESK_TEST_SASL_BROKERS=$(cat "$workdir/bootstrap-sasl")
        export TOPICDESK_TEST_SASL_BROKERS
    else
        # Broker started by an older broker.sh (no SASL listener).
        unset TOPICDESK_TEST_SASL_BROKERS
        echo "$PROG: warning: no $workdir/bootstrap-sasl, TOPICDESK_TEST_SASL_BROKERS not set" \
             "(restart the broker with 'broker.sh start')" >&2
    fi
    # The TLS and slow listeners (a broker started by an older broker.sh has none: the
    # variables stay unset and the tests that need them say so).
    local -A listener_vars=([bootstrap-ssl]=TOPICDESK_TEST_SSL_BROKERS
                            [bootstrap-sasl-ssl]=TOPICDESK_TEST_SASL_SSL_BROKERS
                            [bootstrap-mtls]=TOPICDESK_TEST_MTLS_BROKERS
                            [bootstrap-slow]=TOPICDESK_TEST_SLOW_PROXY
                            [slow-upstream]=TOPICDESK_TEST_SLOW_UPSTREAM)
    local file
    for file in "${!listener_vars[@]}"; do
        if [[ -s "$workdir/$file" ]]; then
            export "${listener_vars[$file]}=$(cat "$workdir/$file")"
        else
            unset "${listener_vars[$file]}"
        fi
    done
    if [[ -s "$workdir/tls/ca.pem" ]]; then
        local tls
        tls=$(cd "$workdir/tls" && pwd)
        export TOPICDESK_TEST_SSL_CA=$tls/ca.pem TOPICDESK_TEST_SSL_OTHER_CA=$tls/other-ca.pem \
            TOPICDESK_TEST_SSL_CLIENT_CERT=$tls/client.pem \
            TOPICDESK_TEST_SSL_CLIENT_KEY=$tls/client.key
    fi
    local rc=0
    "$@" || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "$PROG: '$*' exited with status $rc (kafka $TOPICDESK_TEST_KAFKA_VERSION at $TOPICDESK_TEST_BROKERS)" >&2
        print_log_tail "$workdir" 100
    fi
    exit "$rc"
}

cmd_java() {
    [[ $# -ge 2 ]] || usage
    local workdir=$1 cls=$2 libdir
    shift 2
    libdir=$(cat "$workdir/libdir" 2>/dev/null) || die "no $workdir/libdir; run 'broker.sh start' first"
    exec "$JAVA" "${JVM_BASE_OPTS[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
        -cp "$libdir/*" "$cls" "$@"
}

# ----------------------------------------------------------------- main ----

[[ $# -ge 1 ]] || usage
sub=$1
shift
case "$sub" in
    fetch) cmd_fetch "$@" ;;
    start) cmd_start "$@" ;;
    stop)  cmd_stop "$@" ;;
    log)   cmd_log "$@" ;;
    env)   cmd_env "$@" ;;
    java)  cmd_java "$@" ;;
    -h|--help|help) usage ;;
    *) echo "$PROG: unknown subcommand '$sub'" >&2; usage ;;
esac
