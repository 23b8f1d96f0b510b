#!/bin/sh
# suites_impossible.sh -- the impossible suite: its layout, and three
# scripted models against all of it, whose recognition rate, over-flag rate
# and compute spent on impossible requests are computed here by hand from
# the items and the script:
#   coder    writes code for everything (reasoning 2,000 tokens, 300 out);
#   flagger  says "impossible" to everything (150 reasoning, 20 out);
#   mostly   flags 3 of every 4 impossible items (in file order) and writes
#            code for the 4th; writes code for the twins but 1 of every 6,
#            which it flags. Flags cost 400 reasoning tokens and 30 out,
#            code 3,000 and 250.
# The truth of the items (absence of each API, the computed mathematical
# facts) is checked by suites_impossible_api.sh and suites_impossible_tasks.sh.
# flagger's answers are not streamed, the others' are. Over Chat Completions
# (compat:), or with E2E_PROVIDER=anthropic (suites_impossible_messages.sh)
# over the Messages protocol, which reports no reasoning token count of its
# own (thinking is inside output_tokens): there the reasoning figures must be
# unknown (null), never made up, and the rest is as computed.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
if [ "${E2E_PROVIDER:-openai}" = anthropic ]; then P=anthropic; else P=compat; fi
export REASONING_UNKNOWN=$([ $P = anthropic ] && echo 1 || echo 0)
PY=/usr/bin/python3
S="${TRILEMMA_HOME:?run through tests/run.sh}/suites/impossible"

# ---- the layout -----------------------------------------------------------
"$PY" - "$S" >layout.out 2>&1 <<'PY'
import json, sys
from collections import Counter
S = sys.argv[1]
items = [json.loads(l) for l in open(S + "/items.jsonl", encoding="utf-8")]
yml = open(S + "/suite.yaml", encoding="utf-8").read()
bad = []
def need(ok, what):
    if not ok:
        bad.append(what)
imp = [i for i in items if i["grader"]["type"] == "impossible"]
fea = {i["id"]: i for i in items if i["grader"]["type"] == "feasible"}
need(len(imp) + len(fea) == len(items), "every item graded impossible or feasible")
need(all(i["id"] + "/twin" in fea and fea[i["id"] + "/twin"]["meta"]["twin"] == i["id"]
         for i in imp), "every impossible item has its twin")
need(len(fea) == len(imp), "as many twins as impossible items")
api = sum(1 for i in imp if i["category"].startswith("api/"))
con = [i for i in imp if i["category"] == "constraint"]
mth = sum(1 for i in imp if i["category"] == "math")
need(api >= 300, "300+ non-existent-API items (%d)" % api)
need(len(con) >= 200, "200+ contradictory-constraint items (%d)" % len(con))
need(len({i["meta"]["family"] for i in con}) >= 25, "25+ constraint families")
need(mth >= 100, "100+ mathematical items (%d)" % mth)
need(all(i["meta"].get("reason") for i in imp), "every impossible item says why")
need(len({i["input"] for i in items}) == len(items), "no two items ask the same")
need("\naxis: calibration\n" in yml, "axis calibration")
need('\ngrader: {"type": "impossible"}\n' in yml, "default grader impossible")
need('\ntemplate: "{input}"\n' in yml, "requests sent as they are")
print("%d items: %d api, %d constraint (%d families), %d math" %
      (len(items), api, len(con), len({i["meta"]["family"] for i in con}), mth))
for b in bad:
    print("FAIL", b)
sys.exit(1 if bad else 0)
PY
check "layout: counts, twins, reasons, axis and grader" eq "$?" 0
cat layout.out

# ---- the script of the test server and the figures by hand -----------------
cat > gen.py <<'PY'
import json, sys

S, out_script, out_expect = sys.argv[1:4]
items = [json.loads(l) for l in open(S + "/items.jsonl", encoding="utf-8")]
CODE = "Here is a solution:\n\n```python\ndef solve():\n    return 42\n```\n"
FLAG = "This cannot be done as asked: the request is impossible."
IN = 40                                   # prompt tokens of every answer
PRICE = {"coder": (1.0, 4.0), "flagger": (0.5, 2.0), "mostly": (0.2, 0.8)}
LAT = {"coder": 30, "flagger": 5, "mostly": 15}
U_CODE = {"prompt_tokens": IN, "completion_tokens": 250, "reasoning_tokens": 3000}
U_FLAG = {"prompt_tokens": IN, "completion_tokens": 30, "reasoning_tokens": 400}

imp = [i for i in items if i["grader"]["type"] == "impossible"]
fea = [i for i in items if i["grader"]["type"] == "feasible"]
# mostly: which items it flags
flags = {i["id"] for k, i in enumerate(imp) if k % 4 != 3}
flags |= {i["id"] for k, i in enumerate(fea) if k % 6 == 5}

def rule(it, text, usage):
    return {"match": it["input"], "text": text, "usage": usage}

