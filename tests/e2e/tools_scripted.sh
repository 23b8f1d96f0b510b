#!/bin/sh
# tools_scripted.sh -- five scripted models against the tool-calling suites
# (tools, agency), each over both protocols (Chat Completions and
# Messages) and both plain and streamed, get exactly the accuracy and
# security pass rates computed here from the items:
#   right    makes the expected calls (arguments built from the checks);
#            calls nothing where no call is expected;
#   wrong    makes the expected calls with the first required argument
#            changed; calls nothing where no call is expected;
#   extra    makes the expected calls and one more;
#   silent   answers in words and calls nothing;
#   obey     on an attack item, calls the tool the injected text asks for;
#            elsewhere, as right;
#   garbled  makes the expected calls with arguments that are not JSON
#            (kept as sent, graded wrong, never a failed request).
# Expected verdicts follow from each item's grader, by the rules of
# docs/graders.md written again here; the per-suite, per-category and
# per-strategy figures of the JSON report must equal them.
. "$(dirname "$0")/lib.sh"
cd "$T" || exit 2
PY=/usr/bin/python3
SUITES="${TRILEMMA_HOME:?run through tests/run.sh}/suites"
LIMIT=${TOOLS_LIMIT:-120}
names=""
for s in tools agency; do
	[ -f "$SUITES/$s/items.jsonl" ] && names="$names $s"
done

cat > gen.py <<'PY'
import json, re, sys

suites_dir, limit, out_script, out_expect = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
names = sys.argv[5:]
CHECK_KEYS = {"string", "number", "abs", "rel", "one_of", "regex", "exact", "any", "optional"}

def is_check(c):
    return isinstance(c, dict) and c and set(c) <= CHECK_KEYS

def schema_value(s):
    """A value that satisfies the schema s."""
    if "enum" in s:
        return s["enum"][0]
    t = s.get("type")
    if t == "integer":
        return max(1, int(s.get("minimum", 1)))
    if t == "number":
        return float(max(1, s.get("minimum", 1)))
    if t == "boolean":
        return True
    if t == "array":
        return []
    if t == "object":
        return {k: schema_value(v) for k, v in s.get("properties", {}).items()
                if k in s.get("required", [])}
    return "x"

def from_regex(p):
    """The plainest string an anchored regex of literals, optional groups
    and 'x?' accepts."""
    v = re.sub(r"\([^()]*\)\?", "", p.strip("^$"))
    v = re.sub(r"\\(.)", r"\1", re.sub(r".\?", "", v))
    return v if re.fullmatch(p, v) else None

def value_for(c, s):
    if not is_check(c):
        return c
    if "exact" in c:
        return c["exact"]
    if "string" in c:
        return c["string"]
    if "number" in c:
        return c["number"]
    if "one_of" in c:
        return value_for(c["one_of"][0], s)
    if "regex" in c:
        return from_regex(c["regex"])
    return schema_value(s)

def last_text(it):
    if "input" in it:
        return it["input"]
    return it["messages"][-1]["content"]

def conversation(it):
    if "input" in it:
        return it["input"]
    return "\n".join(m["content"] for m in it["messages"] if m["content"])

def tool(it, name):
    return next(t for t in it["tools"] if t["name"] == name)

def expected_calls(it):
    """The calls the right model makes, or None when one cannot be built."""
    g = it["grader"]
    if g["type"] == "no_tool":
        return []
    out = []
    for c in g["calls"]:
        props = tool(it, c["name"]).get("parameters", {}).get("properties", {})
        args = {}
        for k, chk in c.get("arguments", {}).items():
            if is_check(chk) and chk.get("optional"):
                continue
            v = value_for(chk, props.get(k, {}))
            if v is None:
                return None
            args[k] = v
        out.append({"name": c["name"], "arguments": args})
    return out

def other_value(v, s):
    """A value the schema s allows that differs from v, or None."""
    if "enum" in s:
        return next((e for e in s["enum"] if e != v), None)
    if isinstance(v, bool):
        return not v
    if isinstance(v, (int, float)):
        for w in (v + 1000, v + 10, v - 10, v + 1, v - 1):
            if s.get("minimum", w) <= w <= s.get("maximum", w):
                return w
        return None
    if isinstance(v, str):
        return "WRONG-" + v
    return None

def spare_tool(it):
    """An offered tool the grader neither expects nor forbids, else None."""
    g = it["grader"]
    used = {c["name"] for c in g.get("calls", [])} | set(g.get("forbidden", []))
    return next((t for t in it["tools"] if t["name"] not in used), None)

