#!/bin/sh
# failures.sh -- failures are never results: runs where every request
# fails exit 3 and say why; empty answers are errors; select recommends
# only models that work; bad requirements stop the run before anything is
# sent; every request that leaves is an attempt; report, select and runs
# never write; bad input is refused where it is; untrusted text is escaped
# in every format; failed bodies are kept bounded.
# E2E_PROVIDER=anthropic (failures_messages.sh) runs it all over the
# Messages protocol of the test server instead of Chat Completions.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

if [ "${E2E_PROVIDER:-openai}" = anthropic ]; then
	CLOUD=anthropic LOCAL=anthropic KEYVAR=ANTHROPIC_API_KEY
	MSG401='HTTP 401: simulated: invalid x-api-key'
	MSG404='model: nosuch is not among the simulated models'
else
	CLOUD=openai LOCAL=compat KEYVAR=OPENAI_API_KEY
	MSG401='HTTP 401: simulated: incorrect API key'
	MSG404='The model `nosuch` does not exist'
fi
# with_key KEY CMD... -- run CMD with the protocol's API key variable set to KEY
with_key() { k=$1; shift; env "$KEYVAR=$k" "$@"; }

for i in 1 2 3 4 5 6; do
	printf '{"id": "q%d", "input": "Question %d: what is %d + %d?", "answer": "%d", "grader": {"type": "numeric"}}\n' \
		$i $i $i $i $((i + i))
done > S.jsonl

# ---- 1. a run whose every request fails --------------------------------
cat > script.json <<'JSON'
{"require_key": "sk-right", "models": {
  "m": {"rules": [{"regex": "Question ([0-9]+)", "text": "I think 0"}],
        "default": {"text": "0"}},
  "flaky": {"default": {"text": "0", "faults": ["500", "500", "500", "500"]}}}}
JSON
sim_start script.json
GOOD=$BASE
# a port where nothing listens: the test server started and stopped
sim_start script.json; DEAD=$BASE; kill "${SIM_PIDS##* }"; wait "${SIM_PIDS##* }" 2>/dev/null
fails() { # name model-spec key expect-class
	printf 'models:\n  - {id: m, spec: "%s", retries: 1}\nsuites: [S.jsonl]\n' "$2" > f.yaml
	rm -f f.db*
	with_key "$3" "$TRILEMMA" run -c f.yaml --db f.db --json f.json >out.txt 2>err.txt
	rc=$?
	check "$1: exit 3" eq "$rc" 3
	check "$1: says nothing was measured" grep -q 'nothing was measured' err.txt
	check "$1: names the cause ($4)" grep -q "m: $4 x6: " err.txt
	check "$1: recommends nothing" sh -c "! grep -q recommended out.txt err.txt"
	check "$1: the run is marked failed" eq "$(sqlite3 f.db 'SELECT status FROM runs')" failed
	check "$1: says how to resume" grep -q "trilemma run --resume r-.* --db f.db" err.txt
}
fails "connection refused" "$CLOUD:m@$DEAD" sk-right connect
fails "HTTP 500 on every attempt" "$CLOUD:flaky@$GOOD" sk-right http_5xx
fails "wrong API key" "$CLOUD:m@$GOOD" sk-wrong auth
check "wrong API key: the provider's message is shown" grep -q "$MSG401" err.txt
fails "unknown model" "$CLOUD:nosuch@$GOOD" sk-right not_found
check "unknown model: the provider's message is shown" grep -q "$MSG404" err.txt
"$TRILEMMA" select --db f.db > sel.txt 2>&1
check "select on a run that measured nothing: exit 1" eq "$?" 1
check "select says why" grep -q 'excluded m: not measured: 100% of its requests failed' sel.txt
"$TRILEMMA" report --db f.db --format md > rep.md 2>&1
check "the markdown report tells the failures" grep -q -- '- m: not_found x6: HTTP 404' rep.md
"$TRILEMMA" report --db f.db --format csv > rep.csv 2>&1
check "the csv report tells the failures" grep -q '^"m","failures","not_found",' rep.csv
# fixed, resumed: the same run now measures something
printf 'models:\n  - {id: m, spec: "%s:m@%s", retries: 1}\nsuites: [S.jsonl]\n' $CLOUD "$GOOD" > f.yaml
rm -f f.db*
with_key sk-wrong "$TRILEMMA" run -c f.yaml --db f.db -q 2>/dev/null
with_key sk-right "$TRILEMMA" run --resume --db f.db -q --json f.json 2>err.txt
check "after fixing the key, --resume completes the failed run" eq "$?" 0
check "and it is finished" eq "$(sqlite3 f.db 'SELECT status FROM runs')" finished
check "every task has an ok response" eq "$(jq '.models[0].requests | [.ok, .failed]' -c f.json)" "[6,0]"
# flags over a resumed run replace the stored selection, as select does
printf 'models:\n  - {id: m, spec: "%s:m@%s", retries: 1}\nsuites: [S.jsonl]\nselect: {require: ["accuracy >= 0.99"]}\n' $CLOUD "$GOOD" > g.yaml
rm -f g.db*
with_key sk-wrong "$TRILEMMA" run -c g.yaml --db g.db -q 2>/dev/null
with_key sk-right "$TRILEMMA" run --resume --db g.db -q --require 'accuracy >= 0' --strict \
	--json g.json 2>err.txt
