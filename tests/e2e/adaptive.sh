#!/bin/sh
# adaptive.sh -- run --adaptive end to end: a clear choice stops early with
# the full grid's choice; a tie runs to the end and says it is not decided;
# the order is stratified and stored; a run killed between rounds resumes
# where it was, and --full sends only what the adaptive run left; a second
# worker is refused while it is sent; the combinations an adaptive run
# cannot honour are refused.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

# 600 items with one right answer, "yes"; every third item is of category b.
i=1
: > S.jsonl
while [ $i -le 600 ]; do
	if [ $((i % 3)) = 0 ]; then cat=b; else cat=a; fi
	printf '{"id": "q%d", "input": "Question number %d: is this fine?", "answer": "yes", "category": "%s", "grader": {"type": "exact"}}\n' \
		$i $i $cat >> S.jsonl
	i=$((i + 1))
done
head -n 200 S.jsonl > S200.jsonl
i=1
: > J.jsonl
while [ $i -le 40 ]; do
	printf '{"id": "j%d", "input": "Explain item %d", "answer": "alpha", "grader": {"type": "judge"}}\n' $i $i >> J.jsonl
	i=$((i + 1))
done
# small: right on items ending in 0 or 5 (accuracy 0.2); mid: wrong on
# those ending in 7 (0.9); big: always right. twin1 and twin2: right on
# items ending in 0-5, 0.6 of the 200 items, on the requirement's threshold.
cat > script.json <<'JSON'
{"models": {
  "small": {"default": {"text": "I don't know."}, "rules": [{"regex": "number [0-9]*[05]:", "text": "yes"}]},
  "mid": {"default": {"text": "yes"}, "rules": [{"regex": "number [0-9]*7:", "text": "no"}]},
  "big": {"default": {"text": "yes"}},
  "twin1": {"default": {"text": "no"}, "rules": [{"regex": "number [0-9]*[0-5]:", "text": "yes"}]},
  "twin2": {"default": {"text": "no"}, "rules": [{"regex": "number [0-9]*[0-5]:", "text": "yes"}]},
  "jm": {"default": {"text": "it is alpha"}},
  "jd": {"judge": true},
  "flaky": {"default": {"text": "yes"}, "rules": [{"regex": "number [0-9]*3:", "text": "yes", "faults": ["500"]}]},
  "slow": {"latency_ms": 15, "default": {"text": "yes"}, "rules": [{"regex": "number [0-9]*7:", "text": "no"}]}
}}
JSON
sim_start script.json
export OPENAI_API_KEY=sk-test
served() { jq -r 'select(.served) | .key' "$LEDGER" | wc -l; }
THREE="--model openai:small@$BASE,size=1e9 --model openai:mid@$BASE,size=3e9 --model openai:big@$BASE,size=8e9"

# 1. One model clearly wins: the run stops early with the full grid's choice.
"$TRILEMMA" run $THREE --suite S.jsonl --db a.db --adaptive --round 50 --seed 7 \
	--require 'accuracy >= 0.6' --json a.json >a.out 2>a.err
check "a clear adaptive run exits 0" eq "$?" 0
calls=$(served)
check "it sent fewer requests than the full grid (ledger: $calls of 1800)" test "$calls" -lt 900
check "it says so: the calls against the full grid" \
	eq "$(jq -c '.selection.adaptive | [.calls, .full_grid_calls]' a.json)" "[$calls,1800]"
check "the choice is decided, at confidence 0.95" \
	eq "$(jq -c '.selection.adaptive | [.decided, .chosen, .confidence, .agrees]' a.json)" '[true,"mid",0.95,true]'
check "each model's status" \
	eq "$(jq -c '[.adaptive.models[].status]' a.json)" '["fails","passes","dominated"]'
check "the failing model stopped first" \
	test "$(jq '.adaptive.models[0].units < .adaptive.models[1].units' a.json)" = true
check "the terminal says decided and the calls" grep -q "adaptive (confidence 0.95): decided, mid; $calls of the full grid's 1800 calls" a.out
check "a line per round on stderr" grep -q '^adaptive: round 1: 50 of 600 units' a.err
check "the closing line counts the answers graded in the rounds" grep -q "responses graded" a.err
check "... every one of them ($calls)" grep -q "^run r-.*: $calls responses graded" a.err
# every model task ranked 1..600, once per model; the order stratified:
# after three rounds of 50, category b (a third of the items) has 50 units
check "every model task has a rank, 1..600 per model" \
	eq "$(sqlite3 a.db "SELECT count(DISTINCT rank), min(rank), max(rank), count(*) FROM tasks WHERE model = 'mid'")" "600|1|600|600"
