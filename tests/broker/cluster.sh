#!/usr/bin/env bash
# Restartable Apache Kafka brokers for the fault tests: a KRaft cluster of 1 to 3 nodes on
# 127.0.0.1, each node broker and controller at once (controller.quorum.voters names them all),
# whose nodes a test stops, starts again on the same ports and data, pauses and resumes.
# The shared fixture brokers of tests/broker/broker.sh are never touched: each cluster lives in
# a WORKDIR of its own. The broker classpath comes from 'broker.sh fetch'.
#
# Usage:
#   cluster.sh start VERSION WORKDIR NODES  fresh cluster of NODES (1-3) nodes, wait until ready
#   cluster.sh stop WORKDIR                 stop every node (paused ones too); SIGKILL after 20 s
#   cluster.sh stop-node WORKDIR N          SIGTERM node N and wait until it is gone; data stays
#   cluster.sh kill-node WORKDIR N          SIGKILL node N (a crash: no controlled shutdown) and
#                                           wait until it is gone; data stays
#   cluster.sh start-node WORKDIR N         start node N again (same ports, same data), wait until
#                                           it serves clients
#   cluster.sh pause-node WORKDIR N         SIGSTOP node N (a broker that no longer answers)
#   cluster.sh resume-node WORKDIR N        SIGCONT node N
#   cluster.sh restore WORKDIR              resume paused nodes and start stopped ones again,
#                                           wait until all serve (between tests)
#   cluster.sh env WORKDIR -- CMD ARGS..    run CMD with TOPICDESK_TEST_BROKERS (every node),
#                                           TOPICDESK_TEST_KAFKA_VERSION, TOPICDESK_FAULT_CLUSTER
#                                           (WORKDIR) and TOPICDESK_FAULT_CLUSTER_SCRIPT (this
#                                           script) exported; node logs printed when it fails
#
# Each node N (1..NODES, also its node.id) has WORKDIR/nodeN/ with server.properties,
# broker.log (appended across restarts), broker.pid, port (its PLAINTEXT client port) and data/.
# WORKDIR/bootstrap lists every node's client address. Replication factor of new and internal
# topics: NODES; min.insync.replicas: 2 with 3 nodes, 1 otherwise.
#
# Environment:
#   TOPICDESK_KAFKA_LIBS           broker classpath dir (default WORKDIR/../kafka-libs-VERSION)
#   TOPICDESK_KAFKA_START_TIMEOUT  seconds to wait for readiness (default 120)
#   JAVA_HOME                      java to use (default: from PATH)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=common.sh
. "$SCRIPT_DIR/common.sh"
BROKER_SH="$SCRIPT_DIR/broker.sh"
PROG=$(basename "$0")

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA=java
fi

# As broker.sh: serial GC and C1 only start fast on a small machine. A small heap each, since
# three of them run next to the shared brokers.
JVM_BASE_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true
               -Djava.awt.headless=true)
JVM_HEAP_OPTS=(-Xmx384m -Xms128m)
SLF4J_OPTS=(-Dorg.slf4j.simpleLogger.showDateTime=true
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss,SSS"
            -Dorg.slf4j.simpleLogger.defaultLogLevel=info)
STOP_TIMEOUT=20

check_node() { # check_node WORKDIR N: N names a node of the cluster in WORKDIR
    [[ "$2" =~ ^[1-3]$ && -d "$1/node$2" ]] || die "no node '$2' in $1"
}

# ------------------------------------------------------- process utils ----

node_pid() { cat "$1/node$2/broker.pid" 2>/dev/null || true; }

# Is PID alive and really node N of WORKDIR (guards against PID reuse)?
is_node() { # is_node PID WORKDIR N
    local pid=$1 cmdline
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ "$cmdline" == *kafka.Kafka* && "$cmdline" == *"$2/node$3/server.properties"* ]]
}

