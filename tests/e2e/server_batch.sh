#!/bin/sh
# tests/e2e/server_batch.sh -- the test server's OpenAI Batch API over real
# HTTP: file upload (multipart), batch creation, the states over time
# (validating, in_progress, completed, expired, cancelled, failed), output
# and error files, scripted faults inside a batch, a client's cancel, the
# list, keys, unknown ids, the "batch" script key and the ledger.
. "$(dirname "$0")/lib.sh"

cat >"$T/script.json" <<'EOF'
{
  "require_key": "sk-batch",
  "models": {
    "small": {
      "batch": {"complete_ms": 800},
      "rules": [
        {"match": "capital of France", "text": "Paris", "reasoning": "France's capital is Paris."},
        {"match": "2 + 2", "text": "4"},
        {"match": "<<500>>", "text": "after 500", "faults": ["500"]},
        {"match": "<<429>>", "text": "after 429", "faults": ["429-retry-after:3"]},
        {"match": "<<truncate>>", "text": "after truncate", "faults": ["truncate"]}
      ]
    },
    "expiring": {"batch": {"complete_ms": 700, "expire_after": 2}, "default": {"text": "done"}},
    "cancelling": {"batch": {"complete_ms": 300, "cancel_after": 1}, "default": {"text": "done"}},
    "slow": {"batch": {"complete_ms": 60000}, "default": {"text": "never"}},
    "instant": {"batch": {"complete_ms": 0}, "default": {"text": "at once"}}
  }
}
EOF

sim_start "$T/script.json"
KEY='Authorization: Bearer sk-batch'

# req CUSTOM_ID MODEL PROMPT [JQ-EXTRA] -- one input line of a batch file
req() {
	jq -nc --arg id "$1" --arg m "$2" --arg p "$3" \
		"{custom_id: \$id, method: \"POST\", url: \"/v1/chat/completions\",
		  body: {model: \$m, messages: [{role: \"user\", content: \$p}]}} ${4:-}"
}
# upload FILE [curl args] -- POST /v1/files; body in $T/body, status on stdout
upload() {
	f=$1; shift
	curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" "$@" -F purpose=batch -F "file=@$f" "$BASE/files"
}
# create FILE-ID [JSON-EXTRA] -- POST /v1/batches; body in $T/body, status on stdout
create() {
	curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -H 'Content-Type: application/json' \
		-d "$(jq -nc --arg f "$1" "{input_file_id: \$f, endpoint: \"/v1/chat/completions\",
			completion_window: \"24h\"} ${2:-}")" "$BASE/batches"
}
# get PATH -- GET $BASE/PATH with the key; body in $T/body, status on stdout
get() { curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" "$BASE/$1"; }
field() { jq -r "$1" "$T/body"; }
# wait_end ID -- poll the batch until it has ended (at most 10 s); body in $T/body
wait_end() {
	i=0
	while [ $i -lt 100 ]; do
		get "batches/$1" >/dev/null
		case $(field .status) in validating|in_progress|finalizing|cancelling) ;; *) return 0 ;; esac
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# content FILE-ID OUT -- the bytes of a file
content() { curl -s -H "$KEY" -o "$2" "$BASE/files/$1/content"; }
# run_batch INPUT -- upload and create; sets FID and BID
run_batch() {
	upload "$1" >/dev/null; FID=$(field .id)
	create "$FID" >/dev/null; BID=$(field .id)
}

# ---- upload ----
{
	req q1 small "What is the capital of France?"
	req q2 small "What is 2 + 2?" '| .body.tools = [{type: "function", function: {name: "calc", description: "adds numbers", parameters: {type: "object", properties: {a: {type: "number"}}}}}]'
	req q3 small "<<500>>"
	req q4 small "Hello there"
	req q5 small "<<429>>"
	req q6 small "<<truncate>>"
	req q7 small "capital of France" '| .body.stream = true'
	req q8 nosuchmodel "hi"
} >"$T/in.jsonl"
st=$(upload "$T/in.jsonl")
check "upload: status 200" eq "$st" 200
check "upload: a file object" eq "$(field '"\(.object) \(.purpose) \(.filename)"')" "file batch in.jsonl"
check "upload: bytes" eq "$(field .bytes)" "$(wc -c <"$T/in.jsonl" | tr -d ' ')"
check "upload: an id" sh -c 'echo "$0" | grep -q "^file-"' "$(field .id)"
check "upload: created_at is now" test "$(( $(date +%s) - $(field .created_at) ))" -le 5
FID=$(field .id)
st=$(get "files/$FID/content")
check "file content: the bytes uploaded" cmp "$T/body" "$T/in.jsonl"
st=$(get "files/$FID")
check "file object: by id" eq "$st $(field .id)" "200 $FID"

st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -F "file=@$T/in.jsonl" "$BASE/files")
check "upload without purpose: 400" eq "$st $(field .error.type)" "400 invalid_request_error"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -F purpose=fine-tune -F "file=@$T/in.jsonl" "$BASE/files")
check "upload with another purpose: 400" eq "$st $(field .error.param)" "400 purpose"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -F purpose=batch "$BASE/files")
check "upload without a file: 400" eq "$st $(field .error.param)" "400 file"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -H 'Content-Type: application/json' -d '{}' "$BASE/files")
check "upload that is not multipart: 400" eq "$st" 400
st=$(curl -s -o "$T/body" -w '%{http_code}' -H 'Authorization: Bearer wrong' -F purpose=batch -F "file=@$T/in.jsonl" "$BASE/files")
check "upload with a wrong key: 401" eq "$st $(field .error.code)" "401 invalid_api_key"

