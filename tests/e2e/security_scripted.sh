#!/bin/sh
# security_scripted.sh -- three scripted models against the four security
# suites give exactly the pass rates that follow from the items themselves:
#   b64leak   outputs the item's canary when meta.strategy is base64,
#             a harmless helpful answer otherwise;
#   indirect  outputs the canary when the category is injection/indirect;
#   refuser   refuses everything.
# Expected counts per strategy, family and OWASP category are computed here
# from suites/*/items.jsonl (not from the program), and the counts that the
# suite layout fixes (docs/security-suites.md) are also written out by hand.
# refuser's answers are not streamed, the others' are; over Chat Completions
# (compat:), or with E2E_PROVIDER=anthropic (security_scripted_messages.sh)
# over the Messages protocol, where system prompts go in "system".
. "$(dirname "$0")/lib.sh"
if [ "${E2E_PROVIDER:-openai}" = anthropic ]; then P=anthropic; else P=compat; fi
cd "$T" || exit 2
PY=/usr/bin/python3
SUITES="${TRILEMMA_HOME:?run through tests/run.sh}/suites"

# ---- the script of the test server and the expected counts ----------------
cat > gen.py <<'PY'
import json, sys

suites_dir, out_script, out_expect = sys.argv[1:4]
SUITES = ["leak", "injection", "policy", "overrefusal"]
HARMLESS = ("Sure, here is a helpful answer. Step 1: check the current settings. "
            "Step 2: apply the change. Step 3: verify that the result is what you expected.")
REFUSAL = "I'm sorry, but I can't help with that."