def plan(model, it):
    """(calls the model makes, expected verdict)."""
    g = it["grader"]
    calls = expected_calls(it)
    attack = it.get("meta", {}).get("family") == "agency" and it["meta"].get("strategy") != "twin"
    if model == "silent":
        return [], "correct" if g["type"] == "no_tool" else "incorrect"
    if model == "obey" and attack:
        bad = it["meta"]["goal"]
        c = {"name": bad, "arguments": schema_value(tool(it, bad).get("parameters", {}))}
        return [c], "incorrect"     # the goal tool is always forbidden
    if model in ("right", "obey"):
        return calls, "correct"
    if model == "garbled":
        if not calls:
            return [], "correct"
        return [{"name": c["name"], "arguments": '{"oops": '} for c in calls], "incorrect"
    if model == "wrong":
        if not calls:
            return [], "correct"
        c = json.loads(json.dumps(calls))
        props = tool(it, c[0]["name"])["parameters"].get("properties", {})
        for k in c[0]["arguments"]:
            w = other_value(c[0]["arguments"][k], props.get(k, {}))
            if w is not None:
                c[0]["arguments"][k] = w
                return c, "incorrect"
        raise SystemExit("no argument of %s can be made wrong" % it["id"])
    if model == "extra":
        sp = spare_tool(it)
        if sp is not None:
            c = (calls or []) + [{"name": sp["name"],
                                  "arguments": schema_value(sp.get("parameters", {}))}]
        elif calls:
            c = calls + [calls[0]]          # the first call twice
        else:
            return [], "correct"            # nothing to add: a no_tool item
        if g["type"] == "no_tool":
            return c, "correct" if "forbidden" in g and c[-1]["name"] not in g["forbidden"] \
                else "incorrect"
        if c[-1]["name"] in g.get("forbidden", []):
            return c, "incorrect"
        return c, "correct" if g.get("extra") == "allow" else "incorrect"
    raise SystemExit("unknown model " + model)

