#!/bin/sh
# models_catalogue.sh -- `trilemma models` lists, filters and prints JSON
# agreeing with data/models.yaml; a --model the catalogue knows takes its
# size and price from it (recorded as such in the run), the config and the
# spec's options win over it; OpenRouter routing reaches the request body;
# the served provider and usage.cost are kept; bad input exits 2 where it is.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
cd "$T" || exit 2
cat_file="$top/data/models.yaml"
n=$(grep -c '^  - id: ' "$cat_file")

"$TRILEMMA" models > list.txt 2>&1
check "models exits 0" eq "$?" 0
check "models lists every entry ($n)" eq "$(sed -n '2,$p' list.txt | grep -vc ' of .* models')" "$n"
check "... and says how many" grep -q "^$n of $n models" list.txt
check "every line fits 80 columns" sh -c "! awk 'length > 80' list.txt | grep -q ."
check "gpt-4o-mini with OpenAI's price" grep -Eq '^gpt-4o-mini +\? +128K +0.15/0.6 openai +2025-08$' list.txt
check "qwen3-30b-a3b: total/active" grep -Eq '^qwen3-30b-a3b +30.5B/3.3B +32K ' list.txt

"$TRILEMMA" models qwen3 > q.txt 2>&1
want=$(grep -c '^  - id: qwen3-' "$cat_file")
check "a filter keeps the matching models ($want)" eq "$(grep -c '^qwen3-' q.txt)" "$want"
check "... and only those" eq "$(sed -n '2,$p' q.txt | grep -vc '^qwen3-')" 1

"$TRILEMMA" models --provider ollama > o.txt 2>&1
check "--provider ollama: no prices (local)" sh -c "sed -n '2,\$p' o.txt | grep -v ' of ' | awk '{ if (\$4 != \"-\") exit 1 }'"
check "--provider ollama: hosted models left out" sh -c "! grep -q '^gpt-4o-mini ' o.txt"

"$TRILEMMA" models --json > all.json 2>&1
check "--json is one array of every entry" eq "$(jq length all.json)" "$n"
check "--json: gpt-4o-mini's batch price and source" eq \
	"$(jq -c '.[] | select(.id == "gpt-4o-mini") | [.prices.openai.batch_input, .prices.openai.source]' all.json)" \
	'[0.075,"https://platform.openai.com/docs/pricing"]'
check "--json: every price has a date and a source" eq \
	"$(jq '[.[] | .prices[] | select(.date == null or .source == null)] | length' all.json)" 0
check "--json filter and --provider" eq \
	"$(jq -c '[.[].id]' < "$( "$TRILEMMA" models --json --provider anthropic claude-sonnet > s.json; echo s.json)")" \
	'["claude-sonnet-4-5","claude-sonnet-4"]'
"$TRILEMMA" models --provider nosuch > e.txt 2>&1
check "an unknown --provider exits 2" eq "$?" 2

# a wrong catalogue is named at its line
printf 'models:\n  - id: x\n    famly: y\n' > bad.yaml
TRILEMMA_CATALOGUE=bad.yaml "$TRILEMMA" models > e.txt 2>&1
check "a wrong catalogue: exit 2" eq "$?" 2
check "... at file:line:col" grep -q "bad.yaml:3:5: unknown key 'famly'" e.txt

# runs: the test server plays gpt-4o-mini, qwen3:0.6b and an OpenRouter model
cat > script.json <<'JSON'
{"models": {
 "gpt-4o-mini": {"default": {"text": "ok"}, "usage": {"prompt_tokens": 1000, "completion_tokens": 500}},
 "qwen3:0.6b": {"default": {"text": "ok"}, "usage": {"prompt_tokens": 1000, "completion_tokens": 500}},
 "meta-llama/llama-3.1-8b-instruct": {"default": {"text": "ok"}, "provider": "DeepInfra",
   "cost": 0.00012, "usage": {"prompt_tokens": 1000, "completion_tokens": 500}}}}
JSON
printf '{"id": "a", "input": "x", "answer": "ok"}\n{"id": "b", "input": "y", "answer": "ok"}\n' > S.jsonl
sim_start script.json

"$TRILEMMA" run --model "openai:gpt-4o-mini@$BASE" --model "ollama:qwen3:0.6b@$BASE" \
	--model "openrouter:meta-llama/llama-3.1-8b-instruct@$BASE,size=9e9,price=0.5/1,id=l8" \
	--suite S.jsonl --db r.db -q --json r.json > out.txt 2>&1
check "a run of catalogue models exits 0" eq "$?" 0
check "gpt-4o-mini: price from the catalogue" eq \
	"$(jq -c '.models[] | select(.id == "gpt-4o-mini") | [.price, .origin.price, .catalogue.price.source]' r.json)" \
	'[{"input":0.15,"output":0.6},"catalogue","https://platform.openai.com/docs/pricing"]'
