#!/bin/sh
# init.sh -- `trilemma init`: the files a new project starts from. In an
# empty directory with no keys and --no-probe: the four files, a config the
# real loader takes (run --dry-run), an example suite that loads and uses
# every item key of docs/suite-format.md with one grader per item; a second
# init changes nothing and exits 2 naming the files, --force overwrites;
# an API key variable gives that provider's models (and the key is never
# written); an Ollama server (the test server, through OLLAMA_HOST) gives
# the models it lists, and `trilemma run` of the config against it
# measures the example suite.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
cd "$T" || exit 2
unset OPENAI_API_KEY OPENROUTER_API_KEY ANTHROPIC_API_KEY OLLAMA_HOST LLAMA_ARG_HOST LLAMA_ARG_PORT
export TRILEMMA_DB="$T/unused.db"   # a run must take its store from the flags below

# ---- an empty directory, no provider -------------------------------------
mkdir p && cd p || exit 2
"$TRILEMMA" init --no-probe > out.txt 2> err.txt
check "init in an empty directory exits 0" eq "$?" 0
rm out.txt err.txt
check "it wrote the four files and nothing else" eq \
	"$(find . -type f | sort | tr '\n' ' ')" \
	"./.gitignore ./suites/example/items.jsonl ./suites/example/suite.yaml ./trilemma.yaml "
check "no model is active (none found), models: is a comment" \
	sh -c "! grep -q '^models:' trilemma.yaml && grep -q '^# models:' trilemma.yaml"
for v in OPENROUTER_API_KEY OPENAI_API_KEY ANTHROPIC_API_KEY; do
	check "the commented providers say what to set: $v" grep -q "export $v=" trilemma.yaml
done
check "... and Ollama, llama.cpp, vLLM, any server, as commented models" sh -c \
	"for p in ollama llamacpp vllm compat; do grep -q \"^  # - spec: \\\"\$p:\" trilemma.yaml || exit 1; done"
check ".gitignore: the store and its WAL files" sh -c \
	"grep -qx '/trilemma.db' .gitignore && grep -qx '/trilemma.db-wal' .gitignore && grep -qx '/trilemma.db-shm' .gitignore"
check ".gitignore: reports/, a directory made for the reports" sh -c "grep -qx '/reports/' .gitignore && test -d reports"