# ---- a batch: created, in progress, completed ----
t0=$(date +%s)
st=$(create "$FID" '+ {metadata: {run: "r1"}}')
BID=$(field .id)
cp "$T/body" "$T/created"
get "batches/$BID" >/dev/null
cp "$T/body" "$T/early"
cp "$T/created" "$T/body"
check "create: status 200" eq "$st" 200
check "create: a batch object, validating" eq "$(field '"\(.object) \(.status) \(.endpoint) \(.completion_window)"')" \
	"batch validating /v1/chat/completions 24h"
check "create: input_file_id" eq "$(field .input_file_id)" "$FID"
check "create: counts" eq "$(field '[.request_counts.total, .request_counts.completed, .request_counts.failed] | @tsv')" "$(printf '8\t0\t0')"
check "create: no files yet, no end times" eq "$(field '[.output_file_id, .error_file_id, .in_progress_at, .completed_at, .errors] | map(tostring) | join(",")')" "null,null,null,null,null"
check "create: expires_at is created_at + 24 h" eq "$(field '.expires_at - .created_at')" 86400
check "create: created_at is now" test "$(( $(field .created_at) - t0 ))" -le 2
check "create: metadata echoed" eq "$(field .metadata.run)" "r1"
cp "$T/early" "$T/body"
check "get at once: in_progress" eq "$(field '"\(.status) \(.in_progress_at != null) \(.output_file_id)"')" "in_progress true null"
check "wait until it ends" wait_end "$BID"
check "completed" eq "$(field .status)" "completed"
check "completed: times set" eq "$(field '[.completed_at, .finalizing_at, .in_progress_at] | map(. != null) | all')" "true"
check "completed: no expiry or cancel times" eq "$(field '[.expired_at, .cancelled_at, .cancelling_at, .failed_at] | map(tostring) | join(",")')" "null,null,null,null"
check "completed: counts 3 completed, 5 failed" eq "$(field '"\(.request_counts.total) \(.request_counts.completed) \(.request_counts.failed)"')" "8 3 5"
OUT=$(field .output_file_id); ERR=$(field .error_file_id)
check "completed: an output and an error file" sh -c '[ "$0" != null ] && [ "$1" != null ] && [ "$0" != "$1" ]' "$OUT" "$ERR"
content "$OUT" "$T/out.jsonl"; content "$ERR" "$T/err.jsonl"
check "output: one line per answered request" eq "$(wc -l <"$T/out.jsonl" | tr -d ' ')" 3
check "output: not in input order (reversed)" eq "$(jq -r .custom_id "$T/out.jsonl" | tr '\n' ' ')" "q4 q2 q1 "
check "output: line shape" eq "$(jq -r '"\(.id | startswith("batch_req_")) \(.response.status_code) \(.response.request_id | length > 0) \(.error)"' "$T/out.jsonl" | sort -u)" "true 200 true null"
check "output: the answer" eq "$(jq -r 'select(.custom_id == "q1") | .response.body.choices[0].message.content' "$T/out.jsonl")" "Paris"
check "error file: one line per failed request" eq "$(jq -r .custom_id "$T/err.jsonl" | tr '\n' ' ')" "q8 q7 q6 q5 q3 "
e() { jq -c "select(.custom_id == \"$1\") | $2" "$T/err.jsonl"; }
check "error: a 500 fault keeps its status and body" eq "$(e q3 '[.response.status_code, .response.body.error.type, .response.body.error.code, .error]')" '[500,"server_error","500",null]'
check "error: a 429 fault keeps its status" eq "$(e q5 '[.response.status_code, .response.body.error.type]')" '[429,"rate_limit_error"]'
check "error: truncate becomes 500 server_error" eq "$(e q6 '[.response.status_code, .response.body.error.type]')" '[500,"server_error"]'
check "error: stream:true is a 400" eq "$(e q7 '[.response.status_code, .response.body.error.type, (.response.body.error.message | test("stream"))]')" '[400,"invalid_request_error",true]'
check "error: an unknown model is a 404 model_not_found" eq "$(e q8 '[.response.status_code, .response.body.error.code]')" '[404,"model_not_found"]'

