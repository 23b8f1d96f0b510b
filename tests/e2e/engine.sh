#!/bin/sh
# engine.sh -- the engine end to end: faults, retries, one stored response
# per item, token totals, secrets, bad input, the cache.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

# 12 items; the first six meet a fault on their first attempts.
i=1
: > S.jsonl
while [ $i -le 12 ]; do
	printf '{"id": "q%d", "input": "Question number %d: what is %d + %d?", "answer": "%d", "grader": {"type": "numeric"}}\n' \
		$i $i $i $i $((i + i)) >> S.jsonl
	i=$((i + 1))
done
cat > script.json <<'JSON'
{"models": {"m": {
  "usage": {"prompt_tokens": 10, "completion_tokens": 5, "reasoning_tokens": 2},
  "default": {"text": "I don't know."},
  "rules": [
    {"match": "Question number 1:", "text": "2", "faults": ["429-retry-after:1"]},
    {"match": "Question number 2:", "text": "4", "faults": ["500"]},
    {"match": "Question number 3:", "text": "6", "faults": ["drop"]},
    {"match": "Question number 4:", "text": "8", "faults": ["truncate"]},
    {"match": "Question number 5:", "text": "10", "faults": ["invalid-json", "502"]},
    {"match": "Question number 6:", "text": "12", "faults": ["503", "429"]},
    {"match": "Question number 7:", "text": "14", "reasoning": "seven and seven"},
    {"match": "Question number 8:", "text": "16"}
  ]}}}
JSON
sim_start script.json
SECRET="sk-test-$(date +%s)-do-not-leak"
export OPENAI_API_KEY="$SECRET" ANTHROPIC_API_KEY="$SECRET"

"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite S.jsonl --db run.db --json r.json \
	--md r.md --csv r.csv >out.txt 2>err.txt
rc=$?
check "run against a faulty server exits 0" eq "$rc" 0
check "one stored ok response per item" \
	eq "$(sqlite3 run.db "SELECT count(*) FROM tasks WHERE state = 'done'") $(sqlite3 run.db 'SELECT count(*) FROM responses WHERE ok = 1')" "12 12"
check "no item answered twice (ledger)" \
	eq "$(jq -r 'select(.served) | .key' "$LEDGER" | sort | uniq -d | wc -l)" 0
check "every item served exactly once" \
	eq "$(jq -r 'select(.served) | .key' "$LEDGER" | sort -u | wc -l)" 12
check "failed attempts are recorded with their class" \
	eq "$(sqlite3 run.db "SELECT count(*) FROM attempts WHERE error_class IS NOT NULL")" 8
check "Retry-After honoured and recorded" \
	eq "$(sqlite3 run.db "SELECT retry_after FROM attempts WHERE http_status = 429 AND retry_after IS NOT NULL")" 1.0
check "dropped connection classed" \
	eq "$(sqlite3 run.db "SELECT count(*) FROM attempts WHERE error_class = 'dropped'")" 1
check "truncated body classed as retryable" \
	test "$(sqlite3 run.db "SELECT count(*) FROM attempts WHERE error_class IN ('truncated','malformed','transport')")" -ge 2
# 12 answers, 10 prompt and 5 completion tokens each, 2 reasoning tokens each
check "report: input token total" eq "$(jq '.models[0].overall.tokens.input.total' r.json)" 120
check "report: output token total" eq "$(jq '.models[0].overall.tokens.output.total' r.json)" 60
# (the Messages protocol counts thinking inside the output tokens, and
# reports no reasoning count of its own: unknown, never a made-up figure)
check "report: reasoning token total" eq "$(jq '.models[0].overall.tokens.reasoning.total' r.json)" \
	"$([ "${E2E_PROVIDER:-}" = anthropic ] && echo null || echo 24)"
check "report: items and errors" eq "$(jq -c '.models[0].overall | [.items, .errors]' r.json)" "[12,0]"
# q1..q8 are answered right (2,4,..,16); q9..q12 get "I don't know."
check "report: grades" eq "$(jq -c '.models[0].overall | [.correct, .incorrect, .abstained]' r.json)" "[8,0,4]"
check "latency and ttft measured" \
	test "$(jq '.models[0].overall.latency_s.p50 > 0 and .models[0].overall.ttft_s.p50 > 0' r.json)" = true
check "reasoning text stored" \
	eq "$(sqlite3 run.db "SELECT reasoning FROM responses WHERE text = '14'")" "seven and seven"
check "markdown and csv written" test -s r.md -a -s r.csv
"$TRILEMMA" runs --db run.db > runs.txt 2>&1
check "runs lists the finished run" grep -q 'finished' runs.txt
check "integrity_check ok" eq "$(sqlite3 run.db 'PRAGMA integrity_check')" ok

# The key is in no file and no output.
check "API key not in the store" sh -c "! grep -a -q '$SECRET' run.db run.db-wal 2>/dev/null"
check "API key not in reports or output" sh -c "! grep -q '$SECRET' r.json r.md r.csv out.txt err.txt runs.txt"
check "the key was sent to the server" eq "$(jq -r 'select(.auth) | .key' "$LEDGER" | sort -u | wc -l)" 12

