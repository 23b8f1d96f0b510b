#!/bin/sh
# suites_catalogue.sh -- a suite directory's tools.json: items that name a
# tool send its whole schema, exactly as items that write it out do (same
# request bodies, same item rows in the store), and every problem with the
# catalogue or a name exits 2 at its file:line(:col) before anything is sent.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

schema='{"type":"object","properties":{"city":{"type":"string","description":"a city"}},"required":["city"],"additionalProperties":false}'
weather='{"name":"get_weather","description":"Current weather in a city","parameters":'"$schema"'}'
time_tool='{"name":"get_time","description":"The time in a city","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}'

# the same two items, once naming their tools, once writing them out
mkdir named inline
printf '[\n%s,\n%s\n]\n' "$time_tool" "$weather" > named/tools.json
cat > named/items.jsonl <<EOF
{"id":"w1","input":"Weather in Oslo?","tools":["get_weather"],"tool_choice":"auto","grader":{"type":"tool_call","calls":[{"name":"get_weather","arguments":{"city":"Oslo"}}]}}
{"id":"w2","input":"Time in Lima?","tools":["get_weather",$time_tool],"grader":{"type":"tool_call","calls":[{"name":"get_time","arguments":{"city":"Lima"}}]}}
EOF
sed -e "s/\"tools\":\[\"get_weather\"\]/\"tools\":[$weather]/" \
    -e "s/\"tools\":\[\"get_weather\",/\"tools\":[$weather,/" named/items.jsonl > inline/items.jsonl
check "the inline copy spells the schemas out" eq "$(grep -c '"parameters"' inline/items.jsonl)" 2

"$TRILEMMA" suites show ./named > show.txt 2>&1
check "suites show reads a suite whose items name their tools" eq "$?" 0
"$TRILEMMA" suites export ./named > exp.jsonl 2>&1
check "export writes the tools out" eq "$(jq -c '.tools' exp.jsonl | md5sum)" "$(jq -c '.tools' inline/items.jsonl | md5sum)"

cat > s.json <<'EOF'
{"models": {"m": {"default": {"text": "I don't know."}}}}
EOF
sim_start s.json
for d in named inline; do
	cat > $d.yaml <<EOF
models:
  - {id: chat, spec: "compat:m@$BASE", stream: false}
  - {id: msg, spec: "anthropic:m@$BASE", stream: false}
EOF
	"$TRILEMMA" run -c $d.yaml --suite ./$d --db $d.db -q > $d.out 2>&1
	check "run over the $d suite exits 0" eq "$?" 0
done
check "four requests reached the server for each" eq "$(jq -s 'length' "$LEDGER")" 8
sqlite3 named.db "select model, item, request from tasks order by 1, 2" > named.req
sqlite3 inline.db "select model, item, request from tasks order by 1, 2" > inline.req
check "request bodies are byte-identical" cmp named.req inline.req
check "the Chat Completions body carries the whole schema" eq \
	"$(sqlite3 named.db "select request from tasks where model = 'chat' and item = 'w1'" | jq -S -c '.tools[0].function.parameters')" "$(echo "$schema" | jq -S -c .)"
check "the Messages body carries it as input_schema" eq \
	"$(sqlite3 named.db "select request from tasks where model = 'msg' and item = 'w2'" | jq -S -c '.tools[0].input_schema')" "$(echo "$schema" | jq -S -c .)"
check "the store's items (hash, id, JSON) are the same" eq \
	"$(sqlite3 named.db 'select hash, id, json from items order by id' | md5sum)" \
	"$(sqlite3 inline.db 'select hash, id, json from items order by id' | md5sum)"
check "... and so are the cache keys" eq \
	"$(sqlite3 named.db 'select request_hash from tasks order by model, item' | md5sum)" \
	"$(sqlite3 inline.db 'select request_hash from tasks order by model, item' | md5sum)"

# refuse: each case exits 2 and names the place
refused() { # DIR EXPECTED-MESSAGE-PREFIX
	"$TRILEMMA" suites show "$1" > r.txt 2>&1
	st=$?
	[ "$st" = 2 ] || { echo "exit $st, expected 2"; cat r.txt; return 1; }
	grep -qF "$2" r.txt || { echo "no '$2' in:"; cat r.txt; return 1; }
}
mkdir unknown
cp named/tools.json unknown/
printf '{"id":"a","input":"x","tools":["get_time"]}\n{"id":"b","input":"y","tools":["get_wether"]}\n' > unknown/items.jsonl
check "an unknown tool name: exit 2 at the item's line" \
	refused ./unknown "unknown/items.jsonl:2: tools[0] names the tool 'get_wether', which is not in the suite's tools.json"
mkdir broken
printf '[\n%s,\n{"name": "x", "description": "y",}\n]\n' "$weather" > broken/tools.json
cp unknown/items.jsonl broken/
check "malformed tools.json: exit 2 at line:col" refused ./broken "broken/tools.json:3:34: invalid JSON"
mkdir dup
printf '[\n%s,\n%s,\n  %s\n]\n' "$weather" "$time_tool" "$weather" > dup/tools.json
cp unknown/items.jsonl dup/
check "duplicate tool names: exit 2 at the second one" \
	refused ./dup "dup/tools.json:4:3: duplicate tool name 'get_weather' (first at line 2)"
mkdir badtool
printf '[{"name": "a", "parameters": "none"}]\n' > badtool/tools.json
cp unknown/items.jsonl badtool/
check "a tool without an object 'parameters': exit 2 at its place" \
	refused ./badtool "badtool/tools.json:1:2: tools[0] needs a string 'name'"
mkdir nocat
cp named/items.jsonl nocat/
check "names without a tools.json: exit 2, asking for the catalogue" \
	refused ./nocat "nocat/items.jsonl:1: tools[0] names the tool 'get_weather', which needs a tools.json catalogue next to the items"
cp named/items.jsonl bare.jsonl
check "a bare .jsonl that names tools: exit 2 the same way" \
	refused bare.jsonl "bare.jsonl:1: tools[0] names the tool 'get_weather', which needs a tools.json catalogue"
"$TRILEMMA" run -c named.yaml --suite ./unknown --db no.db -q > r.txt 2>&1
check "run refuses the suite with exit 2" eq "$?" 2
check "... before sending anything" eq "$(jq -s 'length' "$LEDGER")" 8
done_tests
