#!/bin/sh
# report_html.sh -- the HTML report and the item views: one self-contained
# file that is well-formed (XML, so every chart's SVG too), holds every item
# of the run in its drill-down, escapes every text a model or a suite wrote,
# renders without a console error in headless Chromium (where installed);
# report --items (JSON Lines, CSV), trilemma show, -o by extension, run --html.
# Over Chat Completions (compat:) only: what it tests is made from the store,
# which holds the same rows whichever protocol filled it; the runs over the
# Messages protocol are tested by the *_messages.sh scripts.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2

# items and answers that try to break out of their place
cat > S.jsonl <<'JSONL'
{"id": "plain", "input": "What is the capital of France?", "answer": "Paris", "category": "geo"}
{"id": "x<img src=x onerror=alert(1)>", "input": "Say </script><script>alert(2)</script>", "answer": "ok", "category": "<b>cat</b>"}
{"id": "amp", "input": "Tom & Jerry?", "answer": "cat & mouse", "category": "geo"}
{"id": "num", "input": "What is 6 x 7?", "answer": 42, "grader": {"type": "numeric"}}
JSONL
cat > script.json <<'JSON'
{"models": {
  "a": {"rules": [{"match": "France", "text": "Paris"}, {"match": "Jerry", "text": "cat & mouse"},
                  {"match": "6 x 7", "text": "42"},
                  {"match": "alert(2)", "text": "</script><script>alert(3)</script>]]><!-- \u001b[31m"}]},
  "b": {"rules": [{"match": "France", "text": "I think it's Lyon."}, {"match": "6 x 7", "text": "It is 41."}]}
}}
JSON
sim_start script.json
"$TRILEMMA" run --model "compat:a@$BASE" --model "compat:b@$BASE" --suite S.jsonl --db h.db \
	--html run.html --json run.json -q >/dev/null 2>err.txt
check "run --html exits 0" eq "$?" 0
check "run --html wrote the page" test -s run.html
"$TRILEMMA" report --db h.db -o r.html 2>rerr.txt
check "report -o r.html writes HTML (by the extension)" grep -q '^<!DOCTYPE html>' r.html
check "the same page as run --html" cmp -s r.html run.html
check "well-formed (as XML, so every SVG too)" xmllint --noout r.html
check "no network: no src= or href= to another place" \
	sh -c "! grep -Eq '(src|href)=\"(https?:)?//' r.html"
check "no raw model or suite text: no script of theirs" sh -c "! grep -q 'alert(3)</script>' r.html && ! grep -q '<img src=x' r.html && ! grep -q '<b>cat</b>' r.html"
check "no raw escape character" sh -c "! grep -q \"\$(printf '\\033')\" r.html"
cat > check.py <<'PY'
import json, sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
svgs = doc.getElementsByTagName("svg")
for s in svgs:   # each chart parses on its own
    xml.dom.minidom.parseString(s.toxml())
data = [s for s in doc.getElementsByTagName("script") if s.getAttribute("id") == "items-data"][0]
items = json.loads("".join(n.data for n in data.childNodes))
ans = sum(len(it["a"]) for it in items)
hostile = [it for it in items if it["i"].startswith("x<img")][0]
a = [x for x in hostile["a"] if x["m"] == "a"][0]
print(len(svgs), len(items), ans, int(a["t"].startswith("</script><script>alert(3)")),
      int(hostile["c"] == "<b>cat</b>"))
PY
out=$(python3 check.py r.html)
echo "charts, items, answers, hostile text kept as data: $out"
check "every chart is an SVG that parses (4 drawn for this run)" eq "$(echo "$out" | cut -d' ' -f1)" 4
check "the drill-down holds every item and every answer" eq "$(echo "$out" | cut -d' ' -f2-3)" "4 8"
check "model and suite text come back exactly from the data block" eq "$(echo "$out" | cut -d' ' -f4-5)" "1 1"
check "the decision comes first" sh -c "grep -n 'id=\"decision\"' r.html | head -1 | cut -d: -f1 | xargs test 8 -ge"
check "charts drawn: cost, size, plane, suites, heat, latency, tokens, reasoning" \
	sh -c "for c in chart-cost chart-size chart-plane chart-suites chart-latency chart-tokens chart-reasoning; do grep -q \"id=\\\"\$c\\\"\" r.html || exit 1; done"