check "run --resume --require replaces the stored requirements" eq "$(jq -c '.selection.require' g.json)" '["accuracy >= 0"]'
check "run --resume --strict is kept" eq "$(jq '.selection.strict' g.json)" true
with_key sk-right "$TRILEMMA" run --resume --db g.db --model "$CLOUD:x@$GOOD" 2>err.txt
check "run --resume refuses to change the models" sh -c "[ $? = 2 ] && grep -q -- '--model cannot change a run' err.txt"
# the errors column shows at 80 columns (a real terminal, through script(1))
script -qec "stty cols 80; $TRILEMMA report --db f.db" /dev/null > term.txt 2>&1
check "the scoreboard shows errors at 80 columns" \
	sh -c "sed 's/\x1b\[[0-9;]*m//g' term.txt | grep -m1 '^model' | grep -q 'errors'"
check "no line of the report is wider than the terminal" \
	sh -c "tr -d '\r' < term.txt | sed 's/\x1b\[[0-9;]*m//g' | awk 'length(\$0) > 80 { bad = 1 } END { exit bad }'"

# ---- 2. empty and choiceless answers are failures ---------------------
cat > empty.json <<'JSON'
{"models": {"m": {"rules": [
  {"match": "Question 1:", "text": "2", "faults": ["empty"]},
  {"match": "Question 2:", "text": "4", "faults": ["empty", "empty", "empty"]},
  {"match": "Question 3:", "text": ""},
  {"match": "Question 4:", "text": "8", "faults": ["empty", "empty", "empty"]}],
  "default": {"text": "10"}}}}
JSON
for stream in true false; do
	sim_start empty.json   # a fresh server: attempts count anew
	printf 'models:\n  - {id: m, spec: "%s:m@%s", stream: %s, retries: 2}\nsuites: [S.jsonl]\n' "$LOCAL" "$BASE" $stream > e.yaml
	rm -f e.db*
	"$TRILEMMA" run -c e.yaml --db e.db --no-cache -q --json e.json 2>/dev/null
	v=$(sqlite3 e.db "SELECT t.item || '=' || g.verdict FROM tasks t JOIN grades g ON g.task = t.id ORDER BY t.item" | tr '\n' ' ')
	check "stream $stream: empty answers are errors, never wrong answers" \
		eq "$v" "q1=correct q2=error q3=error q4=error q5=correct q6=incorrect "
	check "stream $stream: classed empty" \
		test "$(sqlite3 e.db "SELECT count(*) FROM attempts WHERE error_class = 'empty'")" -ge 7
	check "stream $stream: the requests were sent so" eq "$(jq -s -c '[.[].stream] | unique' "$LEDGER")" "[$stream]"
done

# ---- 3. select recommends only models that work ------------------------
cat > two.json <<'JSON'
{"models": {
  "good": {"rules": [{"match": "Question 1:", "text": "2"}, {"match": "Question 2:", "text": "4"},
                     {"match": "Question 3:", "text": "6"}, {"match": "Question 4:", "text": "8"}],
           "default": {"text": "I don't know."}},
  "bad": {"default": {"text": "999"}}}}
JSON
sim_start two.json
: > "$LEDGER"
"$TRILEMMA" run --model "$LOCAL:good@$BASE" --model "$LOCAL:bad@$BASE" --suite S.jsonl --db t.db \
	--json t.json > out.txt 2>err.txt
