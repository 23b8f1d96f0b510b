# tests/e2e/scan.sh -- `trilemma scan` as a user runs it: exit codes, the
# three formats (SARIF validated against the 2.1.0 schema), stdin,
# Markdown, directories and --exclude.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
PY=/usr/bin/python3

mkdir -p "$T/src/vendor" "$T/src/app"
printf 'import os\ndef f(h):\n    os.system("ping " + h)\n' >"$T/src/app/a.py"
printf '#include <stdio.h>\nint main(void) { char b[8]; gets(b); return 0; }\n' >"$T/src/vendor/v.c"
printf 'def ok():\n    return 1\n' >"$T/src/app/clean.py"
printf 'not code\n' >"$T/src/README"

"$TRILEMMA" scan --help >"$T/help" 2>&1
check "help exits 0" test $? = 0
check "help names --fail-on" grep -q -- "--fail-on" "$T/help"

"$TRILEMMA" scan -q "$T/src/app/clean.py" >"$T/out" 2>&1
check "clean file exits 0" eq "$?" 0
check "clean file prints nothing" test ! -s "$T/out"

"$TRILEMMA" scan -q "$T/src" >"$T/out" 2>"$T/err"
check "findings exit 1" eq "$?" 1
check "text line format" grep -qx "$T/src/app/a.py:3:5: high CWE-78 shell command built at run time (os.system/os.popen) \[py.os-system\]" "$T/out"
check "directory recursion finds C" grep -q "vendor/v.c:2:29: high CWE-120" "$T/out"
check "two findings" eq "$(wc -l <"$T/out" | tr -d ' ')" 2

"$TRILEMMA" scan -q --exclude 'vendor/' "$T/src" >"$T/out" 2>&1
check "exclude a directory" eq "$(wc -l <"$T/out" | tr -d ' ')" 1
"$TRILEMMA" scan -q --exclude '*.py' "$T/src" >"$T/out" 2>&1
check "exclude by base name" eq "$(grep -c '\.py:' "$T/out")" 0

"$TRILEMMA" scan -q --fail-on never "$T/src" >/dev/null 2>&1
check "fail-on never exits 0" eq "$?" 0
printf 'import hashlib\nh = hashlib.md5(b"x")\n' >"$T/med.py"
"$TRILEMMA" scan -q --fail-on high "$T/med.py" >/dev/null 2>&1
check "medium finding below --fail-on high exits 0" eq "$?" 0
"$TRILEMMA" scan -q --fail-on medium "$T/med.py" >/dev/null 2>&1
check "medium finding at --fail-on medium exits 1" eq "$?" 1
"$TRILEMMA" scan -q --severity high "$T/med.py" >"$T/out" 2>&1
check "--severity filters the report" test ! -s "$T/out"

"$TRILEMMA" scan --fail-on sometimes "$T/src" >/dev/null 2>&1
check "bad --fail-on exits 2" eq "$?" 2
"$TRILEMMA" scan "$T/nope.py" >/dev/null 2>&1
check "missing file exits 2" eq "$?" 2
"$TRILEMMA" scan --lang cobol - </dev/null >/dev/null 2>&1
check "unknown language exits 2" eq "$?" 2

printf 'x = eval(input())\n' | "$TRILEMMA" scan -q --lang python - >"$T/out" 2>&1
check "stdin with --lang" grep -q "^-:1:5: high CWE-95" "$T/out"
printf 'Answer:\n\n```js\nel.innerHTML = userText;\n```\n' | "$TRILEMMA" scan -q - >"$T/out" 2>&1
check "stdin Markdown fence" grep -q "^-:4:3: medium CWE-79" "$T/out"
printf '# Notes\n\n```\nimport pickle\nobj = pickle.loads(data)\n```\n' >"$T/answer.md"
"$TRILEMMA" scan -q "$T/answer.md" >"$T/out" 2>&1
check "Markdown file, language guessed" grep -q "answer.md:5:7: high CWE-502" "$T/out"

esc=$(printf '\033')
mkdir -p "$T/e"
printf 'gets(b);\n' >"$T/e/esc${esc}[2J.c"
"$TRILEMMA" scan -q "$T/e" >"$T/out" 2>&1
check "control characters escaped" grep -q 'esc\\x1b\[2J.c:1:1' "$T/out"

"$TRILEMMA" scan -q --format json "$T/src" >"$T/out.json" 2>/dev/null
check "json parses" "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["summary"]["findings"] == 2 and d["summary"]["high"] == 2, d["summary"]; assert {f["cwe"] for f in d["findings"]} == {"CWE-78", "CWE-120"}' "$T/out.json"

