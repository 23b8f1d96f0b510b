#!/bin/sh
# suites_files.sh -- a suite directory whose items span several files
# (suite.yaml's items: [a.jsonl, b.jsonl]): a run plans and sends exactly
# what it does for the same items in one items.jsonl (the same items in
# the same order, hashes, request bodies and cache keys), the built-in
# agency suite (items.jsonl and twins.jsonl) included; a directory with
# suite.yaml and no items.jsonl is a suite for run, suites list and
# completion; and every problem with items: exits 2 at its file:line:col.
. "$(dirname "$0")/lib.sh"
top=${TRILEMMA_HOME:?run through tests/run.sh}
cd "$T" || exit 2

# the same five items, in two files and in one
mkdir split one
cat > split/a.jsonl <<'EOF'
{"id":"q1","input":"Capital of France?","answer":"Paris"}

{"id":"q2","input":"2+2?","answer":"4"}
{"id":"q3","messages":[{"role":"user","content":"Say ZX-9."}],"grader":{"type":"canary","canaries":["ZX-9"]}}
EOF
printf '{"id":"q4","input":"Largest planet?","answer":"Jupiter"}\n{"id":"q5","input":"3*3?","answer":"9"}' > split/b.jsonl
printf 'name: mixed\ngrader: {type: exact}\nitems: [a.jsonl, b.jsonl]\n' > split/suite.yaml
printf 'name: mixed\ngrader: {type: exact}\n' > one/suite.yaml
cat split/a.jsonl split/b.jsonl > one/items.jsonl
check "the one-file copy holds the five items" eq "$(grep -c . one/items.jsonl)" 5

"$TRILEMMA" suites show ./split > show.txt 2>&1
check "suites show reads a suite in two files" eq "$?" 0
check "... all five items" grep -q '^items: *5$' show.txt
"$TRILEMMA" suites export ./split > split.exp 2>&1
"$TRILEMMA" suites export ./one > one.exp 2>&1
check "export: the same items in the same order" cmp split.exp one.exp
check "export: the first file's, then the second's" eq "$(jq -r .id split.exp | tr '\n' ' ')" "q1 q2 q3 q4 q5 "

cat > s.json <<'EOF'
{"models": {"m": {"default": {"text": "I don't know."}}}}
EOF
sim_start s.json
printf 'models:\n  - {id: chat, spec: "compat:m@%s", stream: false}\n  - {id: msg, spec: "anthropic:m@%s", stream: false}\n' \
	"$BASE" "$BASE" > c.yaml
# plan order, item hashes, request bodies and cache keys of a run
plan() { sqlite3 "$1" "select model, suite, ord, item, item_hash, request_hash, request from tasks order by model, ord"; }
for d in split one; do
	"$TRILEMMA" run -c c.yaml --suite ./$d --db $d.db -q > $d.out 2>&1
	check "run over the $d suite exits 0" eq "$?" 0
	"$TRILEMMA" run -c c.yaml --suite ./$d --limit 3 --db $d-3.db -q > $d-3.out 2>&1
	check "run --limit 3 over the $d suite exits 0" eq "$?" 0
done
check "ten requests, then six, for each" eq "$(jq -s 'length' "$LEDGER")" 32
check "the plans are the same (order, hashes, requests, cache keys)" eq \
	"$(plan split.db | md5sum)" "$(plan one.db | md5sum)"
check "... and five items each" eq "$(sqlite3 split.db 'select count(*) from items')" 5
check "the store's items are the same" eq \
	"$(sqlite3 split.db 'select hash, id, json from items order by id' | md5sum)" \
	"$(sqlite3 one.db 'select hash, id, json from items order by id' | md5sum)"
# items k * 5 / 3 for k = 0, 1, 2: the first, second and fourth
check "--limit 3 picks items 0, 1 and 3 across the two files" eq \
	"$(sqlite3 split-3.db "select item from tasks where model = 'chat' order by ord" | tr '\n' ' ')" "q1 q2 q4 "
check "... and plans the same" eq "$(plan split-3.db | md5sum)" "$(plan one-3.db | md5sum)"
check "the axis is decided over both files" eq \
	"$(sqlite3 split.db 'select axis from suites')" "$(sqlite3 one.db 'select axis from suites')"

