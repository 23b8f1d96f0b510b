#!/bin/sh
# tests/e2e/server_anthropic.sh -- the test server's Anthropic Messages API
# (POST /v1/messages) over real HTTP: content blocks, named SSE events,
# tool_use, thinking, usage, stop_reason, headers, Anthropic-shaped faults
# and the ledger.
#
# Token counts follow docs/test-server.md: input = ceil(bytes of the system
# text, the message texts and the tool results / 4); output = ceil(bytes(text)
# / 4) + ceil(bytes(reasoning) / 4).
. "$(dirname "$0")/lib.sh"

cat >"$T/script.json" <<'EOF'
{
  "require_key": "sk-anth",
  "models": {
    "small": {
      "chunk_bytes": 4,
      "stall_ms": 60000,
      "default": {"text": "I don't know."},
      "rules": [
        {"match": "capital of France", "text": "Paris", "reasoning": "France's capital is Paris."},
        {"match": "weather", "context": "sunny", "text": "Take sunglasses."},
        {"match": "weather", "tool_calls": [
          {"name": "get_weather", "arguments": {"city": "Paris", "unit": "celsius"}},
          {"name": "raw_tool", "arguments": "not json {"}]},
        {"match": "<<length>>", "text": "cut short", "finish_reason": "length"},
        {"match": "<<cache>>", "text": "cached", "usage": {"cache_read_tokens": 5, "cache_write_tokens": 3}},
        {"match": "<<429>>", "text": "after 429", "faults": ["429"]},
        {"match": "<<429ra>>", "text": "after 429ra", "faults": ["429-retry-after:7"]},
        {"match": "<<500>>", "text": "after 500", "faults": ["500"]},
        {"match": "<<503>>", "text": "after 503", "faults": ["503"]},
        {"match": "<<drop>>", "text": "after drop", "faults": ["drop"]},
        {"match": "<<truncate>>", "text": "after two truncations", "faults": ["truncate", "truncate"]},
        {"match": "<<invalid>>", "text": "after invalid", "faults": ["invalid-json", "invalid-json"]},
        {"match": "<<empty>>", "text": "after empty", "faults": ["empty", "empty"]}
      ]
    },
    "judge": {"judge": true},
    "slow": {"latency_ms": 600, "first_token_ms": 300, "chunk_bytes": 2, "default": {"text": "slowly"}}
  }
}
EOF

sim_start "$T/script.json"
: >"$T/sent"

# post BODY [curl args] -- POST to /v1/messages with the key and version
# headers; body in $T/body, headers in $T/hdr, the HTTP status on stdout.
post() {
	b=$1; shift
	rm -f "$T/body" "$T/hdr"
	echo x >>"$T/sent"
	curl -s -o "$T/body" -D "$T/hdr" -w '%{http_code}' \
		-H 'x-api-key: sk-anth' -H 'anthropic-version: 2023-06-01' "$@" \
		-H 'Content-Type: application/json' -d "$b" "$BASE/messages"
}
# post_raw BODY [curl args] -- like post, without the key and version headers
post_raw() {
	b=$1; shift
	rm -f "$T/body" "$T/hdr"
	echo x >>"$T/sent"
	curl -s -o "$T/body" -D "$T/hdr" -w '%{http_code}' "$@" \
		-H 'Content-Type: application/json' -d "$b" "$BASE/messages"
}
# ask MODEL PROMPT [stream] -- a request body with one user message
ask() {
	jq -nc --arg m "$1" --arg p "$2" --argjson s "${3:-false}" \
		'{model: $m, max_tokens: 100, messages: [{role: "user", content: $p}]} + (if $s then {stream: true} else {} end)'
}
field() { jq -r "$1" "$T/body"; }
header() { tr -d '\r' <"$T/hdr" | sed -n "s/^$1: //Ip"; }
# the event names of a streamed body, one a line
names() { tr -d '\r' <"$T/body" | sed -n 's/^event: //p'; }
# the data payloads of a streamed body, one JSON a line
events() { tr -d '\r' <"$T/body" | sed -n 's/^data: //p'; }

