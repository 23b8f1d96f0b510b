#!/bin/sh
# tests/e2e/server.sh -- the test server (tests/server/) over real HTTP:
# answers, streaming, usage, every fault kind, the ledger, keys, stopping.
#
# Expected token counts are worked out by hand from the formula in
# docs/test-server.md: prompt = ceil(bytes of all message contents / 4),
# reasoning = ceil(bytes(reasoning) / 4), completion = ceil(bytes(text) / 4)
# + reasoning.
. "$(dirname "$0")/lib.sh"

cat >"$T/script.json" <<'EOF'
{
  "_comment": "keys starting with _ are ignored",
  "models": {
    "small": {
      "label": "simulated small model",
      "chunk_bytes": 4,
      "cost": 0.00012,
      "provider": "SimCloud",
      "timings": true,
      "stall_ms": 60000,
      "default": {"text": "I don't know."},
      "rules": [
        {"match": "capital of France", "text": "Paris", "reasoning": "France's capital is Paris."},
        {"regex": "^[0-9]+ [+] [0-9]+[?]$", "text": "4"},
        {"match": "fixed usage", "text": "ok", "usage": {"prompt_tokens": 7, "completion_tokens": 3}},
        {"match": "<<utf8>>", "text": "\u00e9\u00e9\u00e9"},
        {"match": "<<length>>", "text": "cut short", "finish_reason": "length"},
        {"match": "<<429>>", "text": "after 429", "faults": ["429"]},
        {"match": "<<429ra>>", "text": "after 429ra", "faults": ["429-retry-after:7"]},
        {"match": "<<500>>", "text": "after 500", "faults": ["500"]},
        {"match": "<<502>>", "text": "after 502", "faults": ["502"]},
        {"match": "<<503>>", "text": "after 503", "faults": ["503"]},
        {"match": "<<drop>>", "text": "after drop", "faults": ["drop"]},
        {"match": "<<truncate>>", "text": "after two truncations", "faults": ["truncate", "truncate"]},
        {"match": "<<invalid>>", "text": "after invalid", "faults": ["invalid-json"]},
        {"match": "<<empty>>", "text": "after empty", "faults": ["empty"]},
        {"match": "<<stall>>", "text": "after stall", "faults": ["stall"]},
        {"match": "<<sequence>>", "text": "third time", "faults": ["500", "429-retry-after:2"]}
      ]
    },
    "flaky": {"fault_rate": 1.0, "fault_kinds": ["503"], "default": {"text": "second try"}},
    "ranged": {"latency_ms": {"min": 10, "max": 20}, "timings": true},
    "slow": {"latency_ms": 1500, "first_token_ms": 0, "chunk_bytes": 1, "default": {"text": "slowly"}}
  }
}
EOF