# The cache: the same run again sends nothing.
before=$(wc -l < "$LEDGER")
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite S.jsonl --db run.db -q 2>err2.txt
check "second run answered from the cache" eq "$(wc -l < "$LEDGER")" "$before"
check "cached tasks marked" eq "$(sqlite3 run.db "SELECT count(*) FROM tasks WHERE state = 'cached'")" 12
check "the cache's answers are graded in the store" \
	eq "$(sqlite3 run.db "SELECT count(*) FROM tasks t JOIN grades g ON g.task = t.id WHERE t.state = 'cached'")" 12
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite S.jsonl --db run.db -q --no-cache 2>err3.txt
check "--no-cache sends again" test "$(wc -l < "$LEDGER")" -ge $((before + 12))

# Non-streaming requests, from a config file.
cat > c.yaml <<YAML
models:
  - id: plain
    spec: ${E2E_PROVIDER:-openai}:m@$BASE
    stream: false
    price: {input: 1.0, output: 2.0}
suites: [S.jsonl]
YAML
"$TRILEMMA" run -c c.yaml --db plain.db --json p.json -q 2>errp.txt
check "non-streaming run" eq "$(jq -c '.models[0].overall | [.items, .correct]' p.json)" "[12,8]"
# cost from price: 12 x (10 x 1.0 + 5 x 2.0) / 1e6 = 0.00024
check "cost from the declared price" eq "$(jq '.models[0].overall.cost_usd.total * 1e8 | round' p.json)" 24000
check "no ttft without streaming" eq "$(jq '.models[0].overall.ttft_s' p.json)" null

# report and select work from the store alone, with the server gone.
sim_stop
"$TRILEMMA" report --db run.db --format json > offline.json 2>&1
check "report offline from the store" eq "$(jq '.models[0].overall.items' offline.json)" 12

# Bad input exits 2 with file:line:col, and writes nothing.
printf 'models:\n  - spec: openai:m@%s\n    temprature: 1\nsuites: [S.jsonl]\n' "$BASE" > bad.yaml
"$TRILEMMA" run -c bad.yaml --db bad.db 2>e.txt; rc=$?
check "unknown config key exits 2" eq "$rc" 2
check "unknown config key located" grep -q 'bad.yaml:3:5: unknown key .temprature.' e.txt
check "bad config writes no store" test ! -e bad.db
printf 'models: [{spec: "openai:m@%s", temperature: hot}]\nsuites: [S.jsonl]\n' "$BASE" > bad2.yaml
"$TRILEMMA" run -c bad2.yaml --db bad.db 2>e.txt; rc=$?
check "wrong type exits 2 with location" sh -c "[ $rc = 2 ] && grep -q 'bad2.yaml:1:' e.txt && grep -q temperature e.txt"
head -n 6 S.jsonl > B.jsonl
echo '{"id": "x", "input": "broken"' >> B.jsonl
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite B.jsonl --db bad.db 2>e.txt; rc=$?
check "invalid JSON on line 7 exits 2" eq "$rc" 2
check "invalid JSON located" grep -q 'B.jsonl:7:' e.txt
head -n 3 S.jsonl > D.jsonl; sed -n 2p S.jsonl >> D.jsonl
"$TRILEMMA" run --model "${E2E_PROVIDER:-openai}:m@$BASE" --suite D.jsonl --db bad.db 2>e.txt; rc=$?
check "duplicate item id exits 2" sh -c "[ $rc = 2 ] && grep -q 'D.jsonl:4:1: duplicate item id .q2. (first at line 2)' e.txt"
check "bad suites write no store" test ! -e bad.db
env -u OPENAI_API_KEY "$TRILEMMA" run --model "openai:m" --suite S.jsonl --db bad.db 2>e.txt; rc=$?
check "missing key is a usage error naming the variable" sh -c "[ $rc = 2 ] && grep -q OPENAI_API_KEY e.txt"
"$TRILEMMA" run --bogus 2>e.txt; rc=$?
check "unknown flag exits 2" eq "$rc" 2
if [ "${E2E_PROVIDER:-}" = anthropic ]; then
	check "the requests went over the Messages protocol" \
		sh -c "sqlite3 run.db 'SELECT spec FROM models' | grep -q '^anthropic:'"
	# the prompt cache: 40 of the input tokens read from it, 8 written to it,
	# priced at a tenth and at 1.25 times the input price of 2 USD per million
	cat > cache.json <<'JSON'
{"models": {"c": {"default": {"text": "ok"},
  "usage": {"prompt_tokens": 100, "completion_tokens": 10, "cache_read_tokens": 40, "cache_write_tokens": 8}}}}
JSON
	sim_start cache.json
	"$TRILEMMA" run --model "anthropic:c@$BASE,price=2/10" --suite S.jsonl --db cache.db -q \
		>/dev/null 2>cache.err
	check "a cached prompt: the run exits 0" eq "$?" 0
	check "the cache's reads and writes are in the input tokens" \
		eq "$(sqlite3 cache.db 'SELECT DISTINCT tok_in FROM responses')" 148
	check "... and priced at the cache's rates" \
		eq "$(sqlite3 cache.db "SELECT count(*) FROM responses WHERE abs(cost - (100 * 2 + 40 * 0.2 + 8 * 2.5 + 10 * 10) / 1e6) > 1e-12 OR cost IS NULL")" 0
fi
done_tests