# the batch answers are the interactive answers: the same bodies, asked
# again one by one (the second attempt of each key, so the ids differ and
# the faulted ones now succeed); q2 offers tools, which may count in the
# prompt tokens: they must count the same in a batch
for q in q1 q2 q4; do
	b=$(jq -c "select(.custom_id == \"$q\") | .body" "$T/in.jsonl")
	curl -s -H "$KEY" -H 'Content-Type: application/json' -d "$b" "$BASE/chat/completions" >"$T/inter.$q"
	check "output $q equals the interactive answer" eq \
		"$(jq -cS 'select(.custom_id == "'$q'") | .response.body | del(.id, .created)' "$T/out.jsonl")" \
		"$(jq -cS 'del(.id, .created)' "$T/inter.$q")"
	check "output $q: the same request key as interactive" eq \
		"$(jq -r 'select(.custom_id == "'$q'") | .response.body.id | sub("-[0-9]+$"; "")' "$T/out.jsonl")" \
		"$(jq -r '.id | sub("-[0-9]+$"; "")' "$T/inter.$q")"
done
b=$(jq -c 'select(.custom_id == "q3") | .body' "$T/in.jsonl")
check "the batch attempt counts: the next 500 request is answered" eq \
	"$(curl -s -H "$KEY" -d "$b" "$BASE/chat/completions" | jq -r '.choices[0].message.content')" "after 500"

# ---- the ledger ----
L() { jq -c "$1" "$LEDGER"; }
check "ledger: one line per processed request, with batch and custom_id" eq \
	"$(L "select(.batch == \"$BID\" and (has(\"op\") | not)) | .custom_id" | sort | tr -d '"\n')" "q1q2q3q4q5q6q7q8"
check "ledger: answered lines are served, others not" eq \
	"$(L "select(.batch == \"$BID\" and .served) | .custom_id" | sort | tr -d '"\n')" "q1q2q4"
check "ledger: request lines have the interactive fields" eq \
	"$(L "select(.batch == \"$BID\" and .custom_id == \"q3\") | [.model, .attempt, .fault, .status, .stream, .auth]")" '["small",1,"500",500,false,true]'
check "ledger: the 429 fault as scripted" eq "$(L "select(.custom_id == \"q5\") | .fault")" '"429-retry-after:3"'
check "ledger: op lines" eq "$(L 'select(.op) | .op' | sort -u | tr -d '"' | tr '\n' ' ')" \
	"batch_create batch_get file_content file_get file_upload "
check "ledger: the create line" eq "$(L "select(.op == \"batch_create\" and .batch == \"$BID\") | [.api, .requests, .status]")" '["openai",8,200]'
check "ledger: a refused upload has its status" eq "$(L 'select(.op == "file_upload" and .status == 401) | .batch')" null

# ---- expire_after: the first two processed, the rest expired ----
for i in 1 2 3 4; do req "e$i" expiring "expire $i"; done >"$T/exp.jsonl"
run_batch "$T/exp.jsonl"
get "batches/$BID" >/dev/null
check "expire: in progress first" eq "$(field .status)" in_progress
wait_end "$BID"
check "expire: status expired" eq "$(field '"\(.status) \(.expired_at != null) \(.completed_at)"')" "expired true null"
check "expire: counts" eq "$(field '"\(.request_counts.completed) \(.request_counts.failed)"')" "2 2"
content "$(field .output_file_id)" "$T/out.jsonl"; content "$(field .error_file_id)" "$T/err.jsonl"
check "expire: the first two answered" eq "$(jq -r .custom_id "$T/out.jsonl" | sort | tr '\n' ' ')" "e1 e2 "
check "expire: the rest batch_expired" eq "$(jq -c '[.custom_id, .response, .error.code, (.error.message | test("expired"))]' "$T/err.jsonl" | sort | tr '\n' ' ')" \
	'["e3",null,"batch_expired",true] ["e4",null,"batch_expired",true] '
