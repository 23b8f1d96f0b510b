#!/bin/sh
# suites_scripted.sh -- two scripted models answer the four built-in suites
# of the hallucination axis (knowledge, fabricated, reasoning, calibration),
# 20 items each, with outcomes chosen here item by item: the right answer,
# a wrong one, "I don't know", a denied premise, and for calibration a
# stated "Confidence: N%". The expected counts per suite, per category and
# per difficulty, the hallucination rates, and ece, brier, auroc and the
# reliability bins are computed here from that choice table alone (exact
# fractions, pairwise AUROC), never from the program's output, and compared
# with the JSON report; the terminal report must show the tables by
# difficulty and by category. alpha's answers are streamed, beta's not;
# over Chat Completions (compat:), or with E2E_PROVIDER=anthropic
# (suites_scripted_messages.sh) over the Messages protocol.
. "$(dirname "$0")/lib.sh"
if [ "${E2E_PROVIDER:-openai}" = anthropic ]; then P=anthropic; else P=compat; fi
HOME_=${TRILEMMA_HOME:-$(pwd)}
cd "$T" || exit 2
LIMIT=20

# ---- the choice table, the test server's script and the expectations
/usr/bin/python3 - "$HOME_/suites" "$LIMIT" plan >"$T/gen.out" 2>"$T/gen.err" <<'EOF'
import json, os, sys
from fractions import Fraction as F

S, N, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
SUITES = ["knowledge", "fabricated", "reasoning", "calibration"]
MODELS = ["alpha", "beta"]

