#!/bin/sh
# tests/e2e/server_batch_anthropic.sh -- the test server's Anthropic
# Message Batches API over real HTTP: creation and its checks, the states
# over time (in_progress, canceling, ended), the results (succeeded,
# errored, canceled, expired), results_url, a client's cancel, the list,
# headers, unknown ids and the ledger.
. "$(dirname "$0")/lib.sh"

cat >"$T/script.json" <<'EOF'
{
  "require_key": "sk-anth",
  "models": {
    "small": {
      "batch": {"complete_ms": 800},
      "rules": [
        {"match": "capital of France", "text": "Paris", "reasoning": "France's capital is Paris."},
        {"match": "weather", "tool_calls": [{"name": "get_weather", "arguments": {"city": "Paris"}}]},
        {"match": "<<500>>", "text": "after 500", "faults": ["500"]},
        {"match": "<<503>>", "text": "after 503", "faults": ["503"]},
        {"match": "<<429>>", "text": "after 429", "faults": ["429"]},
        {"match": "<<drop>>", "text": "after drop", "faults": ["drop"]}
      ]
    },
    "expiring": {"batch": {"complete_ms": 700, "expire_after": 1}, "default": {"text": "done"}},
    "cancelling": {"batch": {"complete_ms": 700, "cancel_after": 2}, "default": {"text": "done"}},
    "paced": {"batch": {"complete_ms": 1000}, "default": {"text": "paced"}},
    "slow": {"batch": {"complete_ms": 60000}, "default": {"text": "never"}}
  }
}
EOF

sim_start "$T/script.json"
H1='x-api-key: sk-anth'; H2='anthropic-version: 2023-06-01'