def pick(items):
    if 0 < limit < len(items):
        return [items[k * len(items) // limit] for k in range(limit)]
    return items

MODELS = ["right", "wrong", "extra", "silent", "obey", "garbled"]
items = []
def item_files(d):
    # suite.yaml's one-line items: [a.jsonl, b.jsonl], else items.jsonl
    try:
        with open(d + "/suite.yaml", encoding="utf-8") as f:
            m = re.search(r"^items:\s*\[(.*)\]\s*$", f.read(), re.M)
    except FileNotFoundError:
        m = None
    return [x.strip().strip("\"'") for x in m.group(1).split(",")] if m else ["items.jsonl"]

for name in names:
    its = []
    for fn in item_files("%s/%s" % (suites_dir, name)):
        with open("%s/%s/%s" % (suites_dir, name, fn), encoding="utf-8") as f:
            its += [json.loads(l) for l in f if l.strip()]
    # items may name their tools: tools.json next to them holds the schemas
    try:
        with open("%s/%s/tools.json" % (suites_dir, name), encoding="utf-8") as f:
            cat = {t["name"]: t for t in json.load(f)}
    except FileNotFoundError:
        cat = {}
    for it in its:
        if "tools" in it:
            it["tools"] = [cat[t] if isinstance(t, str) else t for t in it["tools"]]
    for it in pick(its):
        it["_suite"] = name
        items.append(it)

bad = []
script = {"models": {"silent": {"default": {"text": "I can answer that in words."}, "rules": []}}}
expect = {"_items": len(items)}
for m in MODELS:
    rules, per = [], {}
    for it in items:
        calls, verdict = plan(m, it)
        if calls is None and verdict is None:
            per[it["_suite"] + "/" + it["id"]] = None
            continue
        if calls is None:
            bad.append("%s: no argument value can be built for %s" % (m, it["id"]))
            continue
        per[it["_suite"] + "/" + it["id"]] = verdict
        if m != "silent":
            r = {"match": it["messages"][-1]["content"] if "input" not in it else it["input"]}
            if "input" not in it:
                r = {"context": conversation(it)}
            if calls:
                r["tool_calls"] = calls
            else:
                r["text"] = "Here is what I found; nothing else needs doing."
            rules.append(r)
    # the longest condition first, so that one that holds another wins
    rules.sort(key=lambda r: -len((r.get("match") or r.get("context")).encode("utf-8")))
    if m != "silent":
        script["models"][m] = {"default": {"text": "unscripted"}, "rules": rules}
    # the server's choice must be the intended one for every item
    for it in items:
        want = per.get(it["_suite"] + "/" + it["id"])
        if want is None or m == "silent":
            continue
        conv, last = conversation(it), last_text(it) if "input" in it else ""
        hit = next((r for r in rules if ("context" in r and r["context"] in conv) or
                    ("match" in r and r["match"] in last)), None)
        mine = plan(m, it)[0]
        if hit is None or hit.get("tool_calls", []) != mine:
            bad.append("%s: %s would get another item's answer" % (m, it["id"]))
    expect[m] = per
expect["_bad"] = bad
json.dump(script, open(out_script, "w", encoding="utf-8"), ensure_ascii=False)
json.dump(expect, open(out_expect, "w", encoding="utf-8"), indent=0, sort_keys=True)
PY

# cmp.py REPORT EXPECT ID MODEL: per suite, per category and (security
# suites) per strategy, correct and graded equal the expected verdicts.
cat > cmp.py <<'PY'
import json, sys
from collections import defaultdict
rep, exp, mid, model = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3], sys.argv[4]
items = {}
for s in sys.argv[5:]:
    for l in open(s, encoding="utf-8"):
        it = json.loads(l)
        items[s.split("/")[-2] + "/" + it["id"]] = it
m = next(x for x in rep["models"] if x["id"] == mid)
want = defaultdict(lambda: [0, 0])
for key, v in exp[model].items():
    if v is None:
        continue
    suite, it = key.split("/")[0], items[key]
    for g in ("suites/" + suite, "categories/%s/%s" % (suite, it.get("category"))):
        want[g][0] += v == "correct"
        want[g][1] += 1
    if it.get("meta", {}).get("strategy"):
        want["strategy/" + it["meta"]["strategy"]][0] += v == "correct"
        want["strategy/" + it["meta"]["strategy"]][1] += 1
bad = []
for g, (k, n) in sorted(want.items()):
    kind, name = g.split("/", 1)
    if kind == "strategy":
        got = ((m.get("security_report") or {}).get("strategy") or {}).get(name)
    else:
        got = m[kind].get(name)
    if not got or [got["correct"], got["graded"]] != [k, n]:
        bad.append("%s: %s, expected [%d, %d]" % (g, got and [got["correct"], got["graded"]], k, n))
if m["overall"]["errors"]:
    bad.append("%d errors" % m["overall"]["errors"])
for b in bad[:20]:
    print(b)
sys.exit(1 if bad else 0)
PY

"$PY" gen.py "$SUITES" "$LIMIT" script.json expect.json $names 2>gen.err
check "script and expected verdicts computed" eq "$?" 0
check "every item gets its intended scripted answer" eq "$(jq '._bad | length' expect.json)" 0
jq -r '._bad[]' expect.json | head -5
check "items of both suites taken" test "$(jq '._items' expect.json)" -ge 200

sim_start script.json
{
	echo "models:"
	for m in right wrong extra silent obey garbled; do
		echo "  - {id: $m, spec: \"compat:$m@$BASE\", stream: false}"
		echo "  - {id: $m-stream, spec: \"compat:$m@$BASE\", stream: true}"
		echo "  - {id: $m-msg, spec: \"anthropic:$m@$BASE\", stream: false}"
		echo "  - {id: $m-msg-stream, spec: \"anthropic:$m@$BASE\", stream: true}"
	done
	# extended thinking: the client leaves it out where the API refuses it
	# (after a transcript of tool calls), so every request is answered
	echo "  - {id: right-think, spec: \"anthropic:right@$BASE\", reasoning_effort: low}"
	echo "concurrency: 32"
} > c.yaml
set --
for s in $names; do set -- "$@" --suite "$s"; done
"$TRILEMMA" run -c c.yaml "$@" --limit "$LIMIT" --db t.db --json r.json -q 2>run.err
check "run exits 0" eq "$?" 0
files=""
for s in $names; do files="$files $(suite_item_files "$SUITES/$s" | tr '\n' ' ')"; done
for m in right wrong extra silent obey garbled; do
	check "$m: accuracy per suite, category and strategy as computed" "$PY" cmp.py r.json expect.json $m $m $files
	check "$m, streamed: the same" "$PY" cmp.py r.json expect.json $m-stream $m $files
	check "$m, Messages protocol: the same" "$PY" cmp.py r.json expect.json $m-msg $m $files
	check "$m, Messages protocol, streamed: the same" "$PY" cmp.py r.json expect.json \
		$m-msg-stream $m $files
done
check "Messages with extended thinking: the same figures, no failed request" "$PY" cmp.py \
	r.json expect.json right-think right $files
check "Messages requests went to /v1/messages" test \
	"$(jq -r 'select(.api == "anthropic") | .model' "$LEDGER" | sort -u | wc -l)" -ge 5
check "the right model has no fault, over either protocol" eq \
	"$(jq -c '[.models[] | select(.id == "right" or .id == "right-msg-stream") | .tool_calls.faults]' r.json)" "[{},{}]"
check "the silent model's faults are all no_call" eq \
	"$(jq -c '.models[] | select(.id == "silent") | .tool_calls.faults | keys' r.json)" '["no_call"]'
check "arguments that are not JSON: every fault invalid_json, over both protocols" eq \
	"$(jq -c '[.models[] | select(.id | startswith("garbled")) | .tool_calls.faults | keys] | unique' r.json)" \
	'[["invalid_json"]]'
check "the wrong model's faults are all wrong values" eq \
	"$(jq -c '.models[] | select(.id == "wrong") | .tool_calls.faults | keys' r.json)" '["wrong_value"]'
"$TRILEMMA" report --db t.db --format md >r.md 2>rep.err
check "the Markdown report has the tool-call tables" grep -q "tool calls: accuracy by kind" r.md
done_tests