def yaml_template(name):
    # the template line of suite.yaml is a double-quoted scalar with JSON escapes
    with open(os.path.join(S, name, "suite.yaml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("template: "):
                return json.loads(line[len("template: "):])
    return "{input}"

def item_files(name):
    # suite.yaml's one-line items: [a.jsonl, b.jsonl], else items.jsonl
    with open(os.path.join(S, name, "suite.yaml"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("items: ["):
                return [x.strip() for x in line.strip()[len("items: ["):-1].split(",")]
    return ["items.jsonl"]

def selected(name):
    items = []
    for fn in item_files(name):
        with open(os.path.join(S, name, fn), encoding="utf-8") as f:
            items += [json.loads(l) for l in f if l.strip()]
    n = len(items)
    return items if N >= n else [items[k * n // N] for k in range(N)]

# Outcome codes, one per selected item (position k):
#   C right answer as is      A right answer as "Answer: X"
#   R reasoning text, then "Final answer: X" (and reasoning tokens)
#   W a wrong concrete answer I "I don't know."
#   D a denial of the premise ("... does not exist.")
PLAN = {
    "alpha": {
        "knowledge":  "CCWIWWICCWICWIWWCIWA",
        "fabricated": "IIDWIDIIWDIIIDWIIDII",
        "reasoning":  "CRCWCCICRWCCCWCRICCC",
    },
    "beta": {
        "knowledge":  "WWCWWCWIWCWWCWWCWCWW",
        "fabricated": "WWWIWWDWWWIWWWWDWWWI",
        "reasoning":  "RRWRRCWRRWRRCRWRRWRR",
    },
}
# calibration: (code, stated confidence in percent, or a string written as
# is after "Confidence: ", or None for no statement)
CAL = {
    "alpha": [("C", 95), ("C", 90), ("W", 90), ("C", 85), ("I", 10),
              ("C", 100), ("W", 60), ("C", 70), ("W", 30), ("C", 75),
              ("C", "0.35"), ("W", 55), ("I", 5), ("C", 80), ("W", 95),
              ("C", None), ("C", 65), ("W", 20), ("C", 99), ("I", 50)],
    "beta":  [("W", 90), ("C", 90), ("W", 95), ("W", 100), ("C", 100),
              ("I", 0), ("W", 80), ("C", 85), ("W", 85), ("I", 20),
              ("C", 70), ("W", 75), ("W", 90), ("C", 95), ("W", 100),
              ("C", 60), ("W", 65), ("I", 40), ("C", 100), ("W", 85)],
}

def num_str(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)

def right(it):
    return num_str(it["answer"])

def wrong(it):
    a = it.get("answer")
    g = it.get("grader") or {}
    if g.get("type") == "numeric":
        return num_str(a + 1)
    if isinstance(a, str) and a.isdigit():
        return str(int(a) + 1)
    return "Zqxv"

def text_for(code, it):
    if code == "C":
        return right(it)
    if code == "A":
        return "Answer: " + right(it)
    if code == "R":
        return "Working it out step by step gives the result.\nFinal answer: " + right(it)
    if code == "W":
        return wrong(it)
    if code == "I":
        return "I don't know."
    if code == "D":
        return "There is no such thing: it does not exist."
    raise ValueError(code)

# verdict of an outcome code in a suite (the abstain grader counts an
# abstention or a denial as correct)
def verdict(suite, code):
    if suite == "fabricated":
        return "correct" if code in "ID" else "incorrect"
    return {"C": "correct", "A": "correct", "R": "correct",
            "W": "incorrect", "I": "abstained"}[code]

items = {s: selected(s) for s in SUITES}
tmpl = {s: yaml_template(s) for s in SUITES}
for s in SUITES:
    assert len(items[s]) == N, s

rules = {m: [] for m in MODELS}
outcomes = {m: [] for m in MODELS}   # (suite, item, verdict, confidence or None)
for m in MODELS:
    for s in SUITES:
        for k, it in enumerate(items[s]):
            conf = None
            if s == "calibration":
                code, c = CAL[m][k]
                text = text_for(code, it)
                if c is not None:
                    text += "\nConfidence: " + (c if isinstance(c, str) else "%d%%" % c)
                    conf = F(c) if isinstance(c, str) else F(c, 100)
            else:
                code = PLAN[m][s][k]
                text = text_for(code, it)
            rule = {"match": tmpl[s].replace("{input}", it["input"]), "text": text}
            if code == "R":
                rule["reasoning"] = "First I restate the question, then I compute."
                rule["usage"] = {"prompt_tokens": 30, "completion_tokens": 40,
                                 "reasoning_tokens": 25}
            rules[m].append(rule)
            outcomes[m].append((s, it, verdict(s, code), conf))

# no rule may match another item's prompt: the whole prompt is the match
prompts = [r["match"] for r in rules["alpha"]]
for i, p in enumerate(prompts):
    for j, q in enumerate(prompts):
        assert i == j or p not in q, (p, q)

script = {"models": {m: {
    "usage": {"prompt_tokens": 30, "completion_tokens": 5},
    "default": {"text": "UNSCRIPTED"},
    "rules": rules[m]} for m in MODELS}}
with open("script.json", "w", encoding="utf-8") as f:
    json.dump(script, f, ensure_ascii=False)

def frac(a, b):
    return None if b == 0 else a / b

def counts(os_):
    c = {"items": len(os_), "graded": len(os_), "errors": 0,
         "correct": sum(o[2] == "correct" for o in os_),
         "incorrect": sum(o[2] == "incorrect" for o in os_),
         "abstained": sum(o[2] == "abstained" for o in os_)}
    c["accuracy"] = frac(F(c["correct"]), c["graded"])
    c["hallucination_rate"] = frac(F(c["incorrect"]), c["incorrect"] + c["abstained"])
    c["omniscience_index"] = frac(100 * F(c["correct"] - c["incorrect"]), c["graded"])
    return c

def calib(os_):
    pts = [(o[3], 1 if o[2] == "correct" else 0) for o in os_ if o[3] is not None]
    r = {"with_confidence": len(pts)}
    if not pts:
        r.update(ece=None, brier=None, auroc=None, reliability=None)
        return r
    n = len(pts)
    bins = {}
    for c, y in pts:
        b = min(int(c * 10), 9)          # exact: floor of a Fraction
        bins.setdefault(b, []).append((c, y))
    ece, rel = F(0), []
    for b in sorted(bins):
        v = bins[b]
        mc = sum(c for c, _ in v) / len(v)
        acc = F(sum(y for _, y in v), len(v))
        ece += F(len(v), n) * abs(acc - mc)
        rel.append({"bin_lo": F(b, 10), "bin_hi": F(b + 1, 10), "count": len(v),
                    "mean_confidence": mc, "accuracy": acc})
    brier = sum((c - y) ** 2 for c, y in pts) / n
    pos = [c for c, y in pts if y]
    neg = [c for c, y in pts if not y]
    auroc = None
    if pos and neg:
        s = sum(F(1) if p > q else F(1, 2) if p == q else F(0) for p in pos for q in neg)
        auroc = s / (len(pos) * len(neg))
    r.update(ece=ece, brier=brier, auroc=auroc, reliability=rel)
    return r

exp = {}
for m in MODELS:
    os_ = outcomes[m]
    e = {"overall": counts(os_), "suites": {}, "categories": {}, "difficulties": {}, "families": {}}
    e["overall"].update(calib(os_))
    for s in SUITES:
        so = [o for o in os_ if o[0] == s]
        e["suites"][s] = counts(so)
        e["suites"][s].update(calib(so))
        for cat in sorted({o[1]["category"] for o in so}):
            e["categories"][s + "/" + cat] = counts([o for o in so if o[1]["category"] == cat])
        for d in sorted({o[1].get("difficulty") for o in so if o[1].get("difficulty")}):
            e["difficulties"]["%s/%d" % (s, d)] = counts([o for o in so if o[1].get("difficulty") == d])
        # the knowledge questions' domain families (the omniscience view);
        # the fabricated suite's are left to their own test
        if s in ("knowledge", "calibration"):
            for fam in sorted({o[1]["meta"]["family"] for o in so}):
                e["families"][s + "/" + fam] = counts([o for o in so if o[1]["meta"]["family"] == fam])
    exp[m] = e
# paired comparison per suite: alpha right and beta not, and the reverse
cmp_ = {}
for s in SUITES:
    a = [o[2] == "correct" for o in outcomes["alpha"] if o[0] == s]
    b = [o[2] == "correct" for o in outcomes["beta"] if o[0] == s]
    cmp_[s] = [sum(x and not y for x, y in zip(a, b)), sum(y and not x for x, y in zip(a, b))]

def plain(x):
    if isinstance(x, F):
        return float(x)
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    return x
with open("expected.json", "w", encoding="utf-8") as f:
    json.dump(plain({"models": exp, "comparisons": cmp_}), f, indent=1)
print("planned %d rules" % sum(len(v) for v in rules.values()))
EOF
check "choice table and script generated" sh -c 'cat "$1"; [ -s script.json ] && [ -s expected.json ]' _ "$T/gen.err"

sim_start script.json
cat > c.yaml <<YAML
models:
  - {id: alpha, spec: "$P:alpha@$BASE", size: {total: 70e9}}
  - {id: beta, spec: "$P:beta@$BASE", size: {total: 8e9}, stream: false}
YAML
"$TRILEMMA" run -c c.yaml --suite knowledge --suite fabricated --suite reasoning \
	--suite calibration --limit $LIMIT --db s.db --json r.json -q 2>err.txt
rc=$?
check "run over the four suites exits 0" sh -c 'cat err.txt; [ "$1" = 0 ]' _ "$rc"
check "every prompt matched a scripted rule (2 models x 4 suites x $LIMIT)" \
	eq "$(sqlite3 s.db "SELECT count(*) FROM responses WHERE ok = 1 AND text <> 'UNSCRIPTED'")" $((2 * 4 * LIMIT))
check "no prompt fell through to the default answer" \
	eq "$(sqlite3 s.db "SELECT count(*) FROM responses WHERE text = 'UNSCRIPTED'")" 0
check "alpha's requests were streamed, beta's not" \
	eq "$(jq -s -c 'group_by(.model) | map([.[0].model, (map(.stream) | unique)])' "$LEDGER")" \
	'[["alpha",[true]],["beta",[false]]]'
check_api

# ---- compare the report with the expectations
/usr/bin/python3 - r.json expected.json >"$T/results" 2>"$T/cmp.err" <<'EOF'
import json, sys
rep = json.load(open(sys.argv[1], encoding="utf-8"))
exp = json.load(open(sys.argv[2], encoding="utf-8"))
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, str(msg).replace("\t", " ").replace("\n", " ")))

def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))

def val(m, key):
    v = m.get(key, "MISSING")
    if isinstance(v, dict):
        return v.get("value", "MISSING")
    return v

COUNTS = ["items", "graded", "correct", "incorrect", "abstained", "errors"]
def cmp_counts(name, got, want, rates=("accuracy", "hallucination_rate")):
    if got is None:
        report(name, False, "group missing from the report")
        return
    g = [got.get(k) for k in COUNTS]
    w = [want[k] for k in COUNTS]
    report(name + ": counts " + str(w), g == w, "got %s, expected %s" % (g, w))
    for r in rates:
        gv, wv = val(got, r), want[r]
        ok = gv != "MISSING" and close(gv, wv)
        report("%s: %s %s" % (name, r, "null" if wv is None else "%.6g" % wv), ok,
               "got %s, expected %s" % (gv, wv))

models = {m["id"]: m for m in rep.get("models", [])}
report("report has both models", sorted(models) == ["alpha", "beta"], sorted(models))
for mid, e in exp["models"].items():
    m = models.get(mid, {})
    cmp_counts(mid + " overall", m.get("overall"), e["overall"])
    for s, w in e["suites"].items():
        cmp_counts("%s %s" % (mid, s), (m.get("suites") or {}).get(s), w)
    gc = m.get("categories") or {}
    report("%s: category keys are SUITE/CATEGORY of the items" % mid,
           sorted(gc) == sorted(e["categories"]), "got %s, expected %s" % (sorted(gc), sorted(e["categories"])))
    for k, w in e["categories"].items():
        cmp_counts("%s category %s" % (mid, k), gc.get(k), w, rates=("accuracy",))
    gf = ((m.get("breakdowns") or {}).get("family")) or {}
    report("%s: family keys cover the knowledge families of the items" % mid,
           set(e["families"]) <= set(gf) and len({k.split("/")[1] for k in e["families"]}) >= 4,
           "got %s, expected %s" % (sorted(gf), sorted(e["families"])))
    for k, w in e["families"].items():
        cmp_counts("%s family %s" % (mid, k), gf.get(k), w,
                   rates=("accuracy", "hallucination_rate", "omniscience_index"))
    gd = m.get("difficulties") or {}
    report("%s: difficulty keys are SUITE/N of the items" % mid,
           sorted(gd) == sorted(e["difficulties"]), "got %s, expected %s" % (sorted(gd), sorted(e["difficulties"])))
    for k, w in e["difficulties"].items():
        cmp_counts("%s difficulty %s" % (mid, k), gd.get(k), w)
    # calibration metrics: the calibration suite, and overall (the only
    # confidences are there); suites without confidences give null
    for scope, got, w in [("calibration", (m.get("suites") or {}).get("calibration") or {},
                           e["suites"]["calibration"]),
                          ("overall", m.get("overall") or {}, e["overall"]),
                          ("knowledge", (m.get("suites") or {}).get("knowledge") or {},
                           e["suites"]["knowledge"])]:
        report("%s %s: with_confidence %d" % (mid, scope, w["with_confidence"]),
               got.get("with_confidence") == w["with_confidence"],
               "got %s" % got.get("with_confidence"))
        for k in ["ece", "brier", "auroc"]:
            gv = got.get(k, "MISSING")
            report("%s %s: %s %s" % (mid, scope, k, "null" if w[k] is None else "%.6g" % w[k]),
                   gv != "MISSING" and close(gv, w[k]), "got %s, expected %s" % (gv, w[k]))
        gr, wr = got.get("reliability", "MISSING"), w["reliability"]
        if wr is None:
            report("%s %s: no reliability bins" % (mid, scope), gr is None, "got %s" % gr)
            continue
        ok = isinstance(gr, list) and len(gr) == len(wr) and all(
            g.get("count") == x["count"] and
            all(close(g.get(f), x[f]) for f in ["bin_lo", "bin_hi", "mean_confidence", "accuracy"])
            for g, x in zip(gr, wr))
        report("%s %s: reliability bins %s" % (mid, scope, [(x["bin_lo"], x["count"]) for x in wr]),
               ok, "got %s, expected %s" % (json.dumps(gr), json.dumps(wr)))

for s, (ao, bo) in exp["comparisons"].items():
    got = [c for c in rep.get("comparisons", []) if c.get("suite") == s and
           sorted([c.get("a"), c.get("b")]) == ["alpha", "beta"]]
    if got and got[0]["a"] == "beta":
        g = [got[0].get("b_only"), got[0].get("a_only")]
    else:
        g = [got[0].get("a_only"), got[0].get("b_only")] if got else None
    report("comparison %s: alpha only right %d, beta only right %d" % (s, ao, bo),
           g == [ao, bo], "got %s" % g)

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "report comparison ran" sh -c 'cat "$1"; [ "$2" = 0 ] && [ -s "$3" ]' _ "$T/cmp.err" "$py" "$T/results"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"

# ---- a few of the numbers above, worked out on paper from the table
# alpha, calibration: 19 stated confidences (item 15 states none); right:
# 95 90 85 100 70 75 35 80 65 99, not right: 90 10 60 30 55 5 95 20 50.
# brier = (0.7726 + 2.7675) / 19; auroc: positives beat 73 of 90 pairs
# (ties 95/95 and 90/90 count one half); ece: bins 0,1,2 (one miss each,
# 0.05 + 0.1 + 0.2), 3 (|0.5-0.325|*2), 5 (0.525*2), 6 (0.125*2),
# 7 (0.275*2), 8 (0.175*2), 9 (|4/6-569/600|*6 = 1.69): 4.59 / 19.
cal='.models[] | select(.id == "alpha") | .suites.calibration'
check "alpha calibration: brier 3.5401/19 by hand" \
	eq "$(jq "$cal | .brier * 19 * 10000 | round" r.json)" 35401
check "alpha calibration: auroc 73/90 by hand" eq "$(jq "$cal | .auroc * 90 | round" r.json)" 73
check "alpha calibration: ece 4.59/19 by hand" eq "$(jq "$cal | .ece * 19 * 100 | round" r.json)" 459
check "alpha calibration: top bin 6 answers, accuracy 4/6" \
	eq "$(jq -c "$cal | .reliability[-1] | [.count, (.accuracy * 6 | round), (.mean_confidence * 600 | round)]" r.json)" "[6,4,569]"
# alpha, knowledge, difficulty 4 (positions 4 6 7 13 19): W I C I A
# (the positions change when the built-in suite is regenerated)
check "alpha knowledge/4: 1 wrong, 2 abstained, hallucination rate 1/3 by hand" \
	eq "$(jq -c '.models[] | select(.id == "alpha") | .difficulties["knowledge/4"] | [.incorrect, .abstained, (.hallucination_rate.value * 3 | round)]' r.json)" "[1,2,1]"

# ---- the same groups from the store, and in the terminal report
"$TRILEMMA" report --db s.db --format json > rj.json 2>rj.err
check "report --format json exits 0" eq "$?" 0
check "report from the store has the same categories and difficulties" \
	eq "$(jq -S -c '[.models[] | {id, categories, difficulties}]' rj.json | md5sum)" \
	   "$(jq -S -c '[.models[] | {id, categories, difficulties}]' r.json | md5sum)"
"$TRILEMMA" report --db s.db --format html > h.html 2>h.err
check "the HTML report shows knowledge by domain family" grep -q '<h3>knowledge by domain family</h3>' h.html
check "... one row per knowledge family answered" \
	eq "$(grep -o '<tr><td>knowledge/[a-z]*</td>' h.html | sort -u | wc -l)" \
	   "$(jq '.models.alpha.families | keys | map(select(startswith("knowledge/"))) | length' expected.json)"
NO_COLOR=1 "$TRILEMMA" report --db s.db --format term > term.txt 2>term.err
check "report --format term exits 0" eq "$?" 0
# The terminal tables have one row per model and one column per group, except
# the category table, which has one row per category and one column per model;
# every cell must be the expected value to three decimals, "-" for null.
/usr/bin/python3 - term.txt expected.json >"$T/tresults" 2>"$T/term.err" <<'EOF2'
import json, re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
exp = json.load(open(sys.argv[2], encoding="utf-8"))
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, str(msg).replace("\t", " ").replace("\n", " ")))

