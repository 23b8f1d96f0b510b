#!/bin/sh
# metrics.sh -- scripted models with known answers give exactly the counts
# and metrics computed by hand; transport failures are errors, not wrong
# answers; select picks the smallest model that meets the requirements.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

i=1
: > S.jsonl
while [ $i -le 22 ]; do
	cat_=$([ $i -le 11 ] && echo alpha || echo beta)
	printf '{"id": "i%02d", "input": "Item %02d: say the word.", "answer": "w%d", "category": "%s"}\n' $i $i $i "$cat_" >> S.jsonl
	i=$((i + 1))
done
# big:   items 1-10 right, 11-18 wrong, 19-20 "I don't know", 21-22 fail (HTTP 500 twice, retries: 1)
# small: items 1-8 right, 9-10 wrong, 11-22 "I don't know"
rules_big=""; rules_small=""
i=1
while [ $i -le 22 ]; do
	n=$(printf %02d $i)
	if [ $i -le 10 ]; then b="w$i"; elif [ $i -le 18 ]; then b="nope"; elif [ $i -le 20 ]; then b="I don't know."; else b="w$i"; fi
	if [ $i -le 8 ]; then s="w$i"; elif [ $i -le 10 ]; then s="nope"; else s="I don't know."; fi
	f=""; [ $i -ge 21 ] && f=', "faults": ["500", "500"]'
	rules_big="$rules_big{\"match\": \"Item $n:\", \"text\": \"$b\"$f},"
	rules_small="$rules_small{\"match\": \"Item $n:\", \"text\": \"$s\"},"
	i=$((i + 1))
done
cat > script.json <<JSON
{"models": {
 "big": {"usage": {"prompt_tokens": 20, "completion_tokens": 4}, "rules": [${rules_big%,}]},
 "small": {"usage": {"prompt_tokens": 20, "completion_tokens": 2}, "rules": [${rules_small%,}]}}}
JSON
sim_start script.json
cat > c.yaml <<YAML
models:
  - {id: big, spec: "${E2E_PROVIDER:-compat}:big@$BASE", size: {total: 355e9, active: 32e9}, retries: 1, price: {input: 1, output: 2}}
  - {id: small, spec: "${E2E_PROVIDER:-compat}:small@$BASE", size: {total: 4e9}, price: {input: 0.1, output: 0.2}}
suites: [S.jsonl]
YAML
"$TRILEMMA" run -c c.yaml --db m.db --json r.json -q 2>err.txt
check "run exits 0" eq "$?" 0
big='.models[] | select(.id == "big") | .overall'
small='.models[] | select(.id == "small") | .overall'
check "big: counts" eq "$(jq -c "$big | [.items, .graded, .correct, .incorrect, .abstained, .errors]" r.json)" "[22,20,10,8,2,2]"
check "big: accuracy 10/20" eq "$(jq "$big | .accuracy.value" r.json)" 0.5
# Wilson 95%: (0.5 + z^2/40 -+ z sqrt(0.25/20 + z^2/1600)) / (1 + z^2/20), z = 1.959964
check "big: Wilson interval [0.299, 0.701]" \
	eq "$(jq -c "$big | [(.accuracy.lo * 1000 | round), (.accuracy.hi * 1000 | round)]" r.json)" "[299,701]"
check "big: hallucination rate 8/10" eq "$(jq "$big | .hallucination_rate.value" r.json)" 0.8
check "big: omniscience index 100*(10-8)/20" eq "$(jq "$big | .omniscience_index" r.json)" 10
check "big: attempted accuracy 10/18" eq "$(jq "$big | .attempted_accuracy.value * 18 | round" r.json)" 10
check "transport failures are errors, not wrong answers" \
	eq "$(sqlite3 m.db "SELECT count(*) FROM grades g JOIN tasks t ON t.id = g.task WHERE t.model = 'big' AND g.verdict = 'error'")" 2
