#!/bin/sh
# cost.sh -- the cost before sending, against the test server (Chat
# Completions here; cost_messages.sh: the Messages protocol).
#   run --dry-run: on every built-in suite, the estimated input tokens are
#     within 10% of the prompt tokens the server counts when the same run is
#     really sent (the per-suite ratios are printed); it sends nothing,
#     writes no store and leaves an existing one byte for byte; a model
#     without a price costs "unknown", never 0; the table fits 80 columns.
#   run --max-cost: the run stops when the next request would not fit, its
#     spend within one request's cost of the budget (never above it by more
#     than one request's cost), resumable; what was spent counts on
#     --resume; a larger budget completes it; a model without a price, or a
#     batch run, is refused with exit 2 before anything is written.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
PROV=${E2E_PROVIDER:-openai}
LIMIT=24
PIN=3
POUT=15
# the Messages protocol always sends max_tokens (4096 unless set): a bound
# the budget holds back; a small one keeps the budget's steps small
MAXTOK=$([ "$PROV" = anthropic ] && echo "    max_tokens: 64" || echo "")

cat > script.json <<'JSON'
{"models": {"m": {"default": {"text": "I don't know."}, "latency_ms": {"min": 2, "max": 20}}}}
JSON
sim_start script.json
export OPENAI_API_KEY=sk-test ANTHROPIC_API_KEY=sk-test

SUITES=$("$TRILEMMA" suites list | awk 'NR > 1 { print $1 }')
check "suites list names the built-in suites" test "$(echo "$SUITES" | wc -w)" -ge 10
ylist=$(echo $SUITES | sed 's/ /, /g')
cat > all.yaml <<YAML
models:
  - id: priced
    spec: $PROV:m@$BASE
    price: {input: $PIN, output: $POUT}
$MAXTOK
suites: [$ylist]
limit: $LIMIT
db: all.db
YAML

# ---- --dry-run: nothing sent, nothing written
"$TRILEMMA" run -c all.yaml --dry-run >dry.txt 2>dry.err
check "--dry-run exits 0" eq "$?" 0
check "--dry-run writes no store" test ! -e all.db -a ! -e all.db-wal
check "--dry-run sends no request" test ! -s "$LEDGER"
check "--dry-run prints the model's line" grep -q '^priced ' dry.txt
check "--dry-run output fits 80 columns" eq "$(awk 'length($0) > 80' dry.txt | wc -l)" 0
"$TRILEMMA" run -c all.yaml --dry-run --json est.json 2>dry.err
check "--dry-run --json exits 0" eq "$?" 0
check "--dry-run --json: every suite estimated" \
	eq "$(jq '.models[0].suites | length' est.json)" "$(echo "$SUITES" | wc -w)"
check "--dry-run --json: a priced model has a cost" \
	test "$(jq '.models[0].cost_usd > 0 and .models[0].batch_cost_usd * 2 - .models[0].cost_usd < 1e-9' est.json)" = true
check "--dry-run sends no request (--json)" test ! -s "$LEDGER"

# ---- the same run, sent: the server's prompt tokens per suite
"$TRILEMMA" run -c all.yaml -q --concurrency 16 2>run.err
check "the run is sent and finishes" eq "$?" 0
for s in $SUITES; do
	est=$(jq --arg s "$s" '.models[0].suites[] | select(.name == $s) | .input_tokens' est.json)
	n_est=$(jq --arg s "$s" '.models[0].suites[] | select(.name == $s) | .requests' est.json)
	act=$(sqlite3 all.db "SELECT sum(r.tok_in) FROM tasks t JOIN responses r ON r.id = t.response WHERE t.suite = '$s' AND r.ok = 1")
	n_act=$(sqlite3 all.db "SELECT count(*) FROM tasks t JOIN responses r ON r.id = t.response WHERE t.suite = '$s' AND r.ok = 1")
	ratio=$(awk -v e="$est" -v a="$act" 'BEGIN { if (a > 0) printf "%.4f", e / a; else print "none" }')
	echo "# $PROV $s: $n_est requests, estimated $est input tokens, the server counted $act: ratio $ratio"
	check "$s: every request answered ($n_act of $n_est)" eq "$n_act" "$n_est"
	check "$s: estimated input tokens within 10% of the server's (ratio $ratio)" \
		awk -v r="$ratio" 'BEGIN { exit !(r != "none" && r >= 0.9 && r <= 1.1) }'
