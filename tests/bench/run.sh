#!/usr/bin/env bash
# TopicDesk's benchmark: ingest (bare librdkafka vs the app's consumer-to-table path),
# GUI-thread stalls, memory per held message, the row cap's memory, produce (the app's bulk path
# vs kcat -P), start-up, and the filter over 1,000,000 held rows (applying and changing it, and
# the longest GUI stall meanwhile). Figures, not pass/fail: rounds alternate (5 by default) and medians
# are reported, ending with one summary line. See tests/bench/topicdesk_bench.cpp for what each
# figure measures.
#
#   tests/bench/run.sh [--count N] [--rounds R] [--no-build]
#
# Avro: the app's ingest of Avro-framed records (the same count and size, registered in a
# schema registry) with the window's decoder on the table, against plain records without one,
# in the same rounds; avro_ingest_ratio is plain / Avro (1 = decoding costs nothing).
#
# Uses the broker in TOPICDESK_TEST_BROKERS when set (the CTest smoke run), else starts a
# Kafka 4.4.0 broker of its own (tests/broker/broker.sh) and stops it at the end. The same for
# the schema registry: TOPICDESK_TEST_REGISTRY (a Confluent API base URL), else one of its own
# (tests/registry/registry.sh start-one, Java 21+).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${TOPICDESK_BUILD_DIR:-$root/build}
count=1000000
rounds=5
build_first=1
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=$2; shift ;;
        --rounds) rounds=$2; shift ;;
        --no-build) build_first=0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
size=100

[ "$build_first" = 1 ] && "$root/tools/run.sh" --build-only --tests >/dev/null
bench=$build/tests/bench/topicdesk_bench
app=$build/src/app/topicdesk
command -v kcat >/dev/null || { echo "run.sh: kcat is missing (apt-get install kcat)" >&2; exit 1; }

log=$(mktemp)
cleanup() {
    # On a failure, what the benchmark said about it (its stderr goes to the log).
    [ $? != 0 ] && tail -n 20 "$log" >&2
    rm -f "$log" "${input:-}"
    [ -n "${workdir:-}" ] && bash "$root/tests/broker/broker.sh" stop "$workdir" >/dev/null
    [ -n "${regdir:-}" ] && bash "$root/tests/registry/registry.sh" stop "$regdir" >/dev/null 2>&1
    true
}
trap cleanup EXIT

brokers=${TOPICDESK_TEST_BROKERS:-}
if [ -z "$brokers" ]; then
    workdir=$build/bench-kafka
    bash "$root/tests/broker/broker.sh" start 4.4.0 "$workdir" >&2
    brokers=$(cat "$workdir/bootstrap")
fi
registry=${TOPICDESK_TEST_REGISTRY:-}
if [ -z "$registry" ]; then
    regdir=$build/bench-registry
    registry=$(bash "$root/tests/registry/registry.sh" start-one "$regdir")