check "the same unit has the same rank for every model" \
	eq "$(sqlite3 a.db "SELECT count(DISTINCT item || '/' || rank) FROM tasks")" 600
check "the rounds are stratified by category (50 of the first 150 units are b)" \
	eq "$(sqlite3 a.db "SELECT count(*) FROM tasks t JOIN items i ON i.hash = t.item_hash WHERE t.model = 'mid' AND t.rank <= 150 AND json_extract(i.json, '$.category') = 'b'")" 50
check "the seed is stored with the run" \
	eq "$(sqlite3 a.db "SELECT json_extract(config, '$.adaptive.seed') FROM runs")" 7
# 1b. --width 1: only the smallest undecided model is asked. small fails,
# then mid joins (first answering the units small had), and big, larger
# than a model that passes, is never needed: fewer calls, the same choice.
before=$(served)
"$TRILEMMA" run $THREE --suite S.jsonl --db w.db --adaptive --round 50 --seed 7 --width 1 \
	--require 'accuracy >= 0.6' --json w.json >/dev/null 2>w.err
check "a width-1 adaptive run exits 0" eq "$?" 0
wcalls=$(($(served) - before))
check "it made fewer calls than asking every model ($wcalls < $calls)" test "$wcalls" -lt "$calls"
check "... and says so" eq "$(jq '.selection.adaptive.calls' w.json)" "$wcalls"
check "the same decision" eq "$(jq -c '.selection.adaptive | [.decided, .chosen]' w.json)" '[true,"mid"]'
check "the report gives the width" eq "$(jq '.adaptive.width' w.json)" 1
check "big answered fewer units than mid" \
	test "$(jq '.adaptive.models[2].units < .adaptive.models[1].units' w.json)" = true
before=$(served)
"$TRILEMMA" run $THREE --suite S.jsonl --db full.db --no-cache --require 'accuracy >= 0.6' \
	--json full.json >/dev/null 2>&1
check "the full grid sent every request" eq "$(($(served) - before))" 1800
check "the full grid chooses the same model" eq "$(jq -r '.selection.chosen' full.json)" \
	"$(jq -r '.selection.adaptive.chosen' a.json)"
check "a plain run's report has no adaptive part" eq "$(jq -c '[.adaptive, .selection.adaptive]' full.json)" "[null,null]"

# 2. Two models of the same size on the threshold: neither is surely above
# it before the whole pool, and then both pass and cannot be told apart.
before=$(served)
"$TRILEMMA" run --model openai:twin1@$BASE,size=1e9 --model openai:twin2@$BASE,size=1e9 \
	--suite S200.jsonl --db t.db --adaptive --round 50 --seed 3 --require 'accuracy >= 0.6' \
	--json t.json >t.out 2>t.err
check "the tie runs to the full grid (ledger)" eq "$(($(served) - before))" 400
check "the report says the choice is not decided" \
	eq "$(jq -c '.selection.adaptive | [.decided, .chosen, .agrees]' t.json)" '[false,null,null]'
check "the terminal says not decided" grep -q 'adaptive (confidence 0.95): not decided; 400 of the full grid' t.out
check "and why" grep -q 'the choice is not decided at this confidence' t.out
check "both twins were drawn to the end" eq "$(jq -c '[.adaptive.models[] | [.status, .units]]' t.json)" '[["passes",200],["passes",200]]'

# 3. Killed in its second round, resumed, then continued to the full grid.
# The same order (seed) as in 1 with a slow mid: the resumed run ends with
# the answers of an uninterrupted run.
SLOW="--model openai:small@$BASE,size=1e9 --model openai:slow@$BASE,size=3e9,id=mid --model openai:big@$BASE,size=8e9"
before=$(served)
lines=$(wc -l < "$LEDGER")
# Start the slow adaptive run into DB (stderr to ERR) in the background, as
# $pid, and wait until mid has 60 answers: past round 1, in round 2.
start_slow() {
	"$TRILEMMA" run $SLOW --suite S.jsonl --db "$1" --adaptive --round 50 --seed 7 --concurrency 2 \
		--require 'accuracy >= 0.6' -q >/dev/null 2>"$2" &
	pid=$!
	n=0
	while [ "$(sqlite3 "$1" "SELECT count(*) FROM tasks WHERE model = 'mid' AND state = 'done'" 2>/dev/null || echo 0)" -lt 60 ] && [ $n -lt 400 ]; do
		sleep 0.05; n=$((n + 1))
	done
}
start_slow k.db k.err
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
sent=$(($(served) - before))
check "killed after round 1, before the end ($sent requests)" test "$sent" -gt 100 -a "$sent" -lt "$calls"
check "the killed run is unfinished" eq "$(sqlite3 k.db 'SELECT status FROM runs')" running
"$TRILEMMA" run --resume --db k.db --json k.json >k.out 2>k2.err
check "the resumed run exits 0" eq "$?" 0
check "it resumed adaptively" grep -q 'resuming r-.* adaptively' k2.err
# kill -9 loses the answers in flight (at most --concurrency, 2): those
# alone are sent again
check "the store has one answer per unit of an uninterrupted run" \
	eq "$(sqlite3 k.db "SELECT count(*) FROM tasks WHERE response IS NOT NULL")" "$calls"