sim_start "$T/script.json"
SMALL_PID=${SIM_PIDS##* }

# post BODY [curl args] -- POST to chat/completions; body in $T/body,
# headers in $T/hdr, the HTTP status on stdout; returns curl's exit code.
post() {
	b=$1; shift
	rm -f "$T/body" "$T/hdr"
	echo x >>"$T/sent"
	curl -s -o "$T/body" -D "$T/hdr" -w '%{http_code}' "$@" \
		-H 'Content-Type: application/json' -d "$b" "$BASE/chat/completions"
}
# ask MODEL PROMPT [stream] -- a request body with one user message
ask() {
	jq -nc --arg m "$1" --arg p "$2" --argjson s "${3:-false}" \
		'{model: $m, messages: [{role: "user", content: $p}]} + (if $s then {stream: true} else {} end)'
}
field() { jq -r "$1" "$T/body"; }
header() { tr -d '\r' <"$T/hdr" | sed -n "s/^$1: //Ip"; }
ledger() { jq -c "$1" "$LEDGER"; }
# the SSE data payloads of a streamed body, one JSON per line, without [DONE]
events() { sed -n 's/^data: //p' "$T/body" | tr -d '\r' | grep -v '^\[DONE\]$'; }

# ---- the port file and /v1/models ----
check "port file holds a port number" sh -c 'echo "$0" | grep -Eq "^[0-9]+$"' "$PORT"
curl -s "$BASE/models" >"$T/models"
check "models lists the scripted models" eq "$(jq -r '[.data[].id] | sort | join(",")' "$T/models")" "flaky,ranged,slow,small"
check "models are owned_by simulated" eq "$(jq -r '[.data[].owned_by] | unique | join(",")' "$T/models")" "simulated"
check "models show the label" eq "$(jq -r '.data[] | select(.id == "small") | .label' "$T/models")" "simulated small model"

# ---- a non-streaming answer with reasoning ----
FR='{"model":"small","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"What is the capital of France?"}]}'
st=$(post "$FR" -H 'Authorization: Bearer test-key')
check "answer: status 200" eq "$st" 200
check "answer: object" eq "$(field .object)" "chat.completion"
check "answer: model echoed" eq "$(field .model)" "small"
check "answer: rule text" eq "$(field '.choices[0].message.content')" "Paris"
check "answer: role" eq "$(field '.choices[0].message.role')" "assistant"
check "answer: reasoning_content" eq "$(field '.choices[0].message.reasoning_content')" "France's capital is Paris."
check "answer: finish_reason" eq "$(field '.choices[0].finish_reason')" "stop"
# "Be brief." 9 + "What is the capital of France?" 30 = 39 bytes -> 10
check "usage: prompt_tokens auto" eq "$(field .usage.prompt_tokens)" 10
# reasoning 26 bytes -> 7
check "usage: reasoning_tokens auto" eq "$(field .usage.completion_tokens_details.reasoning_tokens)" 7
# "Paris" 5 bytes -> 2, plus 7 reasoning
check "usage: completion_tokens auto" eq "$(field .usage.completion_tokens)" 9
check "usage: total_tokens" eq "$(field .usage.total_tokens)" 19
check "usage: cost" eq "$(field .usage.cost)" 0.00012
check "provider field" eq "$(field .provider)" "SimCloud"
check "timings: prompt_n and predicted_n" eq "$(field '"\(.timings.prompt_n) \(.timings.predicted_n)"')" "10 9"
check "content type is JSON" sh -c 'echo "$0" | grep -q "^application/json"' "$(header Content-Type)"

# default answer: "Hello there" 11 bytes -> 3; "I don't know." 13 bytes -> 4
post "$(ask small 'Hello there')" >/dev/null
check "default text" eq "$(field '.choices[0].message.content')" "I don't know."
check "default: no reasoning_content" eq "$(field '.choices[0].message | has("reasoning_content")')" "false"
check "default usage" eq "$(field '"\(.usage.prompt_tokens) \(.usage.completion_tokens) \(.usage.completion_tokens_details.reasoning_tokens)"')" "3 4 0"

# regex rule; the last user message decides, not an earlier one
post '{"model":"small","messages":[{"role":"user","content":"capital of France"},{"role":"assistant","content":"Paris"},{"role":"user","content":"2 + 2?"}]}' >/dev/null
check "regex rule on the last user message" eq "$(field '.choices[0].message.content')" "4"
# 17 + 5 + 6 = 28 bytes -> 7
check "prompt_tokens count every message" eq "$(field .usage.prompt_tokens)" 7

# usage counts bytes, not characters: 5 x U+00E9 = 10 bytes -> 3
post "$(ask small 'ééééé')" >/dev/null
check "prompt_tokens count UTF-8 bytes" eq "$(field .usage.prompt_tokens)" 3

# content given as an array of parts: "What is the capital " + "of France?" = 30 bytes -> 8
post '{"model":"small","messages":[{"role":"user","content":[{"type":"text","text":"What is the capital "},{"type":"text","text":"of France?"}]}]}' >/dev/null
check "content parts are joined for matching" eq "$(field '.choices[0].message.content')" "Paris"
check "content parts are counted" eq "$(field .usage.prompt_tokens)" 8

post "$(ask small 'fixed usage please')" >/dev/null
check "rule usage overrides" eq "$(field '"\(.usage.prompt_tokens) \(.usage.completion_tokens) \(.usage.total_tokens)"')" "7 3 10"

post "$(ask small 'say <<length>>')" >/dev/null
check "rule finish_reason" eq "$(field '.choices[0].finish_reason')" "length"

# latency {min 10, max 20}; the timings split it into prompt_ms + predicted_ms
post "$(ask ranged hi)" >/dev/null
check "latency within the scripted range" jq -e '(.timings.prompt_ms + .timings.predicted_ms) as $l | $l >= 10 and $l <= 20' "$T/body"

# ---- streaming ----
SFR=$(echo "$FR" | jq -c '. + {stream: true, stream_options: {include_usage: true}}')
st=$(post "$SFR" -N)
check "stream: status 200" eq "$st" 200
check "stream: content type" sh -c 'echo "$0" | grep -q "^text/event-stream"' "$(header Content-Type)"
check "stream: ends with [DONE]" eq "$(grep -v '^\s*$' "$T/body" | tail -n 1 | tr -d '\r')" "data: [DONE]"
events >"$T/ev"
check "stream: every event is JSON" jq -e . "$T/ev"
check "stream: chunk object" eq "$(jq -r .object "$T/ev" | sort -u)" "chat.completion.chunk"
check "stream: first delta has the role" eq "$(head -n 1 "$T/ev" | jq -r '.choices[0].delta.role')" "assistant"
check "stream: content joined" eq "$(jq -j '.choices[0].delta.content // empty' "$T/ev")" "Paris"
check "stream: reasoning joined" eq "$(jq -j '.choices[0].delta.reasoning_content // empty' "$T/ev")" "France's capital is Paris."
# chunk_bytes 4: "Paris" -> 2 chunks, the 26-byte reasoning -> 7 chunks
check "stream: content chunks of chunk_bytes" eq "$(jq -c 'select(.choices[0].delta.content != null and .choices[0].delta.role == null)' "$T/ev" | wc -l)" 2
check "stream: reasoning chunks of chunk_bytes" eq "$(jq -c 'select(.choices[0].delta.reasoning_content != null)' "$T/ev" | wc -l)" 7
check "stream: reasoning before content" eq "$(jq -r '.choices[0].delta | if .reasoning_content then "r" elif (.content // "") != "" then "c" else empty end' "$T/ev" | uniq | tr -d '\n')" "rc"
check "stream: finish chunk" eq "$(jq -r '.choices[0] | select(.finish_reason != null) | "\(.finish_reason) \(.delta | length)"' "$T/ev")" "stop 0"
check "stream: usage chunk with empty choices" eq "$(tail -n 1 "$T/ev" | jq -c '[(.choices | length), .usage.prompt_tokens, .usage.completion_tokens, .usage.total_tokens]')" "[0,10,9,19]"

st=$(post "$(ask small 'Hello there' true)" -N)
events >"$T/ev"
check "stream without include_usage has no usage" eq "$(jq -c 'select(.usage)' "$T/ev" | wc -l)" 0
check "stream default text" eq "$(jq -j '.choices[0].delta.content // empty' "$T/ev")" "I don't know."

post "$(ask small 'say <<utf8>>' true)" -N >/dev/null
events >"$T/ev"
check "stream: UTF-8 is never split" eq "$(jq -j '.choices[0].delta.content // empty' "$T/ev")" "ééé"
# 6 bytes in chunks of 4 that end on a character boundary: "éé" then "é"
check "stream: UTF-8 chunk count" eq "$(jq -c 'select((.choices[0].delta.content // "") != "")' "$T/ev" | wc -l)" 2

# ---- faults ----
st=$(post "$(ask small 'please <<429>>')")
check "429: status" eq "$st" 429
check "429: no Retry-After" eq "$(header Retry-After)" ""
check "429: OpenAI error body" jq -e '.error.message | length > 0' "$T/body"
st=$(post "$(ask small 'please <<429>>')")
check "429: the second attempt succeeds" eq "$st $(field '.choices[0].message.content')" "200 after 429"

st=$(post "$(ask small 'please <<429ra>>')")
check "429-retry-after: status" eq "$st" 429
check "429-retry-after: header" eq "$(header Retry-After)" 7

for code in 500 502 503; do
	st=$(post "$(ask small "please <<$code>>")")
	check "$code: status" eq "$st" "$code"
	check "$code: JSON error body" jq -e '.error.message | length > 0' "$T/body"
done

post "$(ask small 'please <<drop>>')" >/dev/null
check "drop: curl sees an empty reply (52)" eq "$?" 52
st=$(post "$(ask small 'please <<drop>>')")
check "drop: the second attempt succeeds" eq "$st" 200

post "$(ask small 'please <<truncate>>')" >/dev/null
check "truncate: curl sees a partial body (18)" eq "$?" 18
check "truncate: what arrived is not the whole JSON" sh -c '! jq -e . "$0" >/dev/null 2>&1' "$T/body"
post "$(ask small 'please <<truncate>>' true)" -N >/dev/null
check "truncate (stream): curl sees a partial body (18)" eq "$?" 18
check "truncate (stream): no [DONE]" sh -c '! grep -q "\[DONE\]" "$0"' "$T/body"
check "truncate (stream): some events arrived" sh -c 'grep -q "^data: {" "$0"' "$T/body"
st=$(post "$(ask small 'please <<truncate>>')")
check "truncate: the third attempt succeeds" eq "$st $(field '.choices[0].message.content')" "200 after two truncations"

st=$(post "$(ask small 'please <<invalid>>')")
check "invalid-json: status 200" eq "$st" 200
check "invalid-json: body is not JSON" sh -c '! jq -e . "$0" >/dev/null 2>&1' "$T/body"
check "invalid-json: body is complete" test -s "$T/body"

st=$(post "$(ask small 'please <<empty>>')")
check "empty: status 200 and no choices" eq "$st $(field '.choices | length')" "200 0"

post "$(ask small 'please <<stall>>')" --max-time 1 >/dev/null
check "stall: no answer before the client gives up (28)" eq "$?" 28

for want in 500 429 200; do
	st=$(post "$(ask small 'the <<sequence>>')")
	check "faults apply in order: $want" eq "$st" "$want"
done

st=$(post "$(ask flaky anything)")
check "fault_rate 1: the first attempt fails" eq "$st" 503
st=$(post "$(ask flaky anything)")
check "fault_rate: the second attempt succeeds" eq "$st $(field '.choices[0].message.content')" "200 second try"

# a client that gives up during the latency is not served
# wait_line JQ-FILTER -- wait (up to 10 s) for a ledger line to match
wait_line() {
	i=0
	while [ "$(ledger "$1" | wc -l)" -lt 1 ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
}
post "$(ask slow 'give up')" --max-time 0.2 >/dev/null
check "slow: the client gives up (28)" eq "$?" 28
wait_line 'select(.prompt == "give up")'
check "ledger: abandoned answer is not served" eq "$(ledger 'select(.prompt == "give up") | [.status, .served]')" "[0,false]"
post "$(ask slow 'give up streaming' true)" -N --max-time 0.2 >/dev/null
check "slow stream: the client gives up (28)" eq "$?" 28
check "slow stream: the first content arrived" sh -c 'grep -q "\"content\":\"s\"" "$0"' "$T/body"
wait_line 'select(.prompt == "give up streaming")'
check "ledger: abandoned stream is not served" eq "$(ledger 'select(.prompt == "give up streaming") | [.status, .served]')" "[200,false]"

# ---- errors ----
st=$(post "$(ask no-such-model hi)")
check "unknown model: 404" eq "$st" 404
check "unknown model: OpenAI error" eq "$(field '.error.code')" "model_not_found"
st=$(post 'this is not json')
check "body that is not JSON: 400" eq "$st" 400

# ---- the ledger ----
check "ledger: one line per chat request" eq "$(wc -l <"$LEDGER")" "$(wc -l <"$T/sent")"
check "ledger: every line is JSON with every field" jq -e 'has("t") and has("model") and has("key") and has("prompt") and has("attempt") and has("stream") and has("fault") and has("status") and has("served") and has("auth")' "$LEDGER"
check "ledger: first answer" eq "$(head -n 1 "$LEDGER" | jq -c '[.model, .prompt, .attempt, .stream, .fault, .status, .served, .auth]')" \
	'["small","What is the capital of France?",1,false,null,200,true,true]'
check "ledger: key is 16 hex digits" sh -c 'head -n 1 "$0" | jq -r .key | grep -Eq "^[0-9a-f]{16}$"' "$LEDGER"
check "ledger: same messages, same key, next attempt" eq "$(ledger 'select(.prompt == "What is the capital of France?" and .stream) | [.attempt, .served, .auth]')" "[2,true,false]"
check "ledger: drop" eq "$(ledger 'select(.fault == "drop") | [.status, .served, .attempt]')" "[0,false,1]"
check "ledger: retry-after fault spelled as scripted" eq "$(ledger 'select(.prompt == "please <<429ra>>") | .fault')" '"429-retry-after:7"'
check "ledger: truncations are not served" eq "$(ledger 'select(.fault == "truncate") | [.attempt, .stream, .status, .served]' | tr -d '\n')" "[1,false,200,false][2,true,200,false]"
check "ledger: stall" eq "$(ledger 'select(.fault == "stall") | [.status, .served]')" "[0,false]"
check "ledger: unknown model" eq "$(ledger 'select(.model == "no-such-model") | [.status, .served, .attempt]')" "[404,false,0]"
check "ledger: 200 responses after faults are served" eq "$(ledger 'select(.prompt == "the <<sequence>>") | [.attempt, .status, .served]' | tr -d '\n')" "[1,500,false][2,429,false][3,200,true]"

# canonical JSON: key order and spacing do not change the request key
post '{"model":"small","messages":[{"role":"user","content":"same question"}]}' >/dev/null
post '{ "messages" : [ { "content" : "same question", "role" : "user" } ], "model" : "small" }' >/dev/null
check "ledger: canonical messages give one key" eq "$(ledger 'select(.prompt == "same question") | .attempt' | tr -d '\n')" "12"

# the ledger keeps the first 200 bytes of the prompt
long=$(printf '%0300d' 0)
post "$(ask small "$long")" >/dev/null
check "ledger: prompt cut to 200 bytes" eq "$(ledger "select(.prompt | startswith(\"000\")) | .prompt | length")" 200

# ---- stopping: SIGTERM ends a stalled request and flushes the ledger ----
post "$(ask small 'a fresh <<stall>>')" --max-time 30 >/dev/null &
CURL_PID=$!
i=0
while [ "$(ledger 'select(.prompt == "a fresh <<stall>>")' | wc -l)" -lt 1 ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
kill -TERM "$SMALL_PID"
wait "$SMALL_PID"
check "SIGTERM: the server exits with 0" eq "$?" 0
wait "$CURL_PID"
check "SIGTERM: the stalled request is closed, not timed out (52)" eq "$?" 52
SIM_PIDS=""
check "SIGTERM: the ledger is complete" eq "$(ledger 'select(.prompt == "a fresh <<stall>>") | [.fault, .status]')" '["stall",0]'
check "SIGTERM: the port is closed" sh -c '! curl -s -o /dev/null "$0/models"' "$BASE"

# ---- require_key ----
cat >"$T/keyed.json" <<'EOF'
{"require_key": "sekrit-123", "models": {"m": {"default": {"text": "hello"}}}}
EOF
sim_start "$T/keyed.json"
st=$(post "$(ask m hi)")
check "require_key: no key gives 401" eq "$st" 401
check "require_key: OpenAI error" jq -e '.error.message | length > 0' "$T/body"
st=$(post "$(ask m hi)" -H 'Authorization: Bearer wrong')
check "require_key: a wrong key gives 401" eq "$st" 401
st=$(post "$(ask m hi)" -H 'Authorization: Bearer sekrit-123')
check "require_key: the right key is answered" eq "$st $(field '.choices[0].message.content')" "200 hello"
check "require_key: models needs the key too" eq "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/models")" 401
check "require_key: ledger records auth, never the key" eq "$(ledger '[.status, .auth]' | tr -d '\n')" "[401,false][401,true][200,true]"
check "require_key: the key is not in the ledger" sh -c '! grep -q sekrit "$0"' "$LEDGER"
sim_stop

# ---- bad scripts: exit 2 with a message naming the problem ----
bad() { # NAME SCRIPT-TEXT EXPECTED-MESSAGE-PART
	printf '%s\n' "$2" >"$T/bad.json"
	"$TRISIM" --script "$T/bad.json" --port-file "$T/bad.port" 2>"$T/bad.err"
	check "bad script ($1): exit 2" eq "$?" 2
	check "bad script ($1): says what is wrong" grep -q "$3" "$T/bad.err"
	check "bad script ($1): never listened" test ! -e "$T/bad.port"
}
bad "not JSON" '{"models": {' "line 2"
bad "no models" '{"models": {}}' "at least one model"
bad "unknown key" '{"models": {"m": {"latncy_ms": 5}}}' 'unknown key "latncy_ms"'
bad "fault kind" '{"models": {"m": {"rules": [{"match": "x", "faults": ["418"]}]}}}' "not a fault kind"
bad "regex" '{"models": {"m": {"rules": [{"regex": "("}]}}}' "does not compile"
bad "latency range" '{"models": {"m": {"latency_ms": {"min": 9, "max": 3}}}}' "above max"
bad "usage" '{"models": {"m": {"usage": {"prompt_tokens": "many"}}}}' "usage.prompt_tokens"
"$TRISIM" 2>"$T/bad.err"
check "no --script: exit 2" eq "$?" 2

done_tests