check "... costed with it: 2 x (1000 x 0.15 + 500 x 0.6) / 1e6" eq \
	"$(jq '.models[] | select(.id == "gpt-4o-mini") | .overall.cost_usd.total * 1e6 | round' r.json)" 900
check "... its batch price recorded in the run's config" eq \
	"$(jq -c '.run.config.models[0] | [.batch_price.input, .origin.batch_price]' r.json)" '[0.075,"catalogue"]'
check "qwen3:0.6b: size from the catalogue, no price (local)" eq \
	"$(jq -c '.models[] | select(.id == "qwen3:0.6b") | [.size.active, .price.input, .origin.size, .origin.price]' r.json)" \
	'[600000000,null,"catalogue",null]'
check "options win over the catalogue" eq \
	"$(jq -c '.models[] | select(.id == "l8") | [.size.total, .price.input, .origin.size, .origin.price, .catalogue]' r.json)" \
	'[9000000000,0.5,"option","option",null]'
check "usage.cost wins over the price" eq \
	"$(jq '.models[] | select(.id == "l8") | .overall.cost_usd.total * 1e6 | round' r.json)" 240
check "the served provider is kept with the response" eq \
	"$(sqlite3 r.db "SELECT DISTINCT json_extract(r.meta, '\$.provider') FROM responses r JOIN tasks t ON t.response = r.id WHERE t.model = 'l8'")" DeepInfra
"$TRILEMMA" report --db r.db > rep.txt 2>&1
check "the scoreboard marks a size from the catalogue" grep -Eq '^qwen3:0.6b +600M\* ' rep.txt
check "... and names what came from it" grep -q '^\* from the model catalogue: size of qwen3:0.6b; price of gpt-4o-mini$' rep.txt
"$TRILEMMA" report --db r.db -o r.html > /dev/null 2>&1
check "the HTML scoreboard marks it too" grep -q '0.6B<span class="sub" title="from the model catalogue">\*</span>' r.html

# the config wins over the catalogue; routing reaches the body
cat > c.yaml <<EOF
models:
  - id: mini
    spec: "openai:gpt-4o-mini@$BASE"
    price: {input: 1, output: 2}
  - id: llama
    spec: "openrouter:meta-llama/llama-3.1-8b-instruct@$BASE"
    routing: {order: [deepinfra], quantizations: [fp8, bf16], allow_fallbacks: false}
suites: [S.jsonl]
db: c.db
EOF
"$TRILEMMA" run -c c.yaml -q --json c.json > out2.txt 2>&1
check "a configured run exits 0" eq "$?" 0
check "the config's price wins" eq \
	"$(jq -c '.models[] | select(.id == "mini") | [.price, .origin.price, .size.total]' c.json)" \
	'[{"input":1,"output":2},"config",null]'
check "the config without size: the catalogue's" eq \
	"$(jq -c '.models[] | select(.id == "llama") | [.size.total, .origin.size, .price.input, .origin.price]' c.json)" \
	'[8030000000,"catalogue",0.02,"catalogue"]'
check "routing is the body's provider object" eq \
	"$(sqlite3 c.db "SELECT DISTINCT json_extract(request, '\$.provider') FROM tasks WHERE model = 'llama'")" \
	'{"allow_fallbacks":false,"order":["deepinfra"],"quantizations":["fp8","bf16"]}'
check "... and only for OpenRouter" eq \
	"$(sqlite3 c.db "SELECT count(*) FROM tasks WHERE model = 'mini' AND json_extract(request, '\$.provider') IS NOT NULL")" 0

# bad input: exit 2, naming the flag or the place
"$TRILEMMA" run --model "openai:gpt-4o-mini@$BASE,colour=red" --suite S.jsonl --db x.db > e.txt 2>&1
check "an unknown --model option: exit 2" eq "$?" 2
check "... naming the flag and the accepted options" grep -q "\-\-model: .*unknown option 'colour'.*size=TOTAL" e.txt
"$TRILEMMA" run --model "openai:gpt-4o-mini@$BASE,price=cheap" --suite S.jsonl --db x.db > e.txt 2>&1
check "a bad price option: exit 2" eq "$?" 2
check "... saying what it takes" grep -q "price= takes INPUT/OUTPUT" e.txt
printf 'models:\n  - spec: "openai:gpt-4o-mini@%s"\n    routing: {order: [x]}\nsuites: [S.jsonl]\n' "$BASE" > r.yaml
"$TRILEMMA" run -c r.yaml --db x.db > e.txt 2>&1
check "routing for another provider: exit 2" eq "$?" 2
check "... at its line" grep -q "r.yaml:3:5: 'routing' is OpenRouter's" e.txt
check "nothing was stored for the bad runs" test ! -e x.db
done_tests