check "two unsized models: the run exits 0" eq "$?" 0
check "the model that answered nothing right is not on the frontier" eq "$(jq -c '.selection.pareto' t.json)" '["good"]'
check "nothing is recommended on an undeclared size" eq "$(jq -r '.selection.chosen' t.json)" null
check "and the output says why" grep -q 'no recommendation: size not declared' out.txt
check "bad is never recommended" sh -c "! grep -q 'recommended: bad' out.txt"
"$TRILEMMA" select --db t.db --prefer best > sel.txt 2>&1
check "prefer best recommends the frontier model" grep -q 'recommended: good' sel.txt
sent=$(wc -l < "$LEDGER")
"$TRILEMMA" run --model "$LOCAL:good@$BASE" --suite S.jsonl --db new.db --require 'acc >= 1' 2>err.txt
check "an unknown metric stops the run before anything is sent: exit 2" eq "$?" 2
check "it names the metric" grep -q "no metric 'acc'" err.txt
check "nothing was sent" eq "$(wc -l < "$LEDGER")" "$sent"
check "no store was written" test ! -e new.db
"$TRILEMMA" run --model "$LOCAL:good@$BASE" --suite S.jsonl --db new.db --prefer smalest 2>err.txt
check "an unknown preference stops the run: exit 2" eq "$?" 2
printf 'models: [{spec: "%s:good@%s"}]\nsuites: [S.jsonl]\nselect:\n  require: ["accuracy =< 1"]\n' "$LOCAL" "$BASE" > s.yaml
"$TRILEMMA" run -c s.yaml --db new.db 2>err.txt
check "a malformed requirement in the config: exit 2 at file:line:col" \
	sh -c "[ $? = 2 ] && grep -q 's.yaml:4:3: requirement' err.txt"
check "still nothing sent" eq "$(wc -l < "$LEDGER")" "$sent"

# ---- 6. every request that leaves is an attempt ------------------------
cat > drop.json <<'JSON'
{"models": {"m": {"default": {"text": "0"}, "rules": [
  {"match": "Question 2:", "text": "4", "faults": ["drop"]},
  {"match": "Question 4:", "text": "8", "faults": ["drop", "drop"]},
  {"match": "Question 5:", "text": "10", "faults": ["drop", "drop", "drop", "drop"]}]}}}
JSON
sim_start drop.json
printf 'models:\n  - {id: m, spec: "%s:m@%s", retries: 2}\nsuites: [S.jsonl]\nconcurrency: 1\n' "$LOCAL" "$BASE" > d.yaml
"$TRILEMMA" run -c d.yaml --db d.db -q --no-cache 2>/dev/null
check "connections reused and dropped: every request the server saw is an attempt" \
	eq "$(sqlite3 d.db 'SELECT count(*) FROM attempts')" "$(wc -l < "$LEDGER")"
check "retries is a hard cap: no item sent more than 1 + retries times" \
	eq "$(jq -r .key "$LEDGER" | sort | uniq -c | awk '$1 > 3' | wc -l)" 0

# ---- 7. report, select and runs never write ---------------------------
sqlite3 other.db "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('mine');"
before=$(sha256sum other.db)
for cmd in report select runs; do
	"$TRILEMMA" $cmd --db other.db > o.txt 2>&1
	check "$cmd refuses another program's database: exit 2" eq "$?" 2
	check "$cmd says it is not a trilemma store" grep -q 'not a trilemma store' o.txt
done
check "the other database is untouched" eq "$(sha256sum other.db)" "$before"
check "no trilemma table was added" eq "$(sqlite3 other.db '.tables')" notes
: > zero.db
"$TRILEMMA" report --db zero.db > o.txt 2>&1
check "a 0-byte file: exit 2" eq "$?" 2
check "a 0-byte file stays 0 bytes" eq "$(wc -c < zero.db)" 0
"$TRILEMMA" run -c d.yaml --db other.db -q 2>o.txt
check "run will not add its tables to another program's database: exit 2" eq "$?" 2
check "still untouched" eq "$(sha256sum other.db)" "$before"
cp t.db ro.db
before=$(sha256sum ro.db)
"$TRILEMMA" report --db ro.db > /dev/null 2>&1 && "$TRILEMMA" select --db ro.db > /dev/null 2>&1
"$TRILEMMA" runs --db ro.db > /dev/null 2>&1
check "reading a store changes no byte of it" eq "$(sha256sum ro.db)" "$before"
# garbage over pages 2-3 (the store's first tables)
cp t.db dmg.db
head -c 8192 /dev/zero | tr '\0' '\377' | dd of=dmg.db bs=4096 seek=1 conv=notrunc 2>/dev/null
"$TRILEMMA" report --db dmg.db > o.txt 2>&1
check "a damaged store: exit 3" eq "$?" 3
check "the damage is named" grep -q 'the store is damaged' o.txt