check "expire: ledger has only the processed requests" eq "$(L "select(.batch == \"$BID\" and (has(\"op\") | not)) | .custom_id" | sort | tr -d '"\n')" "e1e2"

# ---- cancel_after: cancelled by the provider after one ----
for i in 1 2 3; do req "c$i" cancelling "cancel $i"; done >"$T/can.jsonl"
run_batch "$T/can.jsonl"
wait_end "$BID"
check "cancel_after: status cancelled" eq "$(field '"\(.status) \(.cancelled_at != null) \(.cancelling_at != null)"')" "cancelled true true"
check "cancel_after: counts" eq "$(field '"\(.request_counts.completed) \(.request_counts.failed)"')" "1 2"
content "$(field .output_file_id)" "$T/out.jsonl"; content "$(field .error_file_id)" "$T/err.jsonl"
check "cancel_after: the first answered" eq "$(jq -r .custom_id "$T/out.jsonl")" "c1"
check "cancel_after: the rest batch_cancelled" eq "$(jq -r '"\(.custom_id) \(.error.code)"' "$T/err.jsonl" | sort | tr '\n' ' ')" \
	"c2 batch_cancelled c3 batch_cancelled "
check "cancel_after: cancelled after it ended is refused" eq "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" -X POST "$BASE/batches/$BID/cancel")" 400

# ---- a client's cancel ----
for i in 1 2 3 4; do req "s$i" slow "slow $i"; done >"$T/slow.jsonl"
run_batch "$T/slow.jsonl"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -X POST "$BASE/batches/$BID/cancel")
check "cancel: status 200, cancelling" eq "$st $(field .status) $(field '.cancelling_at != null')" "200 cancelling true"
get "batches/$BID" >/dev/null
check "cancel: the next GET says cancelled" eq "$(field '"\(.status) \(.cancelled_at != null)"')" "cancelled true"
check "cancel: nothing was processed yet (no output file)" eq "$(field '"\(.output_file_id) \(.request_counts.failed)"')" "null 4"
content "$(field .error_file_id)" "$T/err.jsonl"
check "cancel: every request batch_cancelled" eq "$(jq -r .error.code "$T/err.jsonl" | sort | uniq -c | tr -s ' ')" " 4 batch_cancelled"
check "cancel: no request lines in the ledger" eq "$(L "select(.batch == \"$BID\" and (has(\"op\") | not))" | wc -l | tr -d ' ')" 0
check "cancel: a second cancel is refused" eq "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" -X POST "$BASE/batches/$BID/cancel")" 400

# ---- complete_ms 0: ended at the first look ----
req i1 instant "now" >"$T/inst.jsonl"
run_batch "$T/inst.jsonl"
check "complete_ms 0: the create response is validating" eq "$(field '"\(.status) \(.completed_at) \(.request_counts.completed)"')" "validating null 0"
get "batches/$BID" >/dev/null
check "complete_ms 0: completed at once" eq "$(field .status)" completed
INST=$BID

# ---- invalid lines: a failed batch ----
{
	req d1 small "one"
	echo '{"custom_id": "d2", not json'
	req d1 small "two"
	req d3 small "three" '| .url = "/v1/embeddings"'
} >"$T/bad.jsonl"
run_batch "$T/bad.jsonl"
check "invalid lines: the batch is created, validating" eq "$(field '"\(.status) \(.errors) \(.failed_at)"')" "validating null null"
get "batches/$BID" >/dev/null
check "invalid lines: failed at the first look" eq "$(field '"\(.status) \(.failed_at != null)"')" "failed true"
check "invalid lines: the errors" eq "$(field '[.errors.object] + [.errors.data[] | "\(.code):\(.line)"] | join(" ")')" \
	"list invalid_json_line:2 duplicate_custom_id:3 invalid_url:4"
wait_end "$BID"
check "invalid lines: stays failed, no files, no requests" eq "$(field '"\(.status) \(.output_file_id) \(.error_file_id) \(.request_counts.total)"')" "failed null null 0"
check "invalid lines: nothing processed" eq "$(L "select(.batch == \"$BID\" and (has(\"op\") | not))" | wc -l | tr -d ' ')" 0
printf '\n' >"$T/empty.jsonl"
run_batch "$T/empty.jsonl"
get "batches/$BID" >/dev/null
check "an empty file: failed" eq "$(field '"\(.status) \(.errors.data[0].code)"')" "failed empty_file"