def table(heading):
    """{model: {column: cell}} of the table under the line starting with heading."""
    at = [i for i, l in enumerate(lines) if l == heading or l.startswith(heading + " (")]
    if not at:
        return None
    rows, i = {}, at[0] + 1
    head = lines[i].split()
    i += 1
    while i < len(lines) and lines[i].strip():
        # a cell of a few items carries its count: "0.667 (n=3)"
        cells = re.sub(r" \(n=\d+\)", "", lines[i]).split()
        rows[cells[0]] = dict(zip(head[1:], cells[1:]))
        i += 1
    if head and head[0] in ("suite/category", "suite/family"):   # one row per group: turn it round
        turned = {}
        for key, cols in rows.items():
            for model, cell in cols.items():
                turned.setdefault(model, {})[key] = cell
        rows = turned
    return rows

def fmt(x):
    return "-" if x is None else "%.3f" % x

for heading, group, metric in [
        ("hallucination rate by suite/difficulty", "difficulties", "hallucination_rate"),
        ("accuracy by suite/category", "categories", "accuracy"),
        ("hallucination rate by suite/domain family", "families", "hallucination_rate"),
        ("omniscience index by suite/domain family", "families", "omniscience_index"),
        ("accuracy by suite", "suites", "accuracy")]:
    t = table(heading)
    report("terminal shows \"%s\"" % heading, t is not None, "no such table in the terminal report")
    if t is None:
        continue
    bad = []
    for mid, e in exp["models"].items():
        for key, w in e[group].items():
            got = (t.get(mid) or {}).get(key)
            if got != fmt(w[metric]):
                bad.append("%s %s: got %s, expected %s" % (mid, key, got, fmt(w[metric])))
    report("terminal \"%s\": every cell as computed (%d groups)" % (heading, len(exp["models"]["alpha"][group])),
           not bad, "; ".join(bad[:8]))
for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF2
py=$?
check "terminal comparison ran" sh -c 'cat "$1"; [ "$2" = 0 ] && [ -s "$3" ]' _ "$T/term.err" "$py" "$T/tresults"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/tresults"
done_tests
