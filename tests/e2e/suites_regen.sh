#!/bin/sh
# suites_regen.sh -- the committed built-in suites are what the generators
# make: regenerate into a temporary directory and compare byte for byte
# when the installed data packages have the versions recorded in each
# suite.yaml; otherwise say so and check only that every line is a JSON
# object (the truth checks of suites_knowledge/fabricated/reasoning run
# either way).
. "$(dirname "$0")/lib.sh"
TOP=${TRILEMMA_HOME:-.}
S=$TOP/suites
SUITES="knowledge calibration fabricated reasoning impossible tools"

# recorded "package version" pairs of every suite, and the installed ones
sed -n 's/^  - {package: "\([^"]*\)", version: "\([^"]*\)"}$/\1 \2/p' \
	"$S/knowledge/suite.yaml" "$S/fabricated/suite.yaml" "$S/reasoning/suite.yaml" \
	"$S/impossible/suite.yaml" "$S/tools/suite.yaml" \
	| sort -u >"$T/recorded"
check "suite.yaml files record source package versions" test "$(wc -l <"$T/recorded")" -ge 7
match=yes
while read -r pkg ver; do
	have=$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null)
	if [ "$have" != "$ver" ]; then
		echo "note: $pkg recorded $ver, installed '${have:-none}'"
		match=no
	fi
done <"$T/recorded"

if [ "$match" = yes ] && [ -x /usr/bin/python3 ]; then
	for g in knowledge fabricated reasoning impossible tools; do
		check "generator $g runs" /usr/bin/python3 "$TOP/tools/gen/$g.py" --out "$T/gen"
	done
	for s in $SUITES; do
		for f in suite.yaml items.jsonl; do
			check "regenerated $s/$f is byte-identical" cmp "$S/$s/$f" "$T/gen/$s/$f"
		done
		# a suite's tool catalogue, when it has one, is generated too
		if [ -f "$S/$s/tools.json" ] || [ -f "$T/gen/$s/tools.json" ]; then
			check "regenerated $s/tools.json is byte-identical" cmp "$S/$s/tools.json" "$T/gen/$s/tools.json"
		fi
	done
	# a second run in the same place gives the same bytes (no hidden state)
	check "generator knowledge is repeatable" sh -c \
		'/usr/bin/python3 "$1/tools/gen/knowledge.py" --out "$2/gen2" && cmp "$2/gen/knowledge/items.jsonl" "$2/gen2/knowledge/items.jsonl"' \
		_ "$TOP" "$T"
else
	echo "note: installed data package versions differ from the recorded ones;"
	echo "note: checking structure only (run 'make suites' to regenerate)"
	for s in $SUITES; do
		[ ! -f "$S/$s/tools.json" ] || check "$s/tools.json: a JSON array of tools" /usr/bin/python3 -c '
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(a, list) and a and all(isinstance(t, dict) and isinstance(t.get("name"), str) for t in a)
' "$S/$s/tools.json"
		check "$s/items.jsonl: every line a JSON object with id" /usr/bin/python3 -c '
import json, sys
for n, l in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    o = json.loads(l)
    assert isinstance(o, dict) and isinstance(o.get("id"), str), "line %d" % n
' "$S/$s/items.jsonl"
	done
fi
done_tests