check "small: counts" eq "$(jq -c "$small | [.items, .graded, .correct, .incorrect, .abstained, .errors]" r.json)" "[22,22,8,2,12,0]"
check "small: hallucination rate 2/14" eq "$(jq "$small | .hallucination_rate.value * 14 | round" r.json)" 2
# omniscience 100 * (8 - 2) / 22 = 27.27
check "small: omniscience index 27.27" eq "$(jq "$small | .omniscience_index * 100 | round" r.json)" 2727
check "per-category counts" \
	eq "$(jq -c '.models[] | select(.id == "big") | .categories["S/alpha"] | [.items, .correct]' r.json)" "[11,10]"
# McNemar on the 20 items both answered: big only right on 9 and 10, small never alone
check "McNemar: discordant pairs" \
	eq "$(jq -c '.comparisons[] | select(.suite == "S") | [.a, .b, .a_only, .b_only]' r.json)" '["big","small",2,0]'
check "McNemar: exact p = 2 * 0.5^2" eq "$(jq '.comparisons[] | select(.suite == "S") | .p_value' r.json)" 0.5
# cost: big 20 answered x (20 x 1 + 4 x 2) / 1e6 = 0.00056
check "cost from price" eq "$(jq "$big | .cost_usd.total * 1e8 | round" r.json)" 56000

"$TRILEMMA" select --db m.db --require "hallucination_rate <= 0.35" --prefer smallest > sel.txt 2>&1
check "select exits 0" eq "$?" 0
check "select picks the small model" grep -q 'recommended: small' sel.txt
# 2 of big's 22 requests failed: 9% is above the default max_errors of 5%
check "a model with too many failed requests is not measured" \
	grep -q 'excluded big: not measured: 9% of its requests failed (error share <= 0.05)' sel.txt
"$TRILEMMA" select --db m.db --require "hallucination_rate <= 0.35" --max-errors 0.1 > sel.txt 2>&1
check "select explains the exclusion" grep -q 'excluded big: hallucination_rate <= 0.35 (measured 0.800)' sel.txt
"$TRILEMMA" select --db m.db --require "hallucination_rate <= 0.35" --require "accuracy >= 0.45" --json > sel.json 2>&1
check "no model meets both: exit 1" eq "$?" 1
check "chosen is null" eq "$(jq '.chosen' sel.json)" null
check "both exclusions listed" eq "$(jq -c '[.excluded[].id] | sort' sel.json)" '["big","small"]'
"$TRILEMMA" select --db m.db --require "halucination_rate <= 0.35" > typo.txt 2>&1
check "a misspelt metric is a usage error" eq "$?" 2
"$TRILEMMA" select --db m.db --require "hallucination_rate =< 0.35" > bad.txt 2>&1
check "a malformed requirement is a usage error" eq "$?" 2
"$TRILEMMA" report --db m.db --format term > term.txt 2>&1
check "terminal scoreboard has both models" sh -c "grep -q '^big ' term.txt && grep -q '^small ' term.txt"
check "terminal shows the interval" grep -q '0.500 \[0.30-0.70\]' term.txt
# the test server says it is simulated (Server header); the report says so
check "models served by the test server are marked simulated" \
	eq "$(jq -c '[.models[].simulated]' r.json)" "[true,true]"
check "terminal report labels simulated models" grep -q '\[simulated models\]' term.txt
"$TRILEMMA" report --db m.db --format csv > r.csv 2>&1
check "csv overall rows" eq "$(grep -c '"overall"' r.csv)" 2
"$TRILEMMA" report --db m.db --regrade --format json > rg.json 2>/dev/null
check "regrade sends nothing and gives the same counts" \
	eq "$(jq -c "$big | [.correct, .incorrect, .abstained, .errors]" rg.json)" "[10,8,2,2]"
if [ "${E2E_PROVIDER:-}" = anthropic ]; then
	check "the requests went over the Messages protocol" \
		sh -c "sqlite3 m.db 'SELECT spec FROM models' | grep -q '^anthropic:'"
fi
done_tests
