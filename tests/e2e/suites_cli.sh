#!/bin/sh
# suites_cli.sh -- `trilemma suites list|show|export`: what they print agrees
# with the suite files themselves (counted here with jq, not by trilemma).
. "$(dirname "$0")/lib.sh"
top=$(pwd)
cd "$T" || exit 2

"$TRILEMMA" suites list > list.txt 2>&1
check "suites list exits 0" eq "$?" 0
for d in "$top"/suites/*/; do
	name=$(basename "$d")
	n=$(cat $(suite_item_files "${d%/}") | grep -c .)
	axis=$(sed -n 's/^axis: *"\{0,1\}\([a-z]*\)"\{0,1\}.*/\1/p' "$d/suite.yaml")
	check "list: $name, $axis, $n items" grep -Eq "^$name +$axis +$n " list.txt
done

"$TRILEMMA" suites show injection -n 2 > inj.txt 2>&1
check "show exits 0" eq "$?" 0
items="$top/suites/injection/items.jsonl"
# every strategy with its count, every family, every OWASP category
jq -r '.meta.strategy' "$items" | sort | uniq -c | while read -r c s; do
	echo "$s $c"; done > want_strategies.txt
check "show lists every strategy with its count" sh -c \
	'while read -r s c; do grep -Eq "^  $s +$c\$" inj.txt || { echo "missing $s $c"; exit 1; }; done < want_strategies.txt'
check "show has the families heading" grep -q '^families:' inj.txt
check "show lists the family" grep -Eq "^  injection +$(grep -c . "$items")\$" inj.txt
check "show lists the OWASP LLM category" grep -q '^  LLM01:2025 Prompt Injection ' inj.txt
check "show lists both categories" eq "$(grep -Ec '^  injection/(direct|indirect) ' inj.txt)" 2
check "show prints the samples" eq "$(sed -n '/^sample items:/,$p' inj.txt | grep -c '^  {')" 2
echo '{"id": "only", "input": "What is 2+2?", "answer": "4"}' > one.jsonl
"$TRILEMMA" suites show one.jsonl -n 3 > one.txt
check "show prints a one-item suite's item once" eq "$(grep -c '^  {"id":"only"' one.txt)" 1
# a directory that shares a built-in suite's name but holds no suite (a
# project's own tools/) does not hide the built-in one
mkdir -p shadow/tools/gen shadow/knowledge && cp one.jsonl shadow/knowledge/items.jsonl
(cd shadow && "$TRILEMMA" suites show tools) > tools.txt 2>&1
check "a local tools/ without items.jsonl: the built-in tools suite" grep -q '^suite:   tools (version' tools.txt
(cd shadow && "$TRILEMMA" suites list) > list.txt 2>&1
check "... and suites list works beside it, listing the built-in ones" \
	sh -c "grep -q '^tools ' list.txt && grep -Eq '^knowledge +calibration +$(cat "$top"/suites/knowledge/*.jsonl | wc -l) ' list.txt && ! grep -q 'cannot read' list.txt"
(cd shadow && "$TRILEMMA" suites show knowledge) > kn.txt 2>&1
check "a local suite directory of that name is still taken first" grep -q '^items:   1$' kn.txt

"$TRILEMMA" suites show knowledge -n 0 > kn.txt 2>&1
for d in 1 2 3 4 5; do
	want=$(cat "$top"/suites/knowledge/*.jsonl | jq -r "select(.difficulty == $d) | .id" | wc -l)
	check "knowledge difficulty $d histogram ($want)" grep -Eq "^  $d +$want\$" kn.txt
done
for f in geography humanities language science software; do
	want=$(jq -r "select(.meta.family == \"$f\") | .id" "$top/suites/knowledge/$f.jsonl" | wc -l)
	check "suites show knowledge lists family $f ($want)" grep -Eq "^  $f +$want\$" kn.txt
done

"$TRILEMMA" suites export reasoning > exp.jsonl 2>&1
check "export gives every item" eq "$(wc -l < exp.jsonl)" "$(grep -c . "$top/suites/reasoning/items.jsonl")"
check "export is the same JSON" eq "$(jq -S -c . exp.jsonl | md5sum)" "$(jq -S -c . "$top/suites/reasoning/items.jsonl" | md5sum)"
"$TRILEMMA" suites show nosuch > e.txt 2>&1
check "an unknown suite exits 2" eq "$?" 2
# a bare .jsonl says what it is in a header line; without one, an all-security file is security
printf '{"suite": {"axis": "security", "name": "mine", "grader": {"type": "refusal"}}}\n{"id": "a", "input": "x"}\n' > H.jsonl
"$TRILEMMA" suites show H.jsonl > h.txt 2>&1
check "a header line sets the axis" grep -q '^axis:    security' h.txt
check "... the name" grep -q '^suite:   mine' h.txt
check "... and the default grader" grep -q '"type":"refusal"' h.txt
printf '{"id": "c", "input": "say the code", "grader": {"type": "canary", "canaries": ["ZZ9PLURALZALPHA"]}}\n' > C.jsonl
"$TRILEMMA" suites show C.jsonl > c.txt 2>&1
check "canary items alone count toward security" grep -q '^axis:    security' c.txt
printf '{"id": "p", "input": "x", "answer": "y"}\n' > P.jsonl
"$TRILEMMA" suites show P.jsonl > p.txt 2>&1
check "other items toward capability" grep -q '^axis:    capability' p.txt
printf '{"suite": {"axis": "safety"}}\n{"id": "a", "input": "x"}\n' > B.jsonl
"$TRILEMMA" suites show B.jsonl > b.txt 2>&1
check "an unknown axis in the header: exit 2 at its line" sh -c "[ $? = 2 ] && grep -q 'B.jsonl:1:1: unknown axis' b.txt"
done_tests