# ---- a plain answer, with a system text and thinking ----
FR='{"model":"small","max_tokens":100,"system":"Be brief.","messages":[{"role":"user","content":"What is the capital of France?"}]}'
st=$(post "$FR")
check "answer: status 200" eq "$st" 200
check "answer: type message" eq "$(field .type)" "message"
check "answer: role" eq "$(field .role)" "assistant"
check "answer: model echoed" eq "$(field .model)" "small"
check "answer: id msg_sim_" sh -c 'echo "$0" | grep -Eq "^msg_sim_[0-9a-f]{16}_1$"' "$(field .id)"
check "answer: blocks thinking then text" eq "$(field '[.content[].type] | join(",")')" "thinking,text"
check "answer: thinking text" eq "$(field '.content[0].thinking')" "France's capital is Paris."
check "answer: thinking signature" eq "$(field '.content[0].signature')" "simulated"
check "answer: text" eq "$(field '.content[1].text')" "Paris"
check "answer: stop_reason end_turn" eq "$(field .stop_reason)" "end_turn"
check "answer: stop_sequence null" eq "$(field '.stop_sequence == null')" "true"
# "Be brief." 9 + 30 = 39 bytes -> 10; "Paris" 2 + reasoning 26 bytes 7 -> 9
check "usage: input_tokens count the system text" eq "$(field .usage.input_tokens)" 10
check "usage: output_tokens include thinking" eq "$(field .usage.output_tokens)" 9
check "usage: cache counts 0" eq "$(field '"\(.usage.cache_read_input_tokens) \(.usage.cache_creation_input_tokens)"')" "0 0"
check "no OpenAI fields" eq "$(field 'has("choices") or has("object")')" "false"
check "Server header says simulated" sh -c 'echo "$0" | grep -q simulated' "$(header Server)"
check "content type is JSON" sh -c 'echo "$0" | grep -q "^application/json"' "$(header Content-Type)"
KEY_STRING=$(tail -n 1 "$LEDGER" | jq -r .key)

# the system text as blocks is the same request (same key, next attempt)
post '{"model":"small","max_tokens":100,"system":[{"type":"text","text":"Be brief."}],"messages":[{"role":"user","content":"What is the capital of France?"}]}' >/dev/null
check "system as blocks: same answer and counts" eq "$(field '"\(.content[1].text) \(.usage.input_tokens)"')" "Paris 10"
L=$(tail -n 1 "$LEDGER")
check "system as blocks: same key" eq "$(echo "$L" | jq -r .key)" "$KEY_STRING"
check "system as blocks: attempt 2" eq "$(echo "$L" | jq -r .attempt)" 2
post "$(ask small 'What is the capital of France?')" >/dev/null
check "no system text: another key" sh -c '[ "$0" != "$1" ]' "$(tail -n 1 "$LEDGER" | jq -r .key)" "$KEY_STRING"
check "no system text: attempt 1" eq "$(tail -n 1 "$LEDGER" | jq -r .attempt)" 1

# content as text blocks: answered alike, but another key (the key is the
# canonical JSON of the messages, not their text)
post '{"model":"small","max_tokens":100,"system":"Be brief.","messages":[{"role":"user","content":[{"type":"text","text":"What is the capital "},{"type":"text","text":"of France?"}]}]}' >/dev/null
check "text blocks: joined for matching and counting" eq "$(field '"\(.content[1].text) \(.usage.input_tokens)"')" "Paris 10"
check "text blocks: another key" sh -c '[ "$0" != "$1" ]' "$(tail -n 1 "$LEDGER" | jq -r .key)" "$KEY_STRING"

