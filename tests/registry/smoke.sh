#!/usr/bin/env bash
# registry.smoke: the schema-registry fixture works as the tests expect. Run through
# 'registry.sh env WORKDIR --' with TOPICDESK_TEST_CROSSCHECK set (tests/CMakeLists.txt):
# the open registry answers over http and over https with the test CA (and refuses a client
# that trusts another CA), the basic-auth one lets alice in and keeps others out, and an Avro
# record goes through the cross-check tool and the registry and comes back equal.
set -euo pipefail

fails=0
check() { # check WHAT EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then
        echo "ok   $1"
    else
        echo "FAIL $1: expected $2, got $3"
        fails=$((fails + 1))
    fi
}
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }

: "${TOPICDESK_TEST_REGISTRY:?}" "${TOPICDESK_TEST_REGISTRY_TLS:?}" "${TOPICDESK_TEST_REGISTRY_AUTH:?}"
: "${TOPICDESK_TEST_CROSSCHECK:?set by tests/CMakeLists.txt}"

check "http open" 200 "$(status "$TOPICDESK_TEST_REGISTRY/subjects")"
check "https with the CA" 200 "$(status --cacert "$TOPICDESK_TEST_REGISTRY_CA" "$TOPICDESK_TEST_REGISTRY_TLS/subjects")"
check "https with a client certificate" 200 "$(status --cacert "$TOPICDESK_TEST_REGISTRY_CA" \
    --cert "$TOPICDESK_TEST_REGISTRY_CLIENT_CERT" --key "$TOPICDESK_TEST_REGISTRY_CLIENT_KEY" \
    "$TOPICDESK_TEST_REGISTRY_TLS/subjects")"
check "https trusting another CA fails" 000 "$(status --cacert "$TOPICDESK_TEST_REGISTRY_OTHER_CA" \
    "$TOPICDESK_TEST_REGISTRY_TLS/subjects")"
check "auth, no credentials" 401 "$(status "$TOPICDESK_TEST_REGISTRY_AUTH/subjects")"
check "auth, wrong password" 401 "$(status -u "$TOPICDESK_TEST_REGISTRY_USER:wrong" "$TOPICDESK_TEST_REGISTRY_AUTH/subjects")"
check "auth, right password" 200 "$(status -u "$TOPICDESK_TEST_REGISTRY_USER:$TOPICDESK_TEST_REGISTRY_PASSWORD" \
    "$TOPICDESK_TEST_REGISTRY_AUTH/subjects")"
check "unknown id" 40403 "$(curl -s --max-time 10 "$TOPICDESK_TEST_REGISTRY/schemas/ids/2000000000" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin).get("error_code"))')"

# An Avro round trip through the cross-check tool, in a subject of its own. The record:
# name "grüße" (7 UTF-8 bytes: length zigzag 0e), count in union branch 1 (02), 7 (0e).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
subject="smoke-$$-$RANDOM-value"
cat >"$tmp/smoke.avsc" <<'AVSC'
{"type":"record","name":"Smoke","namespace":"topicdesk.test","fields":[
 {"name":"name","type":"string"},{"name":"count","type":["null","long"],"default":null}]}
AVSC
read -r -a crosscheck <<<"$TOPICDESK_TEST_CROSSCHECK"
id=$("${crosscheck[@]}" register "$TOPICDESK_TEST_REGISTRY" "$subject" AVRO "$tmp/smoke.avsc")
check "registered id is a number" yes "$([[ "$id" =~ ^[0-9]+$ ]] && echo yes || echo "no ($id)")"
value='{"name":"grüße","count":{"long":7}}'
hex=$("${crosscheck[@]}" encode "$TOPICDESK_TEST_REGISTRY" "$id" "$value")
check "framed bytes start with the magic byte and the id" "00$(printf '%08x' "$id")" "${hex:0:10}"
check "the Avro record after the header" "0e6772c3bcc39f65020e" "${hex:10}"
check "decoded value equals the one encoded" "$value" \
    "$("${crosscheck[@]}" decode "$TOPICDESK_TEST_REGISTRY" "$hex")"

if [[ $fails -ne 0 ]]; then
    echo "$fails check(s) failed"
    exit 1
fi
echo "registry smoke test passed"