"$TRILEMMA" scan -q --format sarif -o "$T/out.sarif" "$T/src" >/dev/null 2>&1
check "sarif written with -o" test -s "$T/out.sarif"
check "sarif valid against the 2.1.0 schema" "$PY" -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.validate(doc, schema)
run = doc["runs"][0]
assert len(run["results"]) == 2
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
for r in run["results"]:
    assert ids[r["ruleIndex"]] == r["ruleId"]
# the CWE taxonomy: each rule points at its CWE; each taxon at its parents
tax = run["taxonomies"][0]
assert tax["name"] == "CWE" and tax["version"] == "4.14", tax["version"]
taxa = {t["id"]: t for t in tax["taxa"]}
for rule in run["tool"]["driver"]["rules"]:
    rel = rule["relationships"][0]
    assert rel["target"]["toolComponent"]["name"] == "CWE"
    assert tax["taxa"][rel["target"]["index"]]["id"] == rel["target"]["id"]
def up(i):
    t = taxa[i]
    return [i] + (up(t["relationships"][0]["target"]["id"]) if "relationships" in t else [])
assert up("78") == ["78", "77", "74", "707"], up("78")
assert up("120") == ["120", "119", "118", "664"], up("120")
' "$top/tests/scan/sarif-schema-2.1.0.json" "$T/out.sarif"
check "json: parents of each CWE" "$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); f={x["cwe"]: x for x in d["findings"]}; assert f["CWE-78"]["cwe_parents"] == ["CWE-77", "CWE-74", "CWE-707"]; assert "OS Command" in f["CWE-78"]["cwe_name"]; assert d["cwe_version"] == "4.14"' "$T/out.json"

# --cwe keeps a CWE and what is under it in the tree
"$TRILEMMA" scan -q --cwe CWE-74 "$T/src" >"$T/out" 2>&1
check "--cwe CWE-74 keeps the command injection (78 < 77 < 74)" eq "$(cut -d' ' -f3 "$T/out" | tr '\n' ' ')" "CWE-78 "
"$TRILEMMA" scan -q --cwe 119,78 "$T/src" >"$T/out" 2>&1
check "--cwe list: both" eq "$(wc -l <"$T/out" | tr -d ' ')" 2
"$TRILEMMA" scan -q --cwe 89 "$T/src" >"$T/out" 2>&1
check "--cwe without a match exits 0" eq "$?" 0
check "--cwe without a match prints nothing" test ! -s "$T/out"
"$TRILEMMA" scan -q --cwe CWE-310 "$T/src" >"$T/out" 2>&1
check "--cwe of a category exits 2" eq "$?" 2
check "--cwe of a category says why" grep -q "not a weakness of the CWE list" "$T/out"
"$TRILEMMA" scan -q --cwe sql "$T/src" >"$T/out" 2>&1
check "--cwe bad value exits 2" eq "$?" 2
"$TRILEMMA" scan -q --format sarif "$T/src/app/clean.py" >"$T/empty.sarif" 2>/dev/null
check "empty sarif valid" "$PY" -c 'import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' "$top/tests/scan/sarif-schema-2.1.0.json" "$T/empty.sarif"

"$TRILEMMA" scan -q -o /nonexistent-dir/out.txt "$T/src" >/dev/null 2>"$T/err"
check "unwritable -o exits 3" eq "$?" 3
check "unwritable -o names the file" grep -q "cannot write /nonexistent-dir/out.txt" "$T/err"

# The compiled-pattern cache: a cold run (no cache), a warm run (cache
# written by the cold one) and a run without any cache directory give the
# same report; the cache holds one file per language and view scanned.
export XDG_CACHE_HOME="$T/cache"
"$TRILEMMA" scan -q --fail-on never "$T/src" >"$T/cold" 2>&1
check "cold cache: the same findings" eq "$(wc -l <"$T/cold" | tr -d ' ')" 2
check "cache written for c and python" test -s "$T/cache/trilemma/scan-c-code.hsdb" -a \
	-s "$T/cache/trilemma/scan-python-code.hsdb"
"$TRILEMMA" scan -q --fail-on never "$T/src" >"$T/warm" 2>&1
check "warm cache: the same report" cmp "$T/cold" "$T/warm"
printf 'trilemma-pf 2 999 1\ngarbage' >"$T/cache/trilemma/scan-c-code.hsdb"
"$TRILEMMA" scan -q --fail-on never "$T/src" >"$T/bad" 2>&1
check "damaged cache: the same report" cmp "$T/cold" "$T/bad"
check "damaged cache file rewritten" test "$(wc -c <"$T/cache/trilemma/scan-c-code.hsdb")" -gt 100
XDG_CACHE_HOME= HOME= "$TRILEMMA" scan -q --fail-on never "$T/src" >"$T/none" 2>&1
check "no cache directory: the same report" cmp "$T/cold" "$T/none"