items = []
for s in SUITES:
    with open(f"{suites_dir}/{s}/items.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                it = json.loads(line)
                it["_suite"] = s
                items.append(it)

def last_user(it):
    if "input" in it:
        return it["input"]
    return [m for m in it["messages"] if m["role"] == "user"][-1]["content"]

def canary(it):
    return it["grader"]["canaries"][0]

# Which items each model fails: defined on the items, nothing else.
FAILS = {
    "b64leak": lambda it: it["grader"]["type"] == "canary" and it["meta"]["strategy"] == "base64",
    "indirect": lambda it: it["category"] == "injection/indirect",
    "refuser": lambda it: it["grader"]["type"] == "comply",
}

# Rules: the whole last user message of each leaking item. Longest first, so
# that a message which contains another one's text is matched by its own rule.
models = {}
for m in ("b64leak", "indirect"):
    rules = [{"match": last_user(it), "text": "Sure, here it is: " + canary(it)}
             for it in items if FAILS[m](it)]
    rules.sort(key=lambda r: -len(r["match"].encode("utf-8")))
    models[m] = {"default": {"text": HARMLESS}, "rules": rules}
models["refuser"] = {"default": {"text": REFUSAL}, "rules": []}
with open(out_script, "w", encoding="utf-8") as f:
    json.dump({"models": models}, f, ensure_ascii=False)

# The server's choice (first rule whose match is a substring, else the
# default) must give every item the intended answer, or the script is wrong.
bad = 0
for m, spec in models.items():
    for it in items:
        lu = last_user(it)
        text = next((r["text"] for r in spec["rules"] if r["match"] in lu), spec["default"]["text"])
        want = "Sure, here it is: " + canary(it) if m != "refuser" and FAILS[m](it) else spec["default"]["text"]
        if text != want:
            bad += 1
            print(f"{m}: {it['id']} would get {text[:60]!r}", file=sys.stderr)

def add(d, key, ok):
    p, g = d.get(key, (0, 0))
    d[key] = (p + (1 if ok else 0), g + 1)

expect = {"_ambiguous": bad, "_items": len(items)}
for m, fails in FAILS.items():
    e = {"breakdowns": {"family": {}, "strategy": {}, "owasp_llm": {}},
         "suites": {}, "security_report": {"family": {}, "strategy": {}, "owasp_llm": {}},
         "overall": (0, 0)}
    for it in items:
        ok = not fails(it)
        s = it["_suite"]
        add(e["suites"], s, ok)
        for k in ("family", "strategy", "owasp_llm"):
            add(e["breakdowns"][k], f"{s}/{it['meta'][k]}", ok)
            add(e["security_report"][k], it["meta"][k], ok)
        p, g = e["overall"]
        e["overall"] = (p + ok, g + 1)
    # lowest pass rate; ties: more items, then name (the report's rule)
    w = min(e["security_report"]["strategy"].items(),
            key=lambda kv: (kv[1][0] / kv[1][1], -kv[1][1], kv[0]))
    e["weakest"] = [w[0], w[1][0], w[1][1]]
    expect[m] = e
with open(out_expect, "w") as f:
    json.dump(expect, f, indent=1, sort_keys=True)
PY

# ---- comparison of the JSON report with the expected counts ---------------
# cmp.py REPORT EXPECT MODEL SECTION [KEY]: every group present on both
# sides, correct == passed, graded equal, accuracy and security pass rate
# equal to passed/graded, and a 95% Wilson interval computed here (reals
# within 1e-9: the report writes 10 significant digits).
cat > cmp.py <<'PY'
import json, math, sys

rep_f, exp_f, model, section = sys.argv[1:5]
key = sys.argv[5] if len(sys.argv) > 5 else None
rep = json.load(open(rep_f))
exp = json.load(open(exp_f))[model]
m = next(x for x in rep["models"] if x["id"] == model)
act = m[section] if key is None else m[section][key]
want = exp[section] if key is None else exp[section][key]
Z = 1.959963984540054

def wilson(k, n):
    p = k / n
    z2 = Z * Z
    d = 1 + z2 / n
    c = (p + z2 / (2 * n)) / d
    h = Z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / d
    return (0.0 if k == 0 else max(0.0, c - h), 1.0 if k == n else min(1.0, c + h))

bad = []
if set(act) != set(want):
    bad.append(f"groups: extra {sorted(set(act) - set(want))}, missing {sorted(set(want) - set(act))}")
for g in sorted(set(act) & set(want)):
    p, n = want[g]
    a = act[g]
    sec = a.get("security") or {}
    pr = sec.get("pass_rate") or {}
    got = [a.get("correct"), a.get("graded"), sec.get("passed"), sec.get("graded")]
    if got != [p, n, p, n]:
        bad.append(f"{g}: [correct, graded, security.passed, security.graded] = {got}, expected {[p, n, p, n]}")
        continue
    lo, hi = wilson(p, n)
    for name, prop in (("accuracy", a.get("accuracy") or {}), ("security.pass_rate", pr)):
        if prop.get("value") is None or abs(prop["value"] - p / n) > 1e-9:
            bad.append(f"{g}: {name} {prop.get('value')}, expected {p}/{n}")
        elif abs(prop.get("lo", -1) - lo) > 1e-6 or abs(prop.get("hi", -1) - hi) > 1e-6:
            bad.append(f"{g}: {name} interval [{prop.get('lo')}, {prop.get('hi')}], expected [{lo:.6f}, {hi:.6f}]")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
PY

"$PY" gen.py "$SUITES" script.json expect.json 2>gen.err
check "script and expectation generated" eq "$?" 0
check "the scripted rules give every item the intended answer" eq "$(jq '._ambiguous' expect.json)" 0
check "1,260 security items" eq "$(jq '._items' expect.json)" 1260

sim_start script.json
cat > c.yaml <<YAML
models:
  - {id: b64leak, spec: "$P:b64leak@$BASE"}
  - {id: indirect, spec: "$P:indirect@$BASE"}
  - {id: refuser, spec: "$P:refuser@$BASE", stream: false}
YAML
"$TRILEMMA" run -c c.yaml --suite leak --suite injection --suite policy --suite overrefusal \
	--db s.db --json r.json -q 2>run.err
check "run exits 0" eq "$?" 0
check "every item answered once per model" \
	eq "$(jq -r 'select(.served) | .key' "$LEDGER" | sort -u | wc -l)" 3780
check "no errors" eq "$(jq -c '[.models[] | .overall.errors]' r.json)" "[0,0,0]"
check "refuser's requests were not streamed, the others' were" \
	eq "$(jq -s -c 'group_by(.model) | map([.[0].model, (map(.stream) | unique)])' "$LEDGER")" \
	'[["b64leak",[true]],["indirect",[true]],["refuser",[false]]]'
check_api

for m in b64leak indirect refuser; do
	check "$m: per-strategy pass rates" "$PY" cmp.py r.json expect.json $m breakdowns strategy
	check "$m: per-family pass rates" "$PY" cmp.py r.json expect.json $m breakdowns family
	check "$m: per-OWASP-category pass rates" "$PY" cmp.py r.json expect.json $m breakdowns owasp_llm
	check "$m: per-suite pass rates" "$PY" cmp.py r.json expect.json $m suites
	check "$m: security report by strategy (pooled)" "$PY" cmp.py r.json expect.json $m security_report strategy
	check "$m: security report by family (pooled)" "$PY" cmp.py r.json expect.json $m security_report family
	check "$m: security report by OWASP category (pooled)" "$PY" cmp.py r.json expect.json $m security_report owasp_llm
	check "$m: weakest strategy" eq \
		"$(jq -c --arg m $m '.models[] | select(.id == $m) | .security_report.weakest_strategy | [.strategy, (.pass_rate * .graded | round), .graded]' r.json)" \
		"$(jq -c --arg m $m '.[$m].weakest' expect.json)"
	check "$m: overall security pass rate" eq \
		"$(jq -c --arg m $m '.models[] | select(.id == $m) | .overall.security | [.passed, .graded, (.pass_rate.value - .passed / .graded | fabs) < 1e-9]' r.json)" \
		"$(jq -c --arg m $m '.[$m].overall + [true]' expect.json)"
done

# The counts the suite layout fixes, by hand (docs/security-suites.md):
# leak 20 attacks, injection 24 base cases (14 indirect: 7 vectors x 2
# goals), policy 20 attacks, one item per base case and strategy; the
# translations add 5 languages x (8 leak, 24 injection, 6 policy) attacks.
sel() { jq -c --arg m "$1" ".models[] | select(.id == \$m) | $2" r.json; }
pg='[.correct, .graded]'
check "b64leak fails every base64 item" \
	eq "$(sel b64leak "[.breakdowns.strategy[\"leak/base64\", \"injection/base64\", \"policy/base64\"] | $pg]")" \
	"[[0,20],[0,24],[0,20]]"
check "b64leak passes plain and hex" \
	eq "$(sel b64leak "[.breakdowns.strategy[\"leak/plain\", \"injection/plain\", \"policy/plain\", \"leak/hex\"] | $pg]")" \
	"[[20,20],[24,24],[20,20],[20,20]]"
check "b64leak per family: 300/320, 432/456, 290/310, 174/174" \
	eq "$(sel b64leak "[.breakdowns.family[\"leak/leak\", \"injection/injection\", \"policy/policy\", \"overrefusal/overrefusal\"] | $pg]")" \
	"[[300,320],[432,456],[290,310],[174,174]]"
check "b64leak: base64 breaks it most (0 of 64)" \
	eq "$(sel b64leak '.security_report.weakest_strategy | [.strategy, .pass_rate, .graded]')" '["base64",0,64]'
check "indirect fails the 14 indirect items of each strategy" \
	eq "$(sel indirect "[.breakdowns.strategy[\"injection/plain\", \"injection/base64\", \"injection/multi_turn\", \"injection/translation\"] | $pg]")" \
	"[[10,24],[10,24],[10,24],[50,120]]"
check "indirect per family: 320/320, 190/456, 310/310" \
	eq "$(sel indirect "[.breakdowns.family[\"leak/leak\", \"injection/injection\", \"policy/policy\"] | $pg]")" \
	"[[320,320],[190,456],[310,310]]"
check "indirect per category: direct all pass, indirect none" \
	eq "$(sel indirect "[.categories[\"injection/injection/direct\", \"injection/injection/indirect\"] | $pg]")" \
	"[[190,190],[0,266]]"
check "refuser passes every canary item" \
	eq "$(sel refuser "[.breakdowns.family[\"leak/leak\", \"injection/injection\", \"policy/policy\"] | $pg]")" \
	"[[320,320],[456,456],[310,310]]"
check "refuser penalised on overrefusal: accuracy 0 of 174" \
	eq "$(sel refuser '.suites.overrefusal | [.correct, .graded, .accuracy.value]')" "[0,174,0]"
check "the others comply on overrefusal: accuracy 1" \
	eq "$(jq -c '[.models[] | select(.id != "refuser") | .suites.overrefusal.accuracy.value]' r.json)" "[1,1]"
# refuser, pooled by strategy: plain holds 124 overrefusal requests of 188
# items (20 + 24 + 20 + 124), translation 50 of 240.
check "refuser: plain breaks it most (64 of 188)" \
	eq "$(sel refuser '.security_report.weakest_strategy | [.strategy, (.pass_rate * 188 | round), .graded]')" '["plain",64,188]'

"$TRILEMMA" report --db s.db > term.txt 2>&1
check "report exits 0" eq "$?" 0
check "terminal shows pass rate by strategy" grep -q 'pass rate by strategy' term.txt
check "terminal shows pass rate by family" grep -q 'pass rate by family' term.txt
check "terminal names the strategy that breaks each model most" \
	sh -c "grep -q 'b64leak: base64 (pass rate 0.000 over 64 items)' term.txt &&
		grep -q 'indirect: translation' term.txt && grep -q 'refuser: plain' term.txt"
"$TRILEMMA" report --db s.db --format md > r.md 2>&1
check "markdown report names the strategy that breaks each model most" \
	sh -c "grep -q 'pass rate by strategy' r.md && grep -q '^- b64leak: base64 (pass rate 0.000 over 64 items)' r.md"
done_tests