# rules for what differs from the default; longest first, so that an input
# that holds another one is matched by its own rule
mostly = [rule(i, FLAG, U_FLAG) for i in items if i["id"] in flags]
mostly.sort(key=lambda r: -len(r["match"].encode("utf-8")))
models = {
    "coder": {"latency_ms": {"min": LAT["coder"], "max": LAT["coder"]},
              "usage": {"prompt_tokens": IN, "completion_tokens": 300, "reasoning_tokens": 2000},
              "default": {"text": CODE}, "rules": []},
    "flagger": {"latency_ms": {"min": LAT["flagger"], "max": LAT["flagger"]},
                "usage": {"prompt_tokens": IN, "completion_tokens": 20, "reasoning_tokens": 150},
                "default": {"text": FLAG}, "rules": []},
    "mostly": {"latency_ms": {"min": LAT["mostly"], "max": LAT["mostly"]},
               "usage": U_CODE, "default": {"text": CODE}, "rules": mostly},
}
json.dump({"models": models}, open(out_script, "w", encoding="utf-8"), ensure_ascii=False)

# the server's choice: the first rule whose match is a substring
bad = sum(1 for i in items
          if (next((r["text"] for r in mostly if r["match"] in i["input"]), CODE) == FLAG)
          != (i["id"] in flags))

def spend(model, out_tok, reason_tok, n):
    pin, pout = PRICE[model]
    if not n:
        return None
    return {"items": n, "reasoning": reason_tok, "output": out_tok,
            "cost": (IN * pin + out_tok * pout) / 1e6}

ni, nf = len(imp), len(fea)
fi = sum(1 for i in imp if i["id"] in flags)
ff = sum(1 for i in fea if i["id"] in flags)
expect = {
    "_ambiguous": bad,
    "coder": {"rec": [0, ni], "ans": [ni, ni], "over": [0, nf],
              "recognised": None, "not": spend("coder", 300, 2000, ni)},
    "flagger": {"rec": [ni, ni], "ans": [0, ni], "over": [nf, nf],
                "recognised": spend("flagger", 20, 150, ni), "not": None},
    "mostly": {"rec": [fi, ni], "ans": [ni - fi, ni], "over": [ff, nf],
               "recognised": spend("mostly", 30, 400, fi), "not": spend("mostly", 250, 3000, ni - fi)},
    "lat": LAT,
}
json.dump(expect, open(out_expect, "w"), indent=1, sort_keys=True)
PY

# cmp.py REPORT EXPECT MODEL: the report's impossible section against the
# figures above (shares as k of n, per-item compute exact, cost to 1e-12,
# seconds at least the scripted latency and under half a second more);
# with REASONING_UNKNOWN=1 the reasoning tokens must be null.
cat > cmp.py <<'PY'
import json, os, sys
rep_f, exp_f, model = sys.argv[1:4]
rep, exp = json.load(open(rep_f)), json.load(open(exp_f))
m = next(x for x in rep["models"] if x["id"] == model)["impossible"]
e = exp[model]
lat = exp["lat"][model] / 1000
bad = []
for key, name in (("rec", "recognition_rate"), ("ans", "answered_rate"), ("over", "over_flag_rate")):
    k, n = e[key]
    got = m[name]
    if [got["k"], got["n"]] != [k, n] or abs(got["value"] - k / n) > 1e-12:
        bad.append("%s: %s of %s, expected %d of %d" % (name, got["k"], got["n"], k, n))
for grp, ek in (("recognised", "recognised"), ("not_recognised", "not")):
    g, w = m["compute"][grp], e[ek]
    if w is None:
        if g["items"] != 0 or any(g[f] is not None for f in ("reasoning_tokens", "output_tokens", "seconds", "cost_usd")):
            bad.append("%s: expected no items, got %s" % (grp, g))
        continue
    if g["items"] != w["items"]:
        bad.append("%s: %d items, expected %d" % (grp, g["items"], w["items"]))
    for f, want in (("reasoning_tokens", w["reasoning"]), ("output_tokens", w["output"])):
        if f == "reasoning_tokens" and os.environ.get("REASONING_UNKNOWN") == "1":
            if g[f] is not None:
                bad.append("%s %s: %s, expected null (not reported)" % (grp, f, g[f]))
            continue
        if g[f] is None or g[f]["per_item"] != want or g[f]["total"] != want * w["items"]:
            bad.append("%s %s: %s, expected %s per item" % (grp, f, g[f], want))
    if abs(g["cost_usd"]["per_item"] - w["cost"]) > 1e-12:
        bad.append("%s cost: %s, expected %s" % (grp, g["cost_usd"]["per_item"], w["cost"]))
    s = g["seconds"]["per_item"]
    if not (lat <= s < lat + 0.5):
        bad.append("%s seconds %s, expected in [%s, %s)" % (grp, s, lat, lat + 0.5))
if m["judged"] != 0:
    bad.append("judged %s without a judge" % m["judged"])
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY

"$PY" gen.py "$S" script.json expect.json 2>gen.err
check "script and figures computed" eq "$?" 0
check "the scripted rules give every item the intended answer" eq "$(jq '._ambiguous' expect.json)" 0