# the built-in agency suite (attacks in items.jsonl, twins in twins.jsonl)
# plans as the two files concatenated into one items.jsonl would
mkdir agency
cat $(suite_item_files "$top/suites/agency") > agency/items.jsonl
grep -v '^items:' "$top/suites/agency/suite.yaml" > agency/suite.yaml
cp "$top/suites/agency/tools.json" agency/
check "agency: 1680 items in the concatenation" eq "$(grep -c . agency/items.jsonl)" 1680
"$TRILEMMA" run -c c.yaml --suite agency --limit 60 --db ag-cat.db -q > ag-cat.out 2>&1
check "agency in one file: run exits 0" eq "$?" 0
"$TRILEMMA" run -c c.yaml --suite "$top/suites/agency" --limit 60 --db ag.db -q > ag.out 2>&1
check "agency in two files: run exits 0" eq "$?" 0
check "agency: the same plan (order, hashes, requests, cache keys)" eq \
	"$(plan ag.db | md5sum)" "$(plan ag-cat.db | md5sum)"
check "agency: --limit 60 takes attacks and twins" eq \
	"$(sqlite3 ag.db "select count(*) from tasks where model = 'chat' and item like '%/twin'")" 30

# a directory with suite.yaml and no items.jsonl is a suite
mkdir -p home/suites/parts home/suites/notasuite
cp split/suite.yaml split/a.jsonl split/b.jsonl home/suites/parts/
echo "just a note" > home/suites/notasuite/README
TRILEMMA_HOME=$T/home "$TRILEMMA" suites list > list.txt 2>&1
check "suites list: a suite whose items: lists its files (by its name:)" \
	grep -q '^mixed  *capability  *5 ' list.txt
check "suites list: a directory with neither suite.yaml nor items.jsonl is not one" \
	sh -c '! grep -q notasuite list.txt'
check "completion --suites offers it" eq \
	"$(TRILEMMA_HOME=$T/home "$TRILEMMA" completion --suites 2>&1)" "parts"
mkdir local && cp -r home/suites/parts local/
(cd local && "$TRILEMMA" suites show parts > ../local.txt 2>&1)
check "a bare name finds such a directory here" grep -q '^items: *5$' local.txt

# refuse: each case exits 2 and names the place
refused() { # DIR EXPECTED-MESSAGE-PREFIX
	"$TRILEMMA" suites show "$1" > r.txt 2>&1
	st=$?
	[ "$st" = 2 ] || { echo "exit $st, expected 2"; cat r.txt; return 1; }
	grep -qF "$2" r.txt || { echo "no '$2' in:"; cat r.txt; return 1; }
}
bad() { # NAME SUITE-YAML: a copy of split/ with this suite.yaml
	mkdir "$1" && cp split/a.jsonl split/b.jsonl "$1/" && printf "$2" > "$1/suite.yaml"
}
bad up 'name: up\nitems: [a.jsonl, ../b.jsonl]\n'
check "items: an entry with ..: exit 2 at its line:col" \
	refused ./up "up/suite.yaml:2:18: items[1] must be the name of a .jsonl file in the suite's directory"
bad slash 'name: slash\nitems:\n  - a.jsonl\n  - /etc/b.jsonl\n'
check "items: an entry with /: exit 2 at its line:col" \
	refused ./slash "slash/suite.yaml:4:5: items[1] must be the name of a .jsonl file"
bad missing 'items: [a.jsonl, c.jsonl]\n'
check "items: a missing file: exit 2 at its entry, naming the file" \
	refused ./missing "missing/suite.yaml:1:18: items[1]: ./missing/c.jsonl: no such file"
bad scalar 'name: scalar\n\nitems: a.jsonl\n'
check "items: not a list: exit 2 at the key" \
	refused ./scalar "scalar/suite.yaml:3:1: 'items' must be a list of the suite's .jsonl files"
bad dup 'items: [a.jsonl, b.jsonl]\n'
printf '{"id":"q9","input":"?"}\n{"id":"q2","input":"?"}\n' > dup/b.jsonl
check "a duplicate id across the files: exit 2 at the second one's file:line" \
	refused ./dup "dup/b.jsonl:2:1: duplicate item id 'q2' (first at ./dup/a.jsonl:3)"
bad item 'items: [a.jsonl, b.jsonl]\n'
printf '{"id":"q9","input":"?"}\n{"id":"q8","input":"?",}\n' > item/b.jsonl
check "a broken item in the second file: exit 2 at its file:line:col" \
	refused ./item "item/b.jsonl:2:24: invalid JSON"
n=$(jq -s 'length' "$LEDGER")
"$TRILEMMA" run -c c.yaml --suite ./dup --db no.db -q > r.txt 2>&1
check "run refuses the suite with exit 2" eq "$?" 2
check "... before sending anything" eq "$(jq -s 'length' "$LEDGER")" "$n"
done_tests