# ---- refusals ----
st=$(create file-nosuch)
check "create: an unknown file is a 400 on input_file_id" eq "$st $(field '"\(.error.type) \(.error.param) \(.error.code)"')" "400 invalid_request_error input_file_id null"
st=$(create "$FID" '| .endpoint = "/v1/embeddings"')
check "create: another endpoint is a 400" eq "$st $(field .error.param)" "400 endpoint"
st=$(create "$FID" '| .completion_window = "48h"')
check "create: another window is a 400" eq "$st $(field .error.param)" "400 completion_window"
st=$(curl -s -o "$T/body" -w '%{http_code}' -H 'Content-Type: application/json' \
	-d "{\"input_file_id\": \"$FID\", \"endpoint\": \"/v1/chat/completions\", \"completion_window\": \"24h\"}" "$BASE/batches")
check "create without a key: 401" eq "$st" 401
check "get without a key: 401" eq "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/batches/$INST")" 401
check "list without a key: 401" eq "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/batches")" 401
check "file content without a key: 401" eq "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/files/$FID/content")" 401
check "an unknown batch: 404" eq "$(get batches/batch_nosuch) $(field .error.type)" "404 invalid_request_error"
check "an unknown file: 404" eq "$(get files/file-nosuch/content)" 404
check "cancel of an unknown batch: 404" eq "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" -X POST "$BASE/batches/batch_nosuch/cancel")" 404
check "ledger: the 404 lines" test "$(L 'select(.op and .status == 404)' | wc -l)" -ge 3

# ---- the list ----
st=$(get batches)
check "list: status 200, a list" eq "$st $(field .object) $(field .has_more)" "200 list false"
check "list: every batch, newest first" eq "$(field '[.data[].id] | join(" ")')" \
	"$(L 'select(.op == "batch_create" and .status == 200 and .api == "openai") | .batch' | tr -d '"' | tac | tr '\n' ' ' | sed 's/ $//')"
check "list: first_id and last_id" eq "$(field '(.first_id == .data[0].id) and (.last_id == .data[-1].id)')" true
get "batches?limit=2" >/dev/null
check "list: limit" eq "$(field '"\(.data | length) \(.has_more)"')" "2 true"
after=$(field .last_id)
get "batches?limit=1&after=$after" >/dev/null
check "list: after" eq "$(field '.data | length')" 1
check "list: an ended batch shows its files" eq "$(get batches >/dev/null; field "[.data[] | select(.id == \"$INST\") | .output_file_id != null] | .[0]")" true

# ---- deleting a file ----
st=$(curl -s -o "$T/body" -w '%{http_code}' -H "$KEY" -X DELETE "$BASE/files/$FID")
check "delete a file: deleted" eq "$st $(field '"\(.id) \(.object) \(.deleted)"')" "200 $FID file true"
check "a deleted file is gone" eq "$(get "files/$FID/content")" 404
check "delete it again: 404" eq "$(curl -s -o /dev/null -w '%{http_code}' -H "$KEY" -X DELETE "$BASE/files/$FID")" 404
check "its batch is still there" eq "$(get "batches/$INST")" 200
check "ledger: file_delete lines" eq "$(L 'select(.op == "file_delete") | .status' | tr '\n' ' ')" "200 404 "
sim_stop

# ---- the "batch" script key ----
bad() { # NAME SCRIPT-TEXT EXPECTED-MESSAGE-PART
	printf '%s\n' "$2" >"$T/bad.json"
	"$TRISIM" --script "$T/bad.json" --port-file "$T/bad.port" 2>"$T/bad.err"
	check "bad script ($1): exit 2" eq "$?" 2
	check "bad script ($1): says what is wrong" grep -q "$3" "$T/bad.err"
}
bad "batch both ends" '{"models": {"m": {"batch": {"expire_after": 1, "cancel_after": 1}}}}' "both"
bad "batch unknown key" '{"models": {"m": {"batch": {"complete": 5}}}}' 'unknown key "complete"'
bad "batch negative" '{"models": {"m": {"batch": {"complete_ms": -1}}}}' "batch.complete_ms"
bad "batch not an object" '{"models": {"m": {"batch": 5}}}' '"batch" must be an object'

done_tests