# the default answer: "Hello there" 11 bytes -> 3, "I don't know." 13 -> 4
post "$(ask small 'Hello there')" >/dev/null
check "default: one text block" eq "$(field '[.content[].type] | join(",")')" "text"
check "default: text" eq "$(field '.content[0].text')" "I don't know."
check "default: usage" eq "$(field '"\(.usage.input_tokens) \(.usage.output_tokens)"')" "3 4"

post "$(ask small 'say <<length>>')" >/dev/null
check "finish_reason length is stop_reason max_tokens" eq "$(field .stop_reason)" "max_tokens"
post "$(ask small 'say <<cache>>')" >/dev/null
check "cache token counts from the script" eq "$(field '"\(.usage.cache_read_input_tokens) \(.usage.cache_creation_input_tokens)"')" "5 3"

# ---- tool_use, not streamed ----
post "$(ask small "What's the weather in Paris?")" >/dev/null
check "tools: stop_reason tool_use" eq "$(field .stop_reason)" "tool_use"
check "tools: two tool_use blocks, no text" eq "$(field '[.content[].type] | join(",")')" "tool_use,tool_use"
check "tools: ids" eq "$(field '[.content[].id] | join(",")')" "toolu_0,toolu_1"
check "tools: names" eq "$(field '[.content[].name] | join(",")')" "get_weather,raw_tool"
check "tools: input is the arguments object" eq "$(field '.content[0].input | tojson')" '{"city":"Paris","unit":"celsius"}'
check "tools: a string argument is a JSON string" eq "$(field '.content[1].input | type + ":" + .')" "string:not json {"