again=$(tail -n +$((lines + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort | uniq -d | wc -l)
check "only the requests in flight at the kill were sent again ($again)" test "$again" -le 2
check "the resumed run made the calls of an uninterrupted one, and those" \
	eq "$(($(served) - before))" "$((calls + again))"
check "the same decision" eq "$(jq -c '.selection.adaptive | [.decided, .chosen, .calls]' k.json)" "[true,\"mid\",$calls]"
run=$(sqlite3 k.db 'SELECT id FROM runs')
before=$(served)
"$TRILEMMA" run --resume "$run" --full --db k.db --concurrency 16 --json kf.json >kf.out 2>&1
check "--full exits 0" eq "$?" 0
check "--full sent only the missing tasks" eq "$(($(served) - before))" "$((1800 - calls))"
check "the grid is whole" eq "$(jq -c '.selection.adaptive | [.calls, .full_grid_calls]' kf.json)" "[1800,1800]"
check "the report says it went on to the full grid" grep -q 'continued to the full grid' kf.out
check "the full grid's choice" eq "$(jq -r '.selection.chosen' kf.json)" mid

# SIGTERM (as Ctrl-C) in the second round: stops after what is in flight,
# says how to go on, and the stored look says the choice is not decided yet.
start_slow s.db s.err
# a second worker while it is sent: an adaptive run has one worker at a time
"$TRILEMMA" run --resume --db s.db -q >/dev/null 2>s3.err
check "a second worker on an adaptive run being sent is refused (exit 3)" eq "$?" 3
check "... naming the worker that sends it" grep -q "is being sent by the worker .*:$pid:" s3.err
kill -TERM $pid 2>/dev/null
wait $pid
check "a stopped adaptive run exits 3" eq "$?" 3
check "and says how to continue" grep -q 'continue with' s.err
"$TRILEMMA" report --db s.db --format json -o s.json 2>/dev/null
check "its report: not finished, not decided yet" \
	eq "$(jq -c '[.adaptive.finished, .selection.adaptive.decided]' s.json)" '[false,false]'
check "... and says so" test "$(jq -r '.selection.adaptive.note' s.json | grep -c 'not decided yet')" = 1
"$TRILEMMA" run --resume --db s.db --json s2.json -q >/dev/null 2>&1
check "resumed, it ends as an uninterrupted run" \
	eq "$(jq -c '.selection.adaptive | [.decided, .chosen, .calls]' s2.json)" "[true,\"mid\",$calls]"

# 4. Failed requests are errors, not answers: flaky fails its first attempt
# on the items ending in 3 (a tenth) and is not retried, so its error share
# (0.1) is above max_errors (0.05) and big is chosen. Resumed, the failed
# requests are sent again first, and the rounds replayed on the new answers
# choose flaky.
cat > f.yaml <<YAML
models:
  - {id: flaky, spec: "openai:flaky@$BASE", size: {total: 1e9}, retries: 0}
  - {id: big, spec: "openai:big@$BASE", size: {total: 8e9}}
suites: [S200.jsonl]
adaptive: {round: 50, seed: 5}
select: {require: ["accuracy >= 0.6"]}
YAML
"$TRILEMMA" run -c f.yaml --db f.db --json f1.json -q >/dev/null 2>&1
check "failed requests count as errors: flaky fails, big is chosen" \
	eq "$(jq -c '[.selection.adaptive.decided, .selection.adaptive.chosen, .adaptive.models[0].status]' f1.json)" '[true,"big","fails"]'
failed=$(sqlite3 f.db "SELECT count(*) FROM tasks WHERE state = 'failed'")
check "its failed requests are stored as failed ($failed)" test "$failed" -gt 0
check "and graded as errors, never as answers" \
	eq "$(sqlite3 f.db "SELECT count(*) FROM tasks t JOIN grades g ON g.task = t.id WHERE t.state = 'failed' AND g.verdict != 'error'")" 0
"$TRILEMMA" run --resume "$(sqlite3 f.db 'SELECT id FROM runs')" --db f.db --json f2.json -q >/dev/null 2>&1
check "resumed, the failed requests are sent again" \
	eq "$(sqlite3 f.db "SELECT count(*) FROM tasks WHERE state = 'failed'")" 0
check "and the replay on their answers chooses flaky" \
	eq "$(jq -c '[.selection.adaptive.decided, .selection.adaptive.chosen, .selection.chosen]' f2.json)" '[true,"flaky","flaky"]'

# 5. Items graded by the judge: each round is judged before it is counted.
"$TRILEMMA" run --model openai:small@$BASE,size=1e9 --model openai:jm@$BASE,size=3e9 \
	--judge openai:jd@$BASE --suite J.jsonl --db j.db --adaptive --round 10 --seed 2 \
	--require 'accuracy >= 0.5' --json j.json -q >/dev/null 2>&1
check "a judged adaptive run decides on the judge's verdicts" \
	eq "$(jq -c '[.selection.adaptive.decided, .selection.adaptive.chosen, .adaptive.models[0].status]' j.json)" '[true,"jm","fails"]'
check "every answer it counted was judged" \
	eq "$(sqlite3 j.db "SELECT count(*) FROM tasks t JOIN grades g ON g.task = t.id WHERE t.judge_of = 0 AND g.judged = 1")" \
	"$(sqlite3 j.db "SELECT count(*) FROM tasks WHERE judge_of = 0 AND response IS NOT NULL")"
check "... and fewer than the full grid" test "$(sqlite3 j.db "SELECT count(*) FROM tasks WHERE judge_of = 0 AND response IS NOT NULL")" -lt 80

# 6. The config: adaptive: and select.confidence; what is refused.
cat > c.yaml <<YAML
models:
  - {id: small, spec: "openai:small@$BASE", size: {total: 1e9}}
  - {id: mid, spec: "openai:mid@$BASE", size: {total: 3e9}}
suites: [S200.jsonl]
adaptive: {round: 40, seed: 1, width: 1}
select:
  require: ["accuracy >= 0.6"]
  confidence: 0.9
YAML
"$TRILEMMA" run -c c.yaml --db c.db --json c.json -q >/dev/null 2>&1
check "adaptive: and select.confidence from the config" \
	eq "$(jq -c '.adaptive | [.round, .seed, .confidence, .width]' c.json)" "[40,1,0.9,1]"
sed 's/confidence: 0.9/confidence: 1.5/' c.yaml > bad.yaml
"$TRILEMMA" run -c bad.yaml --db bad.db >/dev/null 2>bad.err
check "select.confidence out of (0.5, 1) exits 2" eq "$?" 2
check "... at its file:line:col" grep -q "bad.yaml:8:3: 'confidence' must be a number above 0.5" bad.err
check "nothing stored for bad input" test ! -e bad.db
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --adaptive --confidence 0.4 >/dev/null 2>x.err
check "--confidence 0.4 is refused" eq "$?" 2
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --adaptive --strict >/dev/null 2>x.err
check "--adaptive --strict is refused, saying why" sh -c "[ $? = 2 ] && grep -q 'cannot honour --strict' x.err"
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --adaptive --batch >/dev/null 2>x.err
check "--adaptive --batch is refused" sh -c "[ $? = 2 ] && grep -q 'cannot use --batch' x.err"
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --adaptive --max-cost 1 >/dev/null 2>x.err
check "--adaptive --max-cost is refused" sh -c "[ $? = 2 ] && grep -q 'cannot hold --max-cost' x.err"
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --full >/dev/null 2>x.err
check "--full without --resume is refused" sh -c "[ $? = 2 ] && grep -q 'use it with --resume' x.err"
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --width 2 >/dev/null 2>x.err
check "--width without --adaptive is refused" sh -c "[ $? = 2 ] && grep -q 'for adaptive runs' x.err"
"$TRILEMMA" run $THREE --suite S.jsonl --db x.db --adaptive --width 2 --prefer cheapest >/dev/null 2>x.err
check "--width with another preference than smallest is refused" \
	sh -c "[ $? = 2 ] && grep -q 'asks the smallest models first' x.err"
"$TRILEMMA" run --resume "$run" --db k.db --round 10 >/dev/null 2>x.err
check "--round cannot change a planned run" sh -c "[ $? = 2 ] && grep -q 'already planned' x.err"
check "no request for refused input" test ! -e x.db

done_tests