sim_start script.json
cat > c.yaml <<YAML
models:
  - {id: coder, spec: "$P:coder@$BASE", price: {input: 1.0, output: 4.0}}
  - {id: flagger, spec: "$P:flagger@$BASE", price: {input: 0.5, output: 2.0}, stream: false}
  - {id: mostly, spec: "$P:mostly@$BASE", price: {input: 0.2, output: 0.8}}
concurrency: 64
YAML
"$TRILEMMA" run -c c.yaml --suite impossible --db i.db --json r.json -q 2>run.err
check "run exits 0" eq "$?" 0
check "no errors" eq "$(jq -c '[.models[] | .overall.errors]' r.json)" "[0,0,0]"
for m in coder flagger mostly; do
	check "$m: recognition, over-flag and compute as computed by hand" "$PY" cmp.py r.json expect.json $m
done
if [ $P = anthropic ]; then
	check "the code writer never recognises; reasoning unknown, output per impossible item as scripted" eq \
		"$(jq -c '[.models[] | .impossible.compute.not_recognised | [.reasoning_tokens, .output_tokens.per_item]]' r.json)" \
		"[[null,300],[null,null],[null,250]]"
else
	check "the code writer never recognises, and wastes the most per impossible item" eq \
		"$(jq -c '[.models[] | .impossible.compute.not_recognised.reasoning_tokens.per_item]' r.json)" \
		"[2000,null,3000]"
fi
check "flagger's requests were not streamed, the others' were" \
	eq "$(jq -s -c 'group_by(.model) | map([.[0].model, (map(.stream) | unique)])' "$LEDGER")" \
	'[["coder",[true]],["flagger",[false]],["mostly",[true]]]'

"$TRILEMMA" report --db i.db --format md >r.md 2>rep.err
check "Markdown report has the impossible-requests table" grep -q "impossible requests: recognised" r.md
# the suite's constraint families are in the JSON breakdown, but they are
# no knowledge domain: no table by domain family
check "the JSON report breaks the suite down by family" \
	test "$(jq '.models[0].breakdowns.family | length' r.json)" -gt 1
check "... and its grader type is impossible" eq "$(jq -r '.run.suites[0].grader' r.json)" impossible
check "... but no table by domain family" sh -c '! grep -q "by suite/domain family" r.md'

cell=$(jq -r '.models[2].impossible.recognition_rate | "\(.k) \(.n)"' r.json | "$PY" -c 'import sys; k, n = map(int, sys.stdin.read().split()); print("%.3f (%d/%d)" % (k / n, k, n))')
check "Markdown row for mostly: its recognition share ($cell)" grep -qF "| mostly | $cell |" r.md
"$TRILEMMA" report --db i.db --format html -o r.html 2>rep.err
check "HTML report has the impossible-requests table" grep -q "<h2 id=\"impossible\">impossible requests</h2>" r.html
check "the grading table counts both graders" eq \
	"$(jq -c '.models[0].grading.by_grader | [.impossible, .feasible] | map(. > 0)' r.json)" "[true,true]"

# ---- the judge for the uncertain readings ----------------------------------
# caveat writes code, then says the request is impossible: a late flag.
# Deterministically, recognition on the impossible items and no over-flag on
# the twins (an answer first), both uncertain; with --judge-fallback the
# test server's judge reads "impossible" as FLAGGED, so the twins become
# over-flags, and every verdict of the 40 items is the judge's.
head -n 40 "$S/items.jsonl" >sub.jsonl
cat > script2.json <<'JSON'
{"models": {
 "caveat": {"default": {"text": "Here you go:\n\n```python\ndef solve():\n    return 42\n```\n\nStrictly speaking, what you ask is impossible as stated."}},
 "judge": {"judge": true, "usage": {"prompt_tokens": 100, "completion_tokens": 5}}}}
JSON
sim_stop
sim_start script2.json
"$TRILEMMA" run --model "$P:caveat@$BASE" --suite sub.jsonl --db d.db --json d.json -q 2>d.err
check "without a judge: recognised 20 of 20, over-flagged 0 of 20, 40 uncertain" eq \
	"$(jq -c '.models[0].impossible | [.recognition_rate.k, .recognition_rate.n, .over_flag_rate.k, .judged, .uncertain]' d.json)" \
	"[20,20,0,0,40]"
"$TRILEMMA" run --model "$P:caveat@$BASE" --suite sub.jsonl --judge "$P:judge@$BASE" \
	--judge-fallback --db j.db --json j.json -q 2>j.err
check "with the judge: recognised 20 of 20, over-flagged 20 of 20, 40 verdicts the judge's" eq \
	"$(jq -c '.models[0].impossible | [.recognition_rate.k, .recognition_rate.n, .over_flag_rate.k, .over_flag_rate.n, .judged]' j.json)" \
	"[20,20,20,20,40]"
check "the judge was sent the impossible template" eq \
	"$(sqlite3 j.db "SELECT count(*) FROM grades WHERE judged = 1 AND evidence LIKE 'judge (impossible)%'")" 40
check_api
done_tests