check "the pairwise comparison matrix is there" grep -q 'id="comparisons"' r.html
if command -v chromium >/dev/null 2>&1; then
	timeout 120 chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
		--dump-dom "file://$T/r.html" > dom.html 2> chrome.txt
	check "Chromium: no console error" sh -c "! grep -E 'CONSOLE|Uncaught' chrome.txt"
	check "Chromium: the drill-down rendered its items" test "$(grep -o 'class="it"' dom.html | wc -l)" -eq 4
else
	skip "Chromium is not installed, the page was not rendered (apt-get install chromium)"
fi

# the item export
"$TRILEMMA" report --db h.db --items > items.jsonl 2>/dev/null
check "report --items: one JSON line per answer" eq "$(wc -l < items.jsonl)" 8
check "report --items: every line parses" sh -c "jq -e . items.jsonl >/dev/null"
check "report --items: the grader's evidence" \
	eq "$(jq -r 'select(.model == "b" and .item == "num") | .evidence' items.jsonl)" \
	"answered 41 (the last number), expected 42 (tolerance 4.2e-08)"
check "report --items: the hedge" eq "$(jq -r 'select(.model == "b" and .item == "plain") | .hedged' items.jsonl)" true
"$TRILEMMA" report --db h.db --items -o items.csv 2>/dev/null
check "report --items -o x.csv: CSV with a header" sh -c "head -1 items.csv | grep -q '^run,model,suite'"
check "CSV: 8 rows, escape characters escaped" sh -c "[ \$(python3 -c 'import csv,sys; print(len(list(csv.DictReader(open(\"items.csv\")))))') = 8 ] && ! grep -q \"\$(printf '\\033')\" items.csv"
"$TRILEMMA" report --db h.db --items --format md > /dev/null 2>bad.txt
check "--items in Markdown is refused: exit 2" eq "$?" 2

# progress on a stderr that is not a terminal: a line at the end at least
"$TRILEMMA" run --model "compat:a@$BASE" --suite S.jsonl --db p.db --no-cache >/dev/null 2>prog.txt
check "progress lines when stderr is not a terminal, ETA as h:mm:ss" \
	grep -q '^progress: 4/4 sent, .* elapsed [0-9]*:[0-9][0-9]:[0-9][0-9], ETA 0:00:00' prog.txt
check "no bar or carriage return in a log" sh -c "! grep -q \"\$(printf '\\r')\" prog.txt"

# JUnit XML for CI
"$TRILEMMA" report --db h.db --format junit --require 'accuracy >= 0.5' > j.xml 2>/dev/null
check "junit: well-formed" xmllint --noout j.xml
check "junit: a test case per requirement per model, b fails it" \
	eq "$(xmllint --xpath 'string(/testsuites/@tests)' j.xml)/$(xmllint --xpath 'string(/testsuites/@failures)' j.xml)" "2/1"
"$TRILEMMA" report --db h.db -o items.xml --items --require 'accuracy >= 0.5' 2>/dev/null
check "junit --items (by the .xml extension): a case per answer too" \
	eq "$(xmllint --xpath 'count(//testcase)' items.xml)" 10
check "junit --items: b's wrong numeric answer is a failure with the evidence" \
	sh -c "xmllint --xpath 'string(//testsuite[@name=\"items: b\"]/testcase[@name=\"num\"]/failure/@message)' items.xml | grep -q 'answered 41'"

# one item in the terminal
"$TRILEMMA" show --db h.db num > show.txt 2>&1
check "show: exit 0" eq "$?" 0
check "show: each model's verdict" sh -c "grep -q '== a: correct' show.txt && grep -q '== b: incorrect' show.txt"
check "show: the evidence" grep -q 'answered 41 (the last number)' show.txt
check "show: the prompt as sent" grep -q 'user: What is 6 x 7?' show.txt
"$TRILEMMA" show --db h.db 'x<img src=x onerror=alert(1)>' > show2.txt 2>&1
check "show: control characters of an answer are escaped" sh -c "! grep -q \"\$(printf '\\033')\" show2.txt && grep -q 'x1b' show2.txt"
"$TRILEMMA" show --db h.db nosuch > /dev/null 2>show3.txt
check "show: an unknown item is exit 2" eq "$?" 2
check "show: it says how to list them" grep -q 'report --items' show3.txt
done_tests