gone() { # gone PID: not running (a zombie counts as gone)
    ! kill -0 "$1" 2>/dev/null || [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" == Z ]]
}

wait_gone() { # wait_gone PID SECONDS -> 0 when gone
    local deadline=$((SECONDS + $2))
    until gone "$1"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

# Signals node N (SIGCONT first: a paused JVM handles SIGTERM only once it runs again).
signal_node() { # signal_node WORKDIR N SIGNAL
    local pid
    pid=$(node_pid "$1" "$2")
    is_node "$pid" "$1" "$2" || return 1
    [[ "$3" == STOP ]] || kill -CONT "$pid" 2>/dev/null || true
    kill "-$3" "$pid" 2>/dev/null
}

# Stops node N with SIGTERM (a controlled shutdown: its partitions move to other nodes first),
# or SIGNAL, and SIGKILL when it is still there after STOP_TIMEOUT seconds.
stop_node() { # stop_node WORKDIR N [SIGNAL]
    local pid
    pid=$(node_pid "$1" "$2")
    if ! is_node "$pid" "$1" "$2"; then
        rm -f "$1/node$2/broker.pid"
        return 0
    fi
    signal_node "$1" "$2" "${3:-TERM}" || true
    if ! wait_gone "$pid" "$STOP_TIMEOUT"; then
        echo "$PROG: node $2 (pid $pid) did not stop within $STOP_TIMEOUT s, sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || echo "$PROG: node $2 (pid $pid) still alive after SIGKILL" >&2
    fi
    rm -f "$1/node$2/broker.pid"
}


port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_log_tail() { # print_log_tail WORKDIR N LINES
    local log="$1/node$2/broker.log"
    [[ -f "$log" ]] || return 0
    echo "----- last $3 lines of $log -----" >&2
    tail -n "$3" "$log" >&2 || true
    echo "----- end of $log -----" >&2
}

# ------------------------------------------------------------- nodes ----

write_properties() { # write_properties WORKDIR N NODES VOTERS PORT CONTROLLER_PORT
    local workdir=$1 n=$2 nodes=$3 voters=$4 port=$5 cport=$6
    local minisr=1
    ((nodes >= 3)) && minisr=2
    cat >"$workdir/node$n/server.properties" <<EOF
# Generated by tests/broker/cluster.sh - node $n of a $nodes-node KRaft cluster for fault tests.
process.roles=broker,controller
node.id=$n
# Static quorum of every node: accepted by 3.9 and 4.x alike.
controller.quorum.voters=$voters
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$workdir/node$n/data

# Every topic on every node; acks=all needs two in-sync copies when there are three.
num.partitions=1
default.replication.factor=$nodes
min.insync.replicas=$minisr
# Tests create their topics with the replication they mean.
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
offsets.topic.replication.factor=$nodes
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=$nodes
transaction.state.log.min.isr=$minisr
transaction.state.log.num.partitions=1
# 4.x share groups (unknown and ignored by 3.9).
share.coordinator.state.topic.replication.factor=$nodes
share.coordinator.state.topic.min.isr=$minisr
share.coordinator.state.topic.num.partitions=1

# A node that vanishes without a word (SIGSTOP, SIGKILL) is fenced after 4 s, not 9.
broker.heartbeat.interval.ms=500
broker.session.timeout.ms=4000

# Small footprint on a 2-core machine.
num.network.threads=2
num.io.threads=2
num.replica.fetchers=1
num.recovery.threads.per.data.dir=1
background.threads=2
log.segment.bytes=1048576
log.retention.hours=1
log.retention.check.interval.ms=60000
EOF
}

# Launches node N in the background (new session, no inherited stdio: it outlives this script
# and does not hold CTest's pipes open); its log is appended to.
launch_node() { # launch_node WORKDIR N
    local workdir=$1 n=$2 libdir
    libdir=$(cat "$workdir/libdir")
    rm -f "$workdir/node$n/broker.pid"
    # shellcheck disable=SC2016
    setsid nohup bash -c 'echo $$ >"$1"; shift; exec "$@"' bash "$workdir/node$n/broker.pid" \
        "$JAVA" "${JVM_HEAP_OPTS[@]}" "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" \
        -Dkafka.logs.dir="$workdir/node$n/logs" \
        -cp "$libdir/*" kafka.Kafka "$workdir/node$n/server.properties" \
        </dev/null >>"$workdir/node$n/broker.log" 2>&1 &
}

# Waits until node N logged "Kafka Server started" after byte OFFSET of its log (the broker is
# then registered and unfenced) and its client port accepts connections.
# Returns 0 when ready, 3 when its ports were taken, 1 otherwise.
wait_ready() { # wait_ready WORKDIR N OFFSET
    local workdir=$1 n=$2 offset=$3 pid="" port
    local log="$workdir/node$n/broker.log"
    local deadline=$((SECONDS + ${TOPICDESK_KAFKA_START_TIMEOUT:-120}))
    port=$(cat "$workdir/node$n/port")
    while [[ ! -s "$workdir/node$n/broker.pid" ]]; do
        ((SECONDS < deadline)) || { echo "$PROG: node $n wrote no pid file" >&2; return 1; }
        sleep 0.05
    done
    pid=$(node_pid "$workdir" "$n")
    while :; do
        if gone "$pid"; then
            if tail -c +"$((offset + 1))" "$log" | grep -qE "BindException|Address already in use"; then
                return 3
            fi
            echo "$PROG: node $n (pid $pid) exited while starting" >&2
            return 1
        fi
        if tail -c +"$((offset + 1))" "$log" | grep -q "Kafka Server started" && port_open "$port"; then
            return 0
        fi
        if ((SECONDS >= deadline)); then
            echo "$PROG: node $n not ready after ${TOPICDESK_KAFKA_START_TIMEOUT:-120} s" >&2
            return 1
        fi
        sleep 0.1
    done
}

log_size() { stat -c %s "$1/node$2/broker.log" 2>/dev/null || echo 0; }

# ------------------------------------------------------------ commands ----

cmd_stop() {
    [[ $# -eq 1 ]] || usage
    local workdir=$1 n
    [[ -d "$workdir" ]] || { echo "$PROG: no workdir $workdir, nothing to stop" >&2; return 0; }
    workdir=$(cd "$workdir" && pwd)
    # All at once: nodes stopped one by one lose their quorum and wait for it.
    for n in 1 2 3; do
        [[ -d "$workdir/node$n" ]] && stop_node "$workdir" "$n" &
    done
    wait
    rm -f "$workdir/bootstrap"
    echo "cluster in $workdir stopped"
}

# One attempt at a fresh cluster. Returns as wait_ready does (3: ports taken, try again).
start_once() { # start_once VERSION WORKDIR NODES
    local version=$1 workdir=$2 nodes=$3 n cluster_id voters="" rc=0
    local libdir
    libdir=$(cat "$workdir/libdir")
    local -a ports
    read -r -a ports < <(free_ports $((2 * nodes)))
    for ((n = 1; n <= nodes; n++)); do
        voters+="${voters:+,}$n@127.0.0.1:${ports[2 * n - 1]}"
    done
    for ((n = 1; n <= nodes; n++)); do
        rm -rf "$workdir/node$n"
        mkdir -p "$workdir/node$n/data" "$workdir/node$n/logs"
        echo "${ports[2 * n - 2]}" >"$workdir/node$n/port"
        write_properties "$workdir" "$n" "$nodes" "$voters" "${ports[2 * n - 2]}" \
            "${ports[2 * n - 1]}"
    done

    cluster_id=$("$JAVA" "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" -cp "$libdir/*" \
                     kafka.tools.StorageTool random-uuid 2>"$workdir/format.log" | tail -n 1)
    [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || {
        cat "$workdir/format.log" >&2
        echo "$PROG: StorageTool random-uuid gave '$cluster_id'" >&2
        return 1
    }
    local -a formats=()
    for ((n = 1; n <= nodes; n++)); do
        "$JAVA" "${JVM_BASE_OPTS[@]}" "${SLF4J_OPTS[@]}" -cp "$libdir/*" \
            kafka.tools.StorageTool format -t "$cluster_id" \
            -c "$workdir/node$n/server.properties" >"$workdir/node$n/format.log" 2>&1 &
        formats+=($!)
    done
    for ((n = 1; n <= nodes; n++)); do
        if ! wait "${formats[n - 1]}"; then
            cat "$workdir/node$n/format.log" >&2
            echo "$PROG: StorageTool format failed for node $n" >&2
            rc=1
        fi
    done
    [[ $rc -eq 0 ]] || return 1

    # Together: each node waits for a quorum of controllers before it serves.
    for ((n = 1; n <= nodes; n++)); do
        launch_node "$workdir" "$n"
    done
    for ((n = 1; n <= nodes; n++)); do
        rc=0
        wait_ready "$workdir" "$n" 0 || rc=$?
        [[ $rc -eq 0 ]] || break
    done
    if [[ $rc -ne 0 ]]; then
        cmd_stop "$workdir" >/dev/null
        if [[ $rc -ne 3 ]]; then
            for ((n = 1; n <= nodes; n++)); do print_log_tail "$workdir" "$n" 100; done
        fi
        return "$rc"
    fi
    local bootstrap=""
    for ((n = 1; n <= nodes; n++)); do
        bootstrap+="${bootstrap:+,}127.0.0.1:$(cat "$workdir/node$n/port")"
    done
    echo "$bootstrap" >"$workdir/bootstrap"
}

cmd_start() {
    [[ $# -eq 3 && "$3" =~ ^[1-3]$ ]] || usage
    local version=$1 workdir nodes=$3 libdir t0 rc attempt
    t0=$(now)
    workdir=$(abspath "$2")
    if [[ -n "${TOPICDESK_KAFKA_LIBS:-}" ]]; then
        libdir=$(abspath "$TOPICDESK_KAFKA_LIBS")
    else
        libdir=$(abspath "$workdir/../kafka-libs-$version")
    fi
    # Whatever an aborted run left behind goes first.
    cmd_stop "$workdir" >/dev/null
    bash "$BROKER_SH" fetch "$version" "$libdir"
    echo "$version" >"$workdir/version"
    echo "$libdir" >"$workdir/libdir"
    for attempt in 1 2 3; do
        rc=0
        start_once "$version" "$workdir" "$nodes" || rc=$?
        [[ $rc -eq 3 ]] || break
        echo "$PROG: a port was taken meanwhile, trying new ones" >&2
    done
    [[ $rc -eq 0 ]] || die "kafka $version cluster of $nodes failed to start in $workdir"
    echo "kafka $version cluster of $nodes node(s) ready at $(cat "$workdir/bootstrap")" \
         "in $(elapsed "$t0") s"
}

cmd_stop_node() { # cmd_stop_node SIGNAL WORKDIR N
    [[ $# -eq 3 ]] || usage
    local workdir t0
    t0=$(now)
    workdir=$(cd "$2" && pwd)
    check_node "$workdir" "$3"
    is_node "$(node_pid "$workdir" "$3")" "$workdir" "$3" || die "node $3 is not running"
    stop_node "$workdir" "$3" "$1"
    echo "node $3 stopped ($1) in $(elapsed "$t0") s"
}

cmd_start_node() {
    [[ $# -eq 2 ]] || usage
    local workdir n=$2 offset rc=0 t0
    t0=$(now)
    workdir=$(cd "$1" && pwd)
    check_node "$workdir" "$n"
    ! is_node "$(node_pid "$workdir" "$n")" "$workdir" "$n" || die "node $n is already running"
    offset=$(log_size "$workdir" "$n")
    echo "----- $PROG start-node $n -----" >>"$workdir/node$n/broker.log"
    launch_node "$workdir" "$n"
    wait_ready "$workdir" "$n" "$offset" || rc=$?
    if [[ $rc -ne 0 ]]; then
        stop_node "$workdir" "$n"
        print_log_tail "$workdir" "$n" 100
        [[ $rc -ne 3 ]] || die "node $n cannot listen on its ports again (taken by another process)"
        die "node $n did not start again"
    fi
    echo "node $n started again at 127.0.0.1:$(cat "$workdir/node$n/port") in $(elapsed "$t0") s"
}

cmd_signal_node() { # cmd_signal_node SIGNAL WORKDIR N
    [[ $# -eq 3 ]] || usage
    local workdir
    workdir=$(cd "$2" && pwd)
    check_node "$workdir" "$3"
    signal_node "$workdir" "$3" "$1" || die "node $3 is not running"
}

cmd_restore() {
    [[ $# -eq 1 ]] || usage
    local workdir n rc=0 t0
    t0=$(now)
    workdir=$(cd "$1" && pwd)
    local -a jobs=()
    for n in 1 2 3; do
        [[ -d "$workdir/node$n" ]] || continue
        if is_node "$(node_pid "$workdir" "$n")" "$workdir" "$n"; then
            signal_node "$workdir" "$n" CONT
        else
            cmd_start_node "$workdir" "$n" &
            jobs+=($!)
        fi
    done
    for n in "${jobs[@]}"; do
        wait "$n" || rc=1
    done
    [[ $rc -eq 0 ]] || die "the cluster in $workdir could not be restored"
    echo "every node in $workdir runs (${#jobs[@]} started again) after $(elapsed "$t0") s"
}

cmd_env() {
    [[ $# -ge 3 && "$2" == "--" ]] || usage
    local workdir n rc=0
    workdir=$(cd "$1" && pwd)
    shift 2
    [[ -s "$workdir/bootstrap" ]] || die "no cluster running in $workdir (missing bootstrap)"
    TOPICDESK_TEST_BROKERS=$(cat "$workdir/bootstrap")
    TOPICDESK_TEST_KAFKA_VERSION=$(cat "$workdir/version")
    TOPICDESK_FAULT_CLUSTER=$workdir
    TOPICDESK_FAULT_CLUSTER_SCRIPT="$SCRIPT_DIR/$PROG"
    export TOPICDESK_TEST_BROKERS TOPICDESK_TEST_KAFKA_VERSION TOPICDESK_FAULT_CLUSTER \
        TOPICDESK_FAULT_CLUSTER_SCRIPT
    unset TOPICDESK_TEST_SASL_BROKERS
    "$@" || rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "$PROG: '$*' exited with status $rc (kafka $TOPICDESK_TEST_KAFKA_VERSION at" \
             "$TOPICDESK_TEST_BROKERS)" >&2
        for n in 1 2 3; do print_log_tail "$workdir" "$n" 60; done
    fi
    exit "$rc"
}

# ---------------------------------------------------------------- main ----

[[ $# -ge 1 ]] || usage
sub=$1
shift
case "$sub" in
    start)       cmd_start "$@" ;;
    stop)        cmd_stop "$@" ;;
    stop-node)   cmd_stop_node TERM "$@" ;;
    kill-node)   cmd_stop_node KILL "$@" ;;
    start-node)  cmd_start_node "$@" ;;
    pause-node)  cmd_signal_node STOP "$@" ;;
    resume-node) cmd_signal_node CONT "$@" ;;
    restore)     cmd_restore "$@" ;;
    env)         cmd_env "$@" ;;
    -h|--help|help) usage ;;
    *) echo "$PROG: unknown subcommand '$sub'" >&2; usage ;;
esac