# the conversation after the tool call: the tool_result is not user text,
# the earlier question stays the last user text; the result's content
# (a "context") is part of the conversation
TR='{"model":"small","max_tokens":100,"messages":[
 {"role":"user","content":"weather in Paris?"},
 {"role":"assistant","content":[{"type":"tool_use","id":"toolu_0","name":"get_weather","input":{"city":"Paris"}}]},
 {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_0","content":[{"type":"text","text":"sunny, 25C"}]}]}]}'
post "$TR" >/dev/null
check "tool_result: context rule answers" eq "$(field '.content[0].text')" "Take sunglasses."
check "tool_result: stop_reason end_turn" eq "$(field .stop_reason)" "end_turn"
# "weather in Paris?" 17 + "sunny, 25C" 10 = 27 bytes -> 7
check "tool_result: counted in input_tokens" eq "$(field .usage.input_tokens)" 7
check "tool_result: the ledger prompt is the user text" eq "$(tail -n 1 "$LEDGER" | jq -r .prompt)" "weather in Paris?"

# ---- streamed answers ----
SFR=$(echo "$FR" | jq -c '. + {stream: true}')
st=$(post "$SFR" -N)
check "stream: status 200" eq "$st" 200
check "stream: content type" sh -c 'echo "$0" | grep -q "^text/event-stream"' "$(header Content-Type)"
events >"$T/ev"
check "stream: every data line is JSON" jq -e . "$T/ev"
check "stream: every event's type is its name" eq "$(jq -r .type "$T/ev" | tr '\n' ' ')" "$(names | tr '\n' ' ')"
# chunk_bytes 4: the 26-byte reasoning -> 7 deltas, "Paris" -> 2
check "stream: event order" eq "$(names | uniq -c | awk '{printf "%s%s ", $2, ($1 > 1 ? "*" $1 : "")}')" \
	"message_start ping content_block_start content_block_delta*8 content_block_stop content_block_start content_block_delta*2 content_block_stop message_delta message_stop "
check "stream: message_start" eq "$(head -n 1 "$T/ev" | jq -c '.message | [.type, .role, .model, (.content | length), .stop_reason, .usage.input_tokens, .usage.output_tokens]')" '["message","assistant","small",0,null,10,1]'
check "stream: block starts" eq "$(jq -c 'select(.type == "content_block_start") | [.index, .content_block]' "$T/ev" | tr '\n' ' ')" \
	'[0,{"type":"thinking","thinking":""}] [1,{"type":"text","text":""}] '
check "stream: thinking deltas join" eq "$(jq -j 'select(.delta.type == "thinking_delta") | .delta.thinking' "$T/ev")" "France's capital is Paris."
check "stream: signature delta" eq "$(jq -r 'select(.delta.type == "signature_delta") | "\(.index) \(.delta.signature)"' "$T/ev")" "0 simulated"
check "stream: text deltas join" eq "$(jq -j 'select(.delta.type == "text_delta") | .delta.text' "$T/ev")" "Paris"
check "stream: text deltas on block 1" eq "$(jq -r 'select(.delta.type == "text_delta") | .index' "$T/ev" | sort -u)" 1
check "stream: thinking deltas in chunk_bytes" eq "$(jq -c 'select(.delta.type == "thinking_delta")' "$T/ev" | wc -l)" 7
check "stream: block stops" eq "$(jq -r 'select(.type == "content_block_stop") | .index' "$T/ev" | tr '\n' ' ')" "0 1 "
check "stream: message_delta" eq "$(jq -c 'select(.type == "message_delta") | [.delta.stop_reason, .delta.stop_sequence, .usage.output_tokens]' "$T/ev")" '["end_turn",null,9]'
check "stream: ends with message_stop" eq "$(names | tail -n 1)" "message_stop"

post "$(ask small 'say <<length>>' true)" -N >/dev/null
events >"$T/ev"
check "stream: max_tokens stop_reason" eq "$(jq -r 'select(.type == "message_delta") | .delta.stop_reason' "$T/ev")" "max_tokens"
check "stream: no thinking block without reasoning" eq "$(jq -c 'select(.content_block.type == "thinking")' "$T/ev" | wc -l)" 0

# tool_use streamed: input_json_delta pieces join to the arguments
post "$(ask small "What's the weather in Paris?" true)" -N >/dev/null
events >"$T/ev"
check "stream tools: block starts" eq "$(jq -c 'select(.type == "content_block_start") | [.index, .content_block]' "$T/ev" | tr '\n' ' ')" \
	'[0,{"type":"tool_use","id":"toolu_0","name":"get_weather","input":{}}] [1,{"type":"tool_use","id":"toolu_1","name":"raw_tool","input":{}}] '
check "stream tools: pieces join to the arguments" eq "$(jq -j 'select(.index == 0 and .delta.type == "input_json_delta") | .delta.partial_json' "$T/ev" | jq -c .)" '{"city":"Paris","unit":"celsius"}'
check "stream tools: pieces are chunk_bytes" eq "$(jq -r 'select(.delta.type == "input_json_delta") | .delta.partial_json | utf8bytelength' "$T/ev" | sort -u | tail -n 1)" 4
check "stream tools: a raw string joins as it is" eq "$(jq -j 'select(.index == 1 and .delta.type == "input_json_delta") | .delta.partial_json' "$T/ev")" "not json {"
check "stream tools: no text block" eq "$(jq -c 'select(.delta.type == "text_delta")' "$T/ev" | wc -l)" 0
check "stream tools: stop_reason tool_use" eq "$(jq -r 'select(.type == "message_delta") | .delta.stop_reason' "$T/ev")" "tool_use"

# timing: latency 600 ms, first_token_ms 300
s0=$(date +%s%N)
post "$(ask slow 'hi' true)" -N >/dev/null
ms=$(( ($(date +%s%N) - s0) / 1000000 ))
check "stream: takes the latency" sh -c '[ "$0" -ge 580 ]' "$ms"
check "stream: slow text joins" eq "$(events | jq -j 'select(.delta.type == "text_delta") | .delta.text')" "slowly"
s0=$(date +%s%N)
post "$(ask slow 'hi again')" >/dev/null
ms=$(( ($(date +%s%N) - s0) / 1000000 ))
check "non-streamed: takes the latency" sh -c '[ "$0" -ge 580 ]' "$ms"

# ---- the scripted judge ----
JP=$(printf 'Grade this.\n<reference>\nParis\n</reference>\n<response>\nIt is Paris.\n</response>')
post "$(ask judge "$JP")" >/dev/null
check "judge: verdict as a text block" eq "$(field '.content[0].type + " " + .content[0].text')" "text VERDICT: CORRECT"

# ---- headers ----
st=$(post_raw "$(ask small hi)" -H 'anthropic-version: 2023-06-01')
check "no x-api-key: 401" eq "$st" 401
check "no x-api-key: authentication_error" eq "$(field '.type + " " + .error.type')" "error authentication_error"
check "no x-api-key: ledger auth false" eq "$(tail -n 1 "$LEDGER" | jq -c '[.status, .auth, .attempt]')" '[401,false,0]'
st=$(post_raw "$(ask small hi)" -H 'anthropic-version: 2023-06-01' -H 'x-api-key: wrong')
check "wrong x-api-key: 401" eq "$st" 401
st=$(post_raw "$(ask small hi)" -H 'anthropic-version: 2023-06-01' -H 'Authorization: Bearer sk-anth')
check "a bearer token is not an x-api-key: 401" eq "$st" 401
st=$(post_raw "$(ask small hi)" -H 'x-api-key: sk-anth')
check "no anthropic-version: 400" eq "$st" 400
check "no anthropic-version: invalid_request_error" eq "$(field .error.type)" "invalid_request_error"
check "no anthropic-version: says so" sh -c 'echo "$0" | grep -q anthropic-version' "$(field .error.message)"
st=$(post "$(ask nosuch hi)")
check "unknown model: 404 not_found_error" eq "$st $(field .error.type)" "404 not_found_error"
st=$(post 'not json')
check "body not JSON: 400 invalid_request_error" eq "$st $(field .error.type)" "400 invalid_request_error"

# ---- faults ----
st=$(post "$(ask small 'please <<503>>')")
check "503 fault: status 529" eq "$st" 529
check "503 fault: overloaded_error body" eq "$(jq -c . "$T/body")" '{"type":"error","error":{"type":"overloaded_error","message":"simulated: overloaded"}}'
check "503 fault: ledger status 529" eq "$(tail -n 1 "$LEDGER" | jq -c '[.fault, .status, .served]')" '["503",529,false]'
st=$(post "$(ask small 'please <<503>>')")
check "503 fault: the second attempt succeeds" eq "$st $(field '.content[0].text')" "200 after 503"

st=$(post "$(ask small 'please <<429>>')")
check "429: status and rate_limit_error" eq "$st $(field .error.type)" "429 rate_limit_error"
check "429: no retry-after" eq "$(header Retry-After)" ""
st=$(post "$(ask small 'please <<429ra>>')")
check "429-retry-after: status and header" eq "$st $(header Retry-After)" "429 7"
st=$(post "$(ask small 'please <<500>>')")
check "500: api_error" eq "$st $(field '.type + " " + .error.type')" "500 error api_error"

st=$(post "$(ask small 'please <<empty>>')")
check "empty: 200 with content []" eq "$st $(field '.content | tojson') $(field .type)" "200 [] message"
post "$(ask small 'please <<empty>>' true)" -N >/dev/null
check "empty (stream): message_start then message_stop" eq "$(names | tr '\n' ' ')" "message_start message_stop "
check "empty (stream): no block" eq "$(events | jq -c 'select(.type | startswith("content_block"))' | wc -l)" 0

st=$(post "$(ask small 'please <<invalid>>')")
check "invalid-json: 200, body not JSON" sh -c '[ "$0" = 200 ] && ! jq -e . "$1" >/dev/null 2>&1' "$st" "$T/body"
post "$(ask small 'please <<invalid>>' true)" -N >/dev/null
check "invalid-json (stream): a data line is not JSON" sh -c '! (sed -n "s/^data: //p" "$0" | jq -e . >/dev/null 2>&1)' "$T/body"

post "$(ask small 'please <<drop>>')" >/dev/null
check "drop: empty reply (52)" eq "$?" 52
post "$(ask small 'please <<truncate>>')" >/dev/null
check "truncate: partial body (18)" eq "$?" 18
check "truncate: not the whole JSON" sh -c '! jq -e . "$0" >/dev/null 2>&1' "$T/body"
post "$(ask small 'please <<truncate>>' true)" -N >/dev/null
check "truncate (stream): partial body (18)" eq "$?" 18
check "truncate (stream): no message_stop" sh -c '! grep -q "^event: message_stop" "$0"' "$T/body"
check "truncate (stream): message_start arrived" sh -c 'grep -q "^event: message_start" "$0"' "$T/body"
st=$(post "$(ask small 'please <<truncate>>')")
check "truncate: the third attempt succeeds" eq "$st $(field '.content[0].text')" "200 after two truncations"

# ---- the OpenAI side is still there, on the same models ----
st=$(curl -s -o "$T/body" -w '%{http_code}' -H 'Authorization: Bearer sk-anth' \
	-d "$(ask small 'What is the capital of France?')" "$BASE/chat/completions")
echo x >>"$T/sent"
check "chat completions still answer" eq "$st $(field '.choices[0].message.content')" "200 Paris"
check "chat completions ledger line has no api field" eq "$(tail -n 1 "$LEDGER" | jq -r 'has("api")')" "false"

# ---- the ledger ----
# the rules of the API the client must keep, enforced as the real one does
check "Messages rules: max_tokens is required" eq \
	"$(post '{"model":"small","messages":[{"role":"user","content":"hi"}]}')" 400
check "Messages rules: roles alternate" eq \
	"$(post '{"model":"small","max_tokens":10,"messages":[{"role":"user","content":"a"},{"role":"user","content":"b"}]}')" 400
check "Messages rules: a tool_result answers a tool_use of the turn before" eq \
	"$(post '{"model":"small","max_tokens":10,"messages":[{"role":"user","content":[{"type":"tool_result","tool_use_id":"x","content":"1"}]}]}')" 400
check "Messages rules: no temperature with thinking" eq \
	"$(post '{"model":"small","max_tokens":5000,"temperature":0,"thinking":{"type":"enabled","budget_tokens":2048},"messages":[{"role":"user","content":"hi"}]}')" 400
check "Messages rules: the thinking budget below max_tokens" eq \
	"$(post '{"model":"small","max_tokens":1000,"thinking":{"type":"enabled","budget_tokens":2048},"messages":[{"role":"user","content":"hi"}]}')" 400
check "Messages rules: thinking with a well-formed request is answered" eq \
	"$(post '{"model":"small","max_tokens":5000,"thinking":{"type":"enabled","budget_tokens":2048},"messages":[{"role":"user","content":"hi"}]}')" 200
sim_stop
check "ledger: one line per request" eq "$(wc -l <"$LEDGER" | tr -d ' ')" "$(wc -l <"$T/sent" | tr -d ' ')"
check "ledger: Anthropic lines say so" eq "$(jq -r 'select(.api == "anthropic") | .api' "$LEDGER" | wc -l | tr -d ' ')" "$(( $(wc -l <"$T/sent") - 1 ))"
check "ledger: streamed answers served" eq "$(jq -c 'select(.stream and .fault == null and .status == 200 and .served)' "$LEDGER" | wc -l | tr -d ' ')" 4
check "ledger: faults recorded" eq "$(jq -r 'select(.fault != null) | .fault' "$LEDGER" | LC_ALL=C sort | uniq -c | awk '{printf "%s:%s ", $2, $1}')" \
	"429:1 429-retry-after:7:1 500:1 503:1 drop:1 empty:2 invalid-json:2 truncate:2 "

done_tests