fi
value() { sed -n "s/.*\b$1=\(-\?[0-9.]*\).*/\1/p" | tail -1; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

run_id=$RANDOM$RANDOM
topic=bench-$run_id
echo "== filling $topic with $count messages of $size bytes" >&2
"$bench" fill "$brokers" "$topic" "$count" "$size" >&2
echo "== filling $topic-avro with $count Avro-framed messages of $size bytes ($registry)" >&2
"$bench" fill "$brokers" "$topic-avro" "$count" "$size" "$registry" >&2

raw_s=(); app_s=(); avro_s=(); p99=(); maxs=(); bpm=()
for round in $(seq 1 "$rounds"); do
    # Alternate the order: the machine is shared and noisy.
    for mode in $( [ $((round % 2)) = 1 ] && echo "raw app avro" || echo "avro app raw" ); do
        if [ "$mode" = avro ]; then
            out=$("$bench" app "$brokers" "$topic-avro" "$count" $((count + 1)) "$registry" 2>>"$log")
            avro_s+=("$(echo "$out" | value app_seconds)")
        elif [ "$mode" = raw ]; then
            out=$("$bench" raw "$brokers" "$topic" "$count" 2>>"$log")
            raw_s+=("$(echo "$out" | value raw_seconds)")
        else
            out=$("$bench" app "$brokers" "$topic" "$count" $((count + 1)) 2>>"$log")
            app_s+=("$(echo "$out" | value app_seconds)")
            p99+=("$(echo "$out" | value p99_stall_ms)")
            maxs+=("$(echo "$out" | value max_stall_ms)")
            bpm+=("$(echo "$out" | value bytes_per_msg)")
        fi
        echo "round $round $mode: $out" >&2
    done
done

cap=$((count / 10))
[ "$cap" -gt 100000 ] && cap=100000
out=$("$bench" app "$brokers" "$topic" "$count" "$cap" 2>>"$log")
echo "cap $cap: $out" >&2
growth=$(echo "$out" | value cap_rss_growth_pct)

input=$(mktemp)
head -c $((size - 1)) /dev/zero | tr '\0' 'x' | awk -v n="$count" '{ for (i = 0; i < n; i++) print }' >"$input"
app_p=(); kcat_p=()
for round in $(seq 1 "$rounds"); do
    "$bench" fill "$brokers" "$topic-k$round" 0 "$size" >/dev/null 2>>"$log"
    start=$(now)
    kcat -P -b "$brokers" -t "$topic-k$round" -X acks=all -l "$input" 2>>"$log"
    kcat_p+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')")
    out=$("$bench" fill "$brokers" "$topic-a$round" "$count" "$size" 2>>"$log")
    app_p+=("$(echo "$out" | value produce_seconds)")
    echo "round $round produce: kcat ${kcat_p[-1]} s, app ${app_p[-1]} s" >&2
done

startup=()
for round in $(seq 1 "$rounds"); do
    startup+=("$("$bench" startup "$app" 2>>"$log" | value startup_ms)")
done

# The filter needs no broker: 1,000,000 synthetic rows whatever --count says (the budget is
# stated for that many).
f_apply=(); f_regex=(); f_change=(); f_stall=(); s_stall=()
for round in $(seq 1 "$rounds"); do
    out=$("$bench" filter 1000000 2>>"$log")
    f_apply+=("$(echo "$out" | value filter_apply_ms)")
    f_regex+=("$(echo "$out" | value filter_regex_ms)")
    f_change+=("$(echo "$out" | value filter_change_ms)")
    f_stall+=("$(echo "$out" | value filter_max_stall_ms)")
    s_stall+=("$(echo "$out" | value sort_max_stall_ms)")
    echo "round $round filter: $out" >&2
done

m() { printf '%s\n' "$@" | median; }
raw_m=$(m "${raw_s[@]}"); app_m=$(m "${app_s[@]}"); avro_m=$(m "${avro_s[@]}")
kcat_m=$(m "${kcat_p[@]}"); appp_m=$(m "${app_p[@]}")
echo "medians: raw ${raw_m} s, app ${app_m} s, app Avro-framed decoded ${avro_m} s;" \
     "produce kcat ${kcat_m} s, app ${appp_m} s" >&2
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ingest_ratio=$(ratio "$raw_m" "$app_m") p99_stall_ms=$(m "${p99[@]}") max_stall_ms=$(m "${maxs[@]}")" \
     "bytes_per_msg=$(m "${bpm[@]}") cap_rss_growth_pct=${growth:-nan}" \
     "produce_ratio=$(ratio "$kcat_m" "$appp_m") startup_ms=$(m "${startup[@]}")" \
     "filter_apply_ms=$(m "${f_apply[@]}") filter_regex_ms=$(m "${f_regex[@]}")" \
     "filter_change_ms=$(m "${f_change[@]}") filter_max_stall_ms=$(m "${f_stall[@]}")" \
     "sort_max_stall_ms=$(m "${s_stall[@]}") avro_ingest_ratio=$(ratio "$app_m" "$avro_m")"