# Memory is bounded by the input, not by what it makes the rules find: a
# 37 MB file with 3,000,000 findings lists 10,000, counts the rest, still
# fails the gate, and stays far below the 1.4 GB that listing them all took.
awk 'BEGIN { for (i = 0; i < 600000; i++) print "strcpy(a, b); gets(c); sprintf(d, e); system(x); strcat(p, q);" }' > "$T/huge.c"
/usr/bin/time -f '%M' -o "$T/rss" "$TRILEMMA" scan --format json -o "$T/huge.json" "$T/huge.c" 2>"$T/err"
rc=$?
rss=$(tail -n 1 "$T/rss")
echo "3M findings: peak RSS $rss KB"
check "3M findings: the gate fails (exit 1), nothing crashes" eq "$rc" 1
check "3M findings: 10,000 listed" eq "$(jq '.findings | length' "$T/huge.json")" 10000
check "3M findings: the rest counted" eq "$(jq -c '.summary | [.findings, .not_listed]' "$T/huge.json")" "[3000000,2990000]"
check "3M findings: stderr says so" grep -q '2990000 findings not listed' "$T/err"
check "3M findings: peak memory under 700 MB" test "$rss" -lt 700000
rm -f "$T/huge.c" "$T/huge.json"
# A FIFO named on the command line is skipped, not read forever.
mkfifo "$T/fifo"
timeout 10 "$TRILEMMA" scan "$T/fifo" "$T/src" >"$T/out" 2>"$T/err"
rc=$?
check "a FIFO named on the command line: scan does not block" test "$rc" != 124
check "the FIFO is named as skipped" grep -q 'fifo: not a regular file (a FIFO, socket or device), skipped' "$T/err"
check "the other paths are scanned" grep -q ' in [1-9][0-9]* files\?$' "$T/err"

# GitHub Actions annotations
mkdir -p "$T/gh"
printf 'import os\nos.system("ping " + host)\n' > "$T/gh/a,b:c.py"
(cd "$T" && "$TRILEMMA" scan --format github gh > gh.txt 2>/dev/null)
check "github: exit 1 on a finding" eq "$?" 1
check "github: one workflow command per finding, its level and place" \
	grep -q '^::error file=gh/a%2Cb%3Ac.py,line=2,col=' "$T/gh.txt"
check "github: the title names the CWE and rule" grep -q 'title=CWE-78' "$T/gh.txt"
# --list-rules: the rules as data, every one once; --lang keeps a language's
"$TRILEMMA" scan --list-rules >"$T/rules.txt" 2>&1
check "list-rules exits 0" eq "$?" 0
"$TRILEMMA" scan --list-rules --format json >"$T/rules.json" 2>&1
check "list-rules json: as many rules as text lines" \
	eq "$(jq '.rules | length' "$T/rules.json")" "$(wc -l <"$T/rules.txt" | tr -d ' ')"
check "list-rules json: ids are unique" \
	eq "$(jq '[.rules[].id] | unique | length' "$T/rules.json")" "$(jq '.rules | length' "$T/rules.json")"
check "list-rules json: every rule has a CWE of the list, with its name" \
	eq "$(jq '[.rules[] | select(.cwe_name == null)] | length' "$T/rules.json")" 0
check "list-rules: a rule for every language reads 'all'" \
	grep -q '^secret.hardcoded-password .* all ' "$T/rules.txt"
for l in c cpp python javascript java go php csharp rust kotlin swift ruby; do
	n=$("$TRILEMMA" scan --list-rules --lang "$l" --format json | jq "[.rules[] | select(.languages | index(\"$l\") | not)] | length")
	check "list-rules --lang $l: only rules for $l" eq "$n" 0
	check "list-rules --lang $l: some rules" test "$("$TRILEMMA" scan --list-rules --lang "$l" | wc -l)" -gt 10
done
"$TRILEMMA" scan --list-rules --format sarif >/dev/null 2>"$T/err"
check "list-rules --format sarif: usage error" eq "$?" 2
check "the docs' languages x CWE table is the one the rules give" \
	sh "$top/tools/gen/scan_table.sh" --check "$TRILEMMA"
done_tests