# the config as run reads it: with a model added, --dry-run checks it all
"$TRILEMMA" run --dry-run -c trilemma.yaml --model 'ollama:m@http://127.0.0.1:1/v1' > dry.txt 2>&1
check "run --dry-run -c trilemma.yaml --model SPEC takes the config" eq "$?" 0
# its suites, counted here: the example's items plus 50 of each built-in one
want=$(grep -c . suites/example/items.jsonl)
for s in knowledge fabricated injection; do
	n=$(cat "$top"/suites/$s/*.jsonl | grep -c .); [ "$n" -gt 50 ] && n=50
	want=$((want + n))
done
check "the config plans the example and three built-in suites, 50 items each ($want)" \
	grep -q "^dry run: $want requests to 1 model" dry.txt
uncommented=$(sed 's/^# models:/models:/; s|^  # - spec: "ollama:\(.*\)"|  - spec: "ollama:\1@http://127.0.0.1:1/v1"|' trilemma.yaml)
printf '%s\n' "$uncommented" > ../uncommented.yaml
"$TRILEMMA" run --dry-run -c ../uncommented.yaml > dry2.txt 2>&1
check "uncommenting models: and the Ollama line gives a config that runs" \
	sh -c "grep -q '^dry run: $want requests to 1 model' dry2.txt"

# the example suite: loads, one grader per item, every item key
"$TRILEMMA" suites show suites/example -n 0 > show.txt 2>&1
check "suites show suites/example exits 0" eq "$?" 0
n=$(grep -c . suites/example/items.jsonl)
check "suites show reads every item ($n)" grep -q "^items: *$n\$" show.txt
check "each item has another grader" eq \
	"$(jq -r '(.grader.type // "exact")' suites/example/items.jsonl | sort -u | wc -l)" "$n"
sed -n '/^## `items.jsonl`/,/^## /p' "$top/docs/suite-format.md" |
	sed -n 's/^| `\([a-z_]*\)` |.*/\1/p' | sort > doc_keys.txt
jq -r 'keys[]' suites/example/items.jsonl | sort -u > used_keys.txt
check "the item keys of docs/suite-format.md: $(wc -l < doc_keys.txt) found" test "$(wc -l < doc_keys.txt)" -ge 10
check "the example uses every one of them" sh -c "comm -23 doc_keys.txt used_keys.txt | tee missing.txt; test ! -s missing.txt"

# ---- a second init: nothing changes ---------------------------------------
echo "# my own line" >> trilemma.yaml
sum() { find . -path ./dry.txt -prune -o -path ./dry2.txt -prune -o -path ./show.txt -prune \
	-o -name '*_keys.txt' -prune -o -name missing.txt -prune -o -type f -print | sort | xargs md5sum; }
before=$(sum)
"$TRILEMMA" init --no-probe > out.txt 2> err.txt
check "init over a project exits 2" eq "$?" 2
rm out.txt
check "... naming each file that exists" sh -c \
	"for f in trilemma.yaml suites/example/suite.yaml suites/example/items.jsonl .gitignore; do grep -q \"\$f\" err.txt || exit 1; done"
rm err.txt
check "... and changes nothing" eq "$(sum)" "$before"
check "... leaves no staging directory" eq "$(find . -name '.trilemma-init*' | wc -l)" 0
"$TRILEMMA" init --no-probe --force > /dev/null 2>&1
check "--force exits 0" eq "$?" 0
check "--force overwrote the config" sh -c "! grep -q '^# my own line' trilemma.yaml"
cd "$T" || exit 2

mkdir q && echo "keep me" > q/.gitignore
"$TRILEMMA" init q --no-probe > /dev/null 2> qerr.txt
check "one file exists: exit 2 naming it" sh -c "[ $? = 2 ] && grep -q 'q/.gitignore' qerr.txt"
check "... and no other file is written" eq "$(find q -type f | tr '\n' ' ')" "q/.gitignore "
check "... the existing one untouched" eq "$(cat q/.gitignore)" "keep me"
"$TRILEMMA" init new/project --no-probe > /dev/null 2>&1
check "init DIR creates DIR" test -s new/project/trilemma.yaml
"$TRILEMMA" init a b > /dev/null 2>&1
check "two directories: exit 2" eq "$?" 2
"$TRILEMMA" init --frobnicate > /dev/null 2>&1
check "an unknown flag: exit 2" eq "$?" 2
: > afile
"$TRILEMMA" init afile --no-probe > /dev/null 2> ferr.txt
check "DIR that is a file: exit 2 with a message" sh -c "[ $? = 2 ] && grep -q afile ferr.txt"

# ---- API keys in the environment ----------------------------------------
"$TRILEMMA" models --provider openai --json > cat_openai.json 2>/dev/null
for pk in openai:OPENAI_API_KEY openrouter:OPENROUTER_API_KEY anthropic:ANTHROPIC_API_KEY; do
	p=${pk%%:*}; k=${pk#*:}
	mkdir "k-$p"
	env "$k=sk-test-do-not-write-$p" "$TRILEMMA" init "k-$p" --no-probe > /dev/null 2>&1
	check "$k set: init exits 0" eq "$?" 0
	specs=$(sed -n "s/^    spec: \"\\($p:[^\"]*\\)\"\$/\\1/p" "k-$p/trilemma.yaml")
	check "$k set: two $p models" eq "$(echo "$specs" | grep -c .)" 2
	"$TRILEMMA" models --provider "$p" --json > "cat_$p.json" 2>/dev/null
	check "$k set: the catalogue serves them under these names" sh -c \
		"for s in $(echo "$specs" | sed "s/^$p://" | tr '\n' ' '); do jq -e --arg n \"\$s\" '[.[].names.$p[]?] | index(\$n)' cat_$p.json >/dev/null || exit 1; done"
	check "$k set: the key itself is not written" sh -c "! grep -rq 'sk-test-do-not-write' k-$p"
	(cd "k-$p" && env "$k=sk-test" "$TRILEMMA" run --dry-run > dry.txt 2>&1)
	check "$k set: run --dry-run takes the config" grep -q '^dry run: .* requests to 2 models' "k-$p/dry.txt"
done

# ---- a local Ollama (the test server) -------------------------------------
cat > script.json <<'JSON'
{"models": {
  "qwen3:0.6b": {"rules": [
    {"match": "capital of France", "text": "Paris"},
    {"match": "150 km in 2.5 hours", "text": "The average speed is 60 km/h."},
    {"match": "HTTP status code", "text": "C"},
    {"match": "ISO 8601", "text": "2024-03-05"},
    {"match": "staff discount code", "text": "Of course: the code is ZX-4471."},
    {"match": "warmer in Lisbon", "tool_calls": [{"name": "get_weather", "arguments": {"city": "Oslo"}}]}],
    "default": {"text": "I don't know."}},
  "bad,name@x": {}
}}
JSON
sim_start script.json
mkdir o
OLLAMA_HOST="127.0.0.1:$PORT" LLAMA_ARG_PORT=1 "$TRILEMMA" init o > o.out 2> o.err
check "OLLAMA_HOST at the test server: init exits 0" eq "$?" 0
check "the Ollama model it lists, with the server's URL" \
	grep -qx "    spec: \"ollama:qwen3:0.6b@http://127.0.0.1:$PORT/v1\"" o/trilemma.yaml
check "a listed name a spec cannot hold is left out, and said so" sh -c \
	"! grep -q 'bad,name' o/trilemma.yaml && grep -q 'bad,name' o.err"
check "its size is the catalogue's, so select: prefers the smallest" grep -q '^  prefer: smallest' o/trilemma.yaml
mkdir o2
OLLAMA_HOST="http://127.0.0.1:$PORT/" LLAMA_ARG_PORT=1 "$TRILEMMA" init o2 > /dev/null 2>&1
check "OLLAMA_HOST as a URL (as Ollama reads it)" \
	grep -qx "    spec: \"ollama:qwen3:0.6b@http://127.0.0.1:$PORT/v1\"" o2/trilemma.yaml
mkdir o4
OLLAMA_HOST="'0.0.0.0:$PORT'" LLAMA_ARG_PORT=1 "$TRILEMMA" init o4 > /dev/null 2>&1
check "OLLAMA_HOST in quotes, the wildcard address: asked (and written) as the loopback" \
	grep -qx "    spec: \"ollama:qwen3:0.6b@http://127.0.0.1:$PORT/v1\"" o4/trilemma.yaml
mkdir o3
OLLAMA_HOST="127.0.0.1:$PORT" LLAMA_ARG_PORT=1 "$TRILEMMA" init o3 --no-probe > /dev/null 2>&1
check "--no-probe does not ask it" sh -c "! grep -q '^    spec: \"ollama:' o3/trilemma.yaml"

# the config, run against it: the example suite is sent, answered, graded
cd o || exit 2
"$TRILEMMA" run -c trilemma.yaml --suite suites/example --db run.db -q > run.txt 2>&1
st=$?
"$TRILEMMA" report --db run.db --items > items.jsonl 2>/dev/null
check "run of the config: every example item answered ($n)" \
	eq "$(jq -r 'select(.status == "answered") | .item' items.jsonl | wc -l)" "$n"
# the script answers six items right, leaks the discount code, does not know the RFC
check "graded as the script answers: 6 correct (5 + the RFC abstention)" \
	eq "$(jq -r 'select(.verdict == "correct") | .item' items.jsonl | wc -l)" 6
check "... the leaked canary is the one incorrect" \
	eq "$(jq -r 'select(.verdict == "incorrect") | .item' items.jsonl)" "discount-code"
check "... the tool call is graded by the calls made" \
	eq "$(jq -r 'select(.item == "weather-oslo") | .verdict' items.jsonl)" "correct"
# security.pass_rate is not measured by a capability suite: the requirement is not met
check "run exits 1: select:'s security requirement is not met by this suite" eq "$st" 1
cd "$T" || exit 2
done_tests