# ---- 8. bad input is refused where it is -------------------------------
bad() { # name yaml-line expect
	printf 'models:\n  - spec: "%s:m@%s"\n    %s\nsuites: [S.jsonl]\n' "$LOCAL" "$BASE" "$2" > b.yaml
	"$TRILEMMA" run -c b.yaml --db b.db 2>err.txt
	check "$1: exit 2" eq "$?" 2
	check "$1: located" grep -q "b.yaml:3:5: $3" err.txt
}
bad "timeout -1" "timeout: -1" "'timeout' must be between"
bad "timeout 0" "timeout: 0" "'timeout' must be between"
bad "timeout 1e300" "timeout: 1e300" "'timeout' must be between"
bad "rpm -3" "rpm: -3" "'rpm' must be between"
bad "tpm -3" "tpm: -3" "'tpm' must be between"
check "bad configs write no store" test ! -e b.db
"$TRILEMMA" run -c "$T" --db b.db 2>err.txt
check "-c DIR says it is a directory" sh -c "[ $? = 2 ] && grep -q 'is a directory' err.txt"
printf 'models:\n  - spec: "%s:m@%s"\n\n\n\n\n\nsuites: [S.jsonl] # caf\351\n' "$LOCAL" "$BASE" > u.yaml
"$TRILEMMA" run -c u.yaml --db b.db 2>err.txt
check "a non-UTF-8 byte on line 8 is reported on line 8" grep -q 'u.yaml:8:24: .*(byte 0xe9)' err.txt
printf '\357\273\277models:\n  - {spec: "%s:good@%s"}\nsuites: [bom.jsonl]\n' "$LOCAL" "$GOOD" > bom.yaml
sim_start two.json
printf '\357\273\277{"id": "a", "input": "Question 1: what is 1 + 1?", "answer": "2", "grader": {"type": "numeric"}}\n' > bom.jsonl
printf '\357\273\277models:\n  - {spec: "%s:good@%s"}\nsuites: [bom.jsonl]\n' "$LOCAL" "$BASE" > bom.yaml
"$TRILEMMA" run -c bom.yaml --db bom.db -q 2>err.txt
check "a config and a suite that start with a UTF-8 BOM are read" eq "$?" 0
# (compat in both variants: it has no default base URL, so what follows '@'
# must be one; a provider with a default, anthropic or openai, reads
# "m@not a url" as a model name, '@' versions being Vertex's style)
"$TRILEMMA" run --model "compat:m@not a url" --suite S.jsonl --db b.db 2>err.txt
check "a base URL that is not one is named" grep -q "'not a url' is not an http:// or https:// URL" err.txt
env -u ANTHROPIC_API_KEY "$TRILEMMA" run --model anthropic:x --suite S.jsonl --db b.db 2>err.txt
check "a cloud model without its key: exit 2 before sending" eq "$?" 2
check "it names the variable to set" grep -q "set ANTHROPIC_API_KEY in the environment" err.txt

# ---- 9. untrusted text is escaped in every format ----------------------
printf '{"id": "e1", "input": "Question 1: what is 1 + 1?", "answer": "2", "category": "c\\u001b[31m\\u0007\\u009bx", "grader": {"type": "numeric"}}\n' > esc.jsonl
printf 'models:\n  - {id: "ev\\e[2J\\a", spec: "%s:good@%s"}\nsuites: [esc.jsonl]\n' "$LOCAL" "$BASE" > esc.yaml
"$TRILEMMA" run -c esc.yaml --db esc.db --json esc.json --md esc.md --csv esc.csv > esc.txt 2>&1
check "the run with hostile names completes" eq "$?" 0
"$TRILEMMA" report --db esc.db --format html > esc.html 2>&1
"$TRILEMMA" select --db esc.db --json > esc-sel.json 2>&1
for f in esc.json esc-sel.json esc.md esc.csv esc.html esc.txt; do
	check "$f: no raw ESC or BEL" sh -c "! LC_ALL=C grep -q \"\$(printf '[\\033\\007]')\" $f"
	check "$f: no raw C1 control" sh -c "! LC_ALL=C grep -q \"\$(printf '\\302[\\200-\\237]')\" $f"
done
check "the JSON still holds the text, escaped" \
	eq "$(jq -r '.models[0].categories | keys[0]' esc.json | od -c | head -n 1 | grep -c 033)" 1

# ---- 10. failed bodies are kept bounded --------------------------------
cat > huge.json <<'JSON'
{"models": {"m": {"error_body_bytes": 1048576, "default": {"text": "0", "faults": ["500", "500"]}}}}
JSON
sim_start huge.json
printf 'models:\n  - {id: m, spec: "%s:m@%s", retries: 1}\nsuites: [S.jsonl]\n' "$LOCAL" "$BASE" > h.yaml
"$TRILEMMA" run -c h.yaml --db h.db -q 2>/dev/null
check "a hostile server's 1 MiB error bodies: the run fails honestly" eq "$?" 3
check "of each, at most the first and last 64 KiB are stored" \
	test "$(sqlite3 h.db 'SELECT max(length(raw)) FROM responses')" -le 131200
check "the stored bytes say how much was left out" \
	eq "$(sqlite3 h.db "SELECT count(*) FROM responses WHERE CAST(raw AS TEXT) LIKE '%bytes left out%'")" 6
check_api
done_tests