done

# an existing store stays byte for byte; still nothing sent
cp all.db before.db
ls all.db* > files.before
lines=$(wc -l < "$LEDGER")
"$TRILEMMA" run -c all.yaml --dry-run >/dev/null 2>&1
check "--dry-run leaves an existing store byte for byte" cmp all.db before.db
check "--dry-run adds no file beside the store" eq "$(ls all.db* | tr '\n' ' ')" "$(tr '\n' ' ' < files.before)"
check "--dry-run sends nothing with a store there" eq "$(wc -l < "$LEDGER")" "$lines"

# a model without a price: unknown, not 0
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite knowledge --limit 5 --dry-run --json free.json >/dev/null 2>&1
check "no price: cost unknown (null), not 0" eq "$(jq -c '[.models[0].cost_usd, .models[0].batch_cost_usd, .total.cost_usd]' free.json)" "[null,null,null]"
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite knowledge --limit 5 --dry-run >free.txt 2>&1
check "no price: the table says unknown" grep -q '^m .* unknown' free.txt
# a suite's output_tokens is its typical answer; max_tokens bounds it
printf '{"suite": {"output_tokens": 100}}\n{"id": "a", "input": "x", "answer": "y"}\n{"id": "b", "input": "y", "answer": "z"}\n' > own.jsonl
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite own.jsonl --dry-run --json own.json >/dev/null 2>&1
check "a suite's output_tokens: the typical output" eq "$(jq '.models[0].output_tokens' own.json)" 200
check "the bound: max_tokens (anthropic: 4096 unless set), else none" \
	eq "$(jq '.models[0].output_tokens_max' own.json)" "$([ "$PROV" = anthropic ] && echo 8192 || echo null)"
printf '{"suite": {"output_tokens": 0}}\n{"id": "a", "input": "x", "answer": "y"}\n' > bad.jsonl
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite bad.jsonl --dry-run >bad.out 2>&1
check "output_tokens 0: exit 2, at its line" sh -c 'test $0 = 2 && grep -q "bad.jsonl:1:1: .*output_tokens" bad.out' "$?"
# bad input is refused with exit 2 and nothing written
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite knowledge --limit 5 --db free.db --max-cost 1 >free.out 2>&1
check "--max-cost with a model without a price: exit 2" eq "$?" 2
check "... naming the model and how to give a price" grep -q 'model m has no price.*price:' free.out
check "... writing no store" test ! -e free.db
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite knowledge --dry-run --max-cost 1 >/dev/null 2>&1
check "--dry-run --max-cost with a model without a price: exit 2" eq "$?" 2
"$TRILEMMA" run -c all.yaml --dry-run --md x.md >/dev/null 2>&1
check "--dry-run --md: exit 2" eq "$?" 2
"$TRILEMMA" run -c all.yaml --max-cost -1 >/dev/null 2>&1
check "--max-cost -1: exit 2" eq "$?" 2

# ---- --max-cost: a budget of half what the run costs
cat > budget.yaml <<YAML
models:
  - id: priced
    spec: $PROV:m@$BASE
    price: {input: $PIN, output: $POUT}