# params MODEL PROMPT [JQ-EXTRA] -- a Messages API body
params() {
	jq -nc --arg m "$1" --arg p "$2" "{model: \$m, max_tokens: 100, messages: [{role: \"user\", content: \$p}]} ${3:-}"
}
# item CUSTOM_ID MODEL PROMPT [JQ-EXTRA] -- one entry of "requests"
item() { jq -nc --arg id "$1" --argjson p "$(params "$2" "$3" "${4:-}")" '{custom_id: $id, params: $p}'; }
# create ITEMS-FILE -- POST the batch of the items (one a line); body in $T/body, status on stdout
create() {
	jq -sc '{requests: .}' "$1" >"$T/req.json"
	curl -s -o "$T/body" -w '%{http_code}' -H "$H1" -H "$H2" -H 'Content-Type: application/json' \
		--data-binary "@$T/req.json" "$BASE/messages/batches"
}
# call METHOD PATH [curl args] -- body in $T/body, status on stdout
call() {
	m=$1; p=$2; shift 2
	curl -s -o "$T/body" -w '%{http_code}' -X "$m" -H "$H1" -H "$H2" "$@" "$BASE/$p"
}
field() { jq -r "$1" "$T/body"; }
wait_end() {
	i=0
	while [ $i -lt 100 ]; do
		call GET "messages/batches/$1" >/dev/null
		[ "$(field .processing_status)" = ended ] && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# results ID OUT -- the results JSONL
results() { curl -s -H "$H1" -H "$H2" -o "$2" "$BASE/messages/batches/$1/results"; }
r() { jq -c "select(.custom_id == \"$1\") | .result | $2" "$T/res.jsonl"; }
L() { jq -c "$1" "$LEDGER"; }
secs() { jq -r "$1 | sub(\"\\\\.[0-9]+Z\$\"; \"Z\") | fromdate" "$T/body"; }

# ---- a batch: created, in progress, ended ----
{
	item a1 small "What is the capital of France?"
	item a2 small "What's the weather?" '| .tools = [{name: "get_weather", description: "the weather of a city", input_schema: {type: "object", properties: {city: {type: "string"}}}}] | .system = "Be brief."'
	item a3 small "<<500>>"
	item a4 small "<<503>>"
	item a5 small "<<429>>"
	item a6 small "<<drop>>"
	item a7 small "hi" '| del(.max_tokens)'
	item a8 small "hi" '| .messages = [{role: "assistant", content: "x"}]'
	item a9 small "capital of France" '| .stream = true'
	item a10 nosuchmodel "hi"
	item a11 small "Hello"
} >"$T/items"
st=$(create "$T/items")
BID=$(field .id)
cp "$T/body" "$T/created"
call GET "messages/batches/$BID" >/dev/null; cp "$T/body" "$T/early"
rst=$(call GET "messages/batches/$BID/results"); cp "$T/body" "$T/early_results"
cp "$T/created" "$T/body"
check "create: status 200" eq "$st" 200
check "create: a message_batch, in_progress" eq "$(field '"\(.type) \(.processing_status) \(.id | startswith("msgbatch_"))"')" "message_batch in_progress true"
check "create: counts" eq "$(field '.request_counts | "\(.processing) \(.succeeded) \(.errored) \(.canceled) \(.expired)"')" "11 0 0 0 0"
check "create: nulls" eq "$(field '[.ended_at, .archived_at, .cancel_initiated_at, .results_url] | map(tostring) | join(",")')" "null,null,null,null"
check "create: created_at is RFC 3339 UTC" sh -c 'echo "$0" | grep -Eq "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z$"' "$(field .created_at)"
check "create: created_at is now" test "$(( $(date +%s) - $(secs .created_at) ))" -le 5
check "create: expires_at is 24 h later" eq "$(( $(secs .expires_at) - $(secs .created_at) ))" 86400
cp "$T/early" "$T/body"
check "get at once: in_progress" eq "$(field '"\(.processing_status) \(.request_counts.processing) \(.results_url)"')" "in_progress 11 null"
cp "$T/early_results" "$T/body"
check "results before the end: 400 invalid_request_error" eq "$rst $(field '"\(.type) \(.error.type)"')" "400 error invalid_request_error"
check "wait until it ends" wait_end "$BID"
check "ended: counts" eq "$(field '.request_counts | "\(.processing) \(.succeeded) \(.errored) \(.canceled) \(.expired)"')" "0 3 8 0 0"
check "ended: ended_at after created_at" test "$(secs .ended_at)" -ge "$(secs .created_at)"
check "ended: no cancel" eq "$(field .cancel_initiated_at)" null
URL=$(field .results_url)
check "ended: results_url is absolute" eq "$URL" "http://127.0.0.1:$PORT/v1/messages/batches/$BID/results"
curl -s -D "$T/hdr" -H "$H1" -H "$H2" -o "$T/res.jsonl" "$URL"
check "results_url works" eq "$(sed -n 1p "$T/hdr" | tr -d '\r' | cut -d' ' -f2)" 200
check "results: one line per request" eq "$(wc -l <"$T/res.jsonl" | tr -d ' ')" 11
check "results: not in input order (reversed)" eq "$(jq -r .custom_id "$T/res.jsonl" | tr '\n' ' ')" "a11 a10 a9 a8 a7 a6 a5 a4 a3 a2 a1 "
check "results: succeeded" eq "$(jq -r 'select(.result.type == "succeeded") | .custom_id' "$T/res.jsonl" | sort | tr '\n' ' ')" "a1 a11 a2 "
check "results: the message" eq "$(r a1 '[.message.type, .message.content[0].type, .message.content[1].text, .message.stop_reason]')" '["message","thinking","Paris","end_turn"]'
check "results: a tool_use message" eq "$(r a2 '[.message.stop_reason, .message.content[0].name, .message.content[0].input.city]')" '["tool_use","get_weather","Paris"]'
check "results: 500 is an api_error" eq "$(r a3 '[.type, .error.type, .error.error.type]')" '["errored","error","api_error"]'
check "results: 503 is an overloaded_error" eq "$(r a4 '.error.error.type')" '"overloaded_error"'
check "results: 429 is a rate_limit_error" eq "$(r a5 '.error.error.type')" '"rate_limit_error"'
check "results: drop is an api_error" eq "$(r a6 '.error.error.type')" '"api_error"'
check "results: no max_tokens is an invalid_request_error" eq "$(r a7 '[.error.error.type, (.error.error.message | test("max_tokens"))]')" '["invalid_request_error",true]'
check "results: roles broken is an invalid_request_error" eq "$(r a8 '[.error.error.type, (.error.error.message | test("roles"))]')" '["invalid_request_error",true]'
check "results: stream is an invalid_request_error" eq "$(r a9 '[.error.error.type, (.error.error.message | test("stream"))]')" '["invalid_request_error",true]'
check "results: an unknown model is a not_found_error" eq "$(r a10 '.error.error.type')" '"not_found_error"'

# the succeeded messages are the interactive answers (the second attempt
# of each key, so only the ids differ); a2 offers tools and has a system
# text, which must count the same in a batch
for q in a1 a2 a11; do
	b=$(jq -c "select(.custom_id == \"$q\") | .params" "$T/items")
	curl -s -H "$H1" -H "$H2" -d "$b" "$BASE/messages" >"$T/inter.$q"
	check "result $q equals the interactive answer" eq \
		"$(jq -cS "select(.custom_id == \"$q\") | .result.message | del(.id)" "$T/res.jsonl")" \
		"$(jq -cS 'del(.id)' "$T/inter.$q")"
done
b=$(jq -c 'select(.custom_id == "a4") | .params' "$T/items")
check "the batch attempt counts: the next 503 request is answered" eq \
	"$(curl -s -H "$H1" -H "$H2" -d "$b" "$BASE/messages" | jq -r '.content[0].text')" "after 503"

check "ledger: one line per processed request" eq \
	"$(L "select(.batch == \"$BID\" and (has(\"op\") | not)) | .custom_id" | sort | tr -d '"' | tr '\n' ' ')" "a1 a10 a11 a2 a3 a4 a5 a6 a7 a8 a9 "
check "ledger: request lines are anthropic, served when succeeded" eq \
	"$(L "select(.batch == \"$BID\" and (has(\"op\") | not)) | [.api, .served]" | sort | uniq -c | tr -s ' ' | tr '\n' ';')" \
	' 8 ["anthropic",false]; 3 ["anthropic",true];'
check "ledger: the 503 fault is 529" eq "$(L "select(.custom_id == \"a4\" and .batch == \"$BID\") | [.fault, .status, .attempt]")" '["503",529,1]'
check "ledger: op lines" eq "$(L 'select(.op and .api == "anthropic") | .op' | sort -u | tr -d '"' | tr '\n' ' ')" \
	"batch_create batch_get batch_results "
check "ledger: the results refused before the end" eq "$(L "select(.op == \"batch_results\" and .batch == \"$BID\") | .status" | tr '\n' ' ')" "400 200 "
check "ledger: the create line" eq "$(L "select(.op == \"batch_create\" and .batch == \"$BID\") | [.api, .requests, .status]")" '["anthropic",11,200]'

# ---- expire_after ----
{ item e1 expiring one; item e2 expiring two; item e3 expiring three; } >"$T/items"
create "$T/items" >/dev/null; BID=$(field .id)
wait_end "$BID"
check "expire: counts" eq "$(field '.request_counts | "\(.succeeded) \(.expired) \(.canceled)"')" "1 2 0"
results "$BID" "$T/res.jsonl"
check "expire: results" eq "$(jq -r '"\(.custom_id) \(.result.type)"' "$T/res.jsonl" | sort | tr '\n' ',')" "e1 succeeded,e2 expired,e3 expired,"
check "expire: the ledger has the processed one only" eq "$(L "select(.batch == \"$BID\" and (has(\"op\") | not)) | .custom_id")" '"e1"'

# ---- cancel_after ----
{ item c1 cancelling one; item c2 cancelling two; item c3 cancelling three; } >"$T/items"
create "$T/items" >/dev/null; BID=$(field .id)
wait_end "$BID"
check "cancel_after: counts" eq "$(field '.request_counts | "\(.succeeded) \(.canceled) \(.expired)"')" "2 1 0"
check "cancel_after: cancel_initiated_at" eq "$(field '.cancel_initiated_at != null')" true
results "$BID" "$T/res.jsonl"
check "cancel_after: results" eq "$(jq -c '[.custom_id, .result]' "$T/res.jsonl" | sort | sed -n 3p)" '["c3",{"type":"canceled"}]'
check "cancel after the end: 400" eq "$(call POST "messages/batches/$BID/cancel")" 400

# ---- a client's cancel: at once, then partway ----
{ item s1 slow one; item s2 slow two; item s3 slow three; } >"$T/items"
create "$T/items" >/dev/null; BID=$(field .id)
st=$(call POST "messages/batches/$BID/cancel")
check "cancel: 200, canceling" eq "$st $(field .processing_status) $(field '.cancel_initiated_at != null')" "200 canceling true"
check "cancel: still processing in the response" eq "$(field .request_counts.processing)" 3
call GET "messages/batches/$BID" >/dev/null
check "cancel: the next GET says ended" eq "$(field '.processing_status')" ended
check "cancel: all canceled" eq "$(field '.request_counts | "\(.succeeded) \(.canceled)"')" "0 3"
results "$BID" "$T/res.jsonl"
check "cancel: the results" eq "$(jq -r .result.type "$T/res.jsonl" | sort | uniq -c | tr -s ' ')" " 3 canceled"
check "cancel: a second cancel is refused" eq "$(call POST "messages/batches/$BID/cancel")" 400

for i in 0 1 2 3 4 5 6 7 8 9; do item "p$i" paced "p $i"; done >"$T/items"
create "$T/items" >/dev/null; BID=$(field .id)
sleep 0.55
call POST "messages/batches/$BID/cancel" >/dev/null
call GET "messages/batches/$BID" >/dev/null
ok=$(field .request_counts.succeeded)
check "cancel partway: about half processed" sh -c '[ "$0" -ge 5 ] && [ "$0" -le 9 ]' "$ok"
check "cancel partway: the rest canceled" eq "$(field '.request_counts.canceled')" $((10 - ok))
results "$BID" "$T/res.jsonl"
check "cancel partway: the first ones in input order processed" eq \
	"$(jq -r 'select(.result.type == "succeeded") | .custom_id' "$T/res.jsonl" | sort | tr '\n' ' ')" \
	"$(seq 0 $((ok - 1)) | sed 's/^/p/' | tr '\n' ' ')"

# ---- refusals ----
bad() { # NAME JSON [PATTERN]
	st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$H1" -H "$H2" -d "$2" "$BASE/messages/batches")
	check "create refused ($1): 400 invalid_request_error" eq "$st $(field .error.type)" "400 invalid_request_error"
}
P=$(params small hi)
bad "no requests" '{}'
bad "empty requests" '{"requests": []}'
bad "custom_id with a space" "{\"requests\": [{\"custom_id\": \"a b\", \"params\": $P}]}"
bad "custom_id too long" "{\"requests\": [{\"custom_id\": \"$(printf 'x%.0s' $(seq 65))\", \"params\": $P}]}"
bad "custom_id empty" "{\"requests\": [{\"custom_id\": \"\", \"params\": $P}]}"
bad "custom_id repeated" "{\"requests\": [{\"custom_id\": \"a\", \"params\": $P}, {\"custom_id\": \"a\", \"params\": $P}]}"
bad "not JSON" '{"requests": ['
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$H1" -H "$H2" -d "{\"requests\": [{\"custom_id\": \"$(printf 'x%.0s' $(seq 64))\", \"params\": $P}]}" "$BASE/messages/batches")
check "a 64-character custom_id is taken" eq "$st" 200
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$H2" -d "{\"requests\": [{\"custom_id\": \"a\", \"params\": $P}]}" "$BASE/messages/batches")
check "no x-api-key: 401 authentication_error" eq "$st $(field .error.type)" "401 authentication_error"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$H1" -d "{\"requests\": [{\"custom_id\": \"a\", \"params\": $P}]}" "$BASE/messages/batches")
check "no anthropic-version: 400" eq "$st $(field .error.type)" "400 invalid_request_error"
check "get without a key: 401" eq "$(curl -s -o /dev/null -w '%{http_code}' -H "$H2" "$BASE/messages/batches/$BID")" 401
check "an unknown batch: 404 not_found_error" eq "$(call GET messages/batches/msgbatch_nosuch) $(field .error.type)" "404 not_found_error"
check "results of an unknown batch: 404" eq "$(call GET messages/batches/msgbatch_nosuch/results)" 404
check "cancel of an unknown batch: 404" eq "$(call POST messages/batches/msgbatch_nosuch/cancel)" 404
check "an OpenAI batch id is unknown here" eq "$(call GET messages/batches/batch_sim_1)" 404

# ---- the list ----
st=$(call GET messages/batches)
check "list: status 200" eq "$st $(field .has_more)" "200 false"
check "list: every batch, newest first" eq "$(field '[.data[].id] | join(" ")')" \
	"$(L 'select(.op == "batch_create" and .status == 200) | .batch' | tr -d '"' | tac | tr '\n' ' ' | sed 's/ $//')"
check "list: first_id and last_id" eq "$(field '(.first_id == .data[0].id) and (.last_id == .data[-1].id)')" true
check "list: message_batch objects" eq "$(field '[.data[].type] | unique | join(",")')" message_batch
call GET "messages/batches?limit=2" >/dev/null
check "list: limit" eq "$(field '"\(.data | length) \(.has_more)"')" "2 true"

# ---- deleting a batch ----
{ item x1 slow one; } >"$T/items"
create "$T/items" >/dev/null; SLOW=$(field .id)
check "delete while in progress: 400" eq "$(call DELETE "messages/batches/$SLOW")" 400
check "delete an ended batch" eq "$(call DELETE "messages/batches/$BID") $(field '"\(.id) \(.type)"')" "200 $BID message_batch_deleted"
check "a deleted batch is gone" eq "$(call GET "messages/batches/$BID")" 404
check "its results are gone" eq "$(call GET "messages/batches/$BID/results")" 404
check "the list no longer has it" eq "$(call GET messages/batches >/dev/null; field "[.data[] | select(.id == \"$BID\")] | length")" 0
check "ledger: batch_delete lines" eq "$(L 'select(.op == "batch_delete") | .status' | tr '\n' ' ')" "400 200 "

done_tests
