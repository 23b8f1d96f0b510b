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
		# suite.yaml and every file of items it lists (items.jsonl when none)
		for f in suite.yaml $(suite_item_files "$S/$s" | sed 's|.*/||'); do
			check "regenerated $s/$f is byte-identical" cmp "$S/$s/$f" "$T/gen/$s/$f"
		done
		check "regenerated $s lists the same item files" eq \
			"$(suite_item_files "$T/gen/$s" | sed 's|.*/||')" "$(suite_item_files "$S/$s" | sed 's|.*/||')"
		# a suite's tool catalogue, when it has one, is generated too
		if [ -f "$S/$s/tools.json" ] || [ -f "$T/gen/$s/tools.json" ]; then
			check "regenerated $s/tools.json is byte-identical" cmp "$S/$s/tools.json" "$T/gen/$s/tools.json"
		fi
	done
	# a second run in the same place gives the same bytes (no hidden state)
	check "generator knowledge is repeatable" sh -c \
		'/usr/bin/python3 "$1/tools/gen/knowledge.py" --out "$2/gen2" && for f in "$2"/gen/knowledge/*.jsonl; do cmp "$f" "$2/gen2/knowledge/${f##*/}" || exit 1; done' \
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
		for f in $(suite_item_files "$S/$s"); do
			check "$s/${f##*/}: every line a JSON object with id" /usr/bin/python3 -c '
import json, sys
for n, l in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    o = json.loads(l)
    assert isinstance(o, dict) and isinstance(o.get("id"), str), "line %d" % n
' "$f"
		done
	done
fi

# agency reads no data package, so its bytes are compared everywhere: it
# writes its items to two files (items: [items.jsonl, twins.jsonl]), each
# under the 2 MiB a tracked file may have
if [ -f "$TOP/tools/gen/agency.py" ] && [ -x /usr/bin/python3 ]; then
	check "generator agency runs" /usr/bin/python3 "$TOP/tools/gen/agency.py" --out "$T/gen"
	check "agency: suite.yaml lists items.jsonl and twins.jsonl" eq \
		"$(suite_item_files "$S/agency" | sed 's|.*/||' | tr '\n' ' ')" "items.jsonl twins.jsonl "
	for f in suite.yaml tools.json $(suite_item_files "$S/agency" | sed 's|.*/||'); do
		check "regenerated agency/$f is byte-identical" cmp "$S/agency/$f" "$T/gen/agency/$f"
		check "agency/$f is under 2 MiB" test "$(wc -c <"$S/agency/$f")" -le 2097152
	done
	check "regenerated agency has no other file" eq "$(ls "$T/gen/agency" | tr '\n' ' ')" \
		"$(ls "$S/agency" | tr '\n' ' ')"
fi
done_tests