$MAXTOK
suites: [knowledge, tools, injection]
limit: $LIMIT
db: budget.db
YAML
price="(t.suite IN ('knowledge', 'tools', 'injection'))"
full=$(sqlite3 all.db "SELECT sum(r.tok_in * $PIN + r.tok_out * $POUT) / 1e6 FROM tasks t JOIN responses r ON r.id = t.response WHERE $price")
budget=$(awk -v f="$full" 'BEGIN { printf "%.6f", f / 2 }')
# one request's cost: the largest actual one, and the largest that the
# budget held back (input estimate = the server's count here; output: the
# bound, or the suite's typical answer)
one=$(sqlite3 all.db "SELECT max(r.tok_in * $PIN + r.tok_out * $POUT) / 1e6 FROM tasks t JOIN responses r ON r.id = t.response WHERE $price")
held=$(sqlite3 all.db "SELECT max(r.tok_in * $PIN + 200 * $POUT) / 1e6 FROM tasks t JOIN responses r ON r.id = t.response WHERE $price")
lines=$(wc -l < "$LEDGER")
"$TRILEMMA" run -c budget.yaml --max-cost "$budget" --concurrency 8 >b1.out 2>b1.err
check "a run the budget stops exits 3" eq "$?" 3
check "it says the budget was reached" grep -q 'budget reached' b1.err
run=$(sqlite3 budget.db "SELECT id FROM runs")
check "it says how to continue" grep -q "trilemma run --resume $run --db budget.db --max-cost " b1.err
spent=$(sqlite3 budget.db "SELECT sum(r.tok_in * m.price_in + r.tok_out * m.price_out) / 1e6 FROM tasks t JOIN responses r ON r.id = t.response JOIN models m ON m.run = t.run AND m.id = t.model")
echo "# $PROV budget $budget, spent $spent, one request at most $one (held back at most $held)"
check "spent no more than the budget plus one request's cost ($spent <= $budget + $one)" \
	awk -v s="$spent" -v b="$budget" -v o="$one" 'BEGIN { exit !(s <= b + o + 1e-12) }'
check "stopped within one request's cost below the budget ($spent >= $budget - $held)" \
	awk -v s="$spent" -v b="$budget" -v o="$held" 'BEGIN { exit !(s >= b - o - 1e-12) }'
left=$(sqlite3 budget.db "SELECT count(*) FROM tasks WHERE state IN ('planned', 'failed')")
check "requests are left for --resume" test "$left" -gt 0
check "the run stays resumable (running)" eq "$(sqlite3 budget.db "SELECT status FROM runs")" running
check "the output says how many requests are left" grep -q "none of the $left\$" b1.err
sent1=$(( $(wc -l < "$LEDGER") - lines ))

# the same budget again: what was spent counts, nothing more is sent
"$TRILEMMA" run --resume "$run" --db budget.db --max-cost "$budget" -q >b2.out 2>b2.err
check "--resume with the budget already spent exits 3" eq "$?" 3
check "... and sends nothing (the earlier spend counts)" eq "$(( $(wc -l < "$LEDGER") - lines ))" "$sent1"
# a larger budget completes it, each request sent once
"$TRILEMMA" run --resume "$run" --db budget.db --max-cost 10 -q >b3.out 2>b3.err
check "--resume --max-cost larger completes the run" eq "$?" 0
check "every task done" eq "$(sqlite3 budget.db "SELECT count(*) FROM tasks WHERE state != 'done'")" 0
check "no request of the budgeted run sent twice" \
	eq "$(tail -n +$((lines + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort | uniq -d | wc -l)" 0
check "every request of the budgeted run sent" \
	eq "$(tail -n +$((lines + 1)) "$LEDGER" | jq -r 'select(.served) | .key' | sort -u | wc -l)" \
	"$(sqlite3 budget.db "SELECT count(*) FROM tasks")"
check "the run is finished" eq "$(sqlite3 budget.db "SELECT status FROM runs")" finished
"$TRILEMMA" run --model "$PROV:m@$BASE" --suite knowledge --limit 2 --batch --max-cost 1 \
	--db batch.db >/dev/null 2>&1
check "--max-cost with --batch: exit 2" eq "$?" 2
check "... writing no store" test ! -e batch.db
done_tests
