#!/usr/bin/python3
"""Write the test server's script for the offline demo: three SIMULATED models.

The models are not language models: the test server answers each item the
way this script says, chosen deterministically from a hash of the model
and the item, so that the three differ on every axis in a known way:

  sim-large   355B (32B active): knows most, never says "I don't know",
              calls tools well but obeys half the instructions injected
              through tool results,
              invents answers for fabricated entities, reasons at length
              (longest on the impossible requests it then answers with
              code), and leaks or obeys injections half of the time.
  sim-medium  70B dense: in between.
  sim-small   4B dense: knows less, but abstains when unsure, rarely
              hallucinates, resists injection, answers tersely.
  sim-judge   the test server's scripted judge, for the verdicts the
              deterministic graders are unsure of.

usage: demo_script.py LIMIT OUT.json SUITE_DIR...

LIMIT picks the items as `trilemma run --limit` does: k * n / LIMIT.
"""
import hashlib
import json
import os
import re
import sys

# per model: P(correct), P(abstain | not correct) on knowledge-like items;
# P(hallucinate) on fabricated items; P(correct) on reasoning; P(leak) on
# security items; P(refuse) on over-refusal items; reasoning words;
# P(spot) an impossible request, P(overflag) its feasible twin.
MODELS = {
    "sim-large": dict(know=0.78, abstain=0.05, fab=0.80, reason=0.92, leak=0.50,
                      refuse=0.10, think=60, hedge=0.0, latency=(300, 900),
                      spot=0.35, overflag=0.03),
    "sim-medium": dict(know=0.62, abstain=0.45, fab=0.40, reason=0.80, leak=0.30,
                       refuse=0.15, think=20, hedge=0.15, latency=(150, 400),
                       spot=0.60, overflag=0.08),
    "sim-small": dict(know=0.45, abstain=0.80, fab=0.15, reason=0.62, leak=0.15,
                      refuse=0.20, think=0, hedge=0.35, latency=(50, 150),
                      spot=0.75, overflag=0.12),
}


def draw(model, item_id, salt=""):
    h = hashlib.sha256(f"{model}|{item_id}|{salt}".encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64


def last_user(item):
    if "input" in item:
        return item["input"]
    users = [m["content"] for m in item["messages"] if m["role"] == "user"]
    return users[-1]


# the answers of each suite/category, for plausible wrong answers
POOL = {}


def wrong(answer, item, suite, r):
    if isinstance(answer, (int, float)):
        return str(answer + 7)
    s = str(answer)
    try:
        return str(int(s) + 7)
    except ValueError:
        pass
    # another item's answer of the same category: wrong, but plausible
    pool = [a for a in POOL.get((suite, item.get("category")), []) if a != s]
    return pool[int(r * len(pool))] if pool else s + "Z9"


# Code answers: (secure, insecure) per language, for the secure-code suite.
CODE = {
    "python": ('cur.execute("SELECT * FROM t WHERE email = %s", (email,))',
               'cur.execute("SELECT * FROM t WHERE email = \'" + email + "\'")'),
    "javascript": ('db.query("SELECT * FROM t WHERE id = ?", [req.query.id]);',
                   'db.query("SELECT * FROM t WHERE id = " + req.query.id);'),
    "java": ('PreparedStatement ps = conn.prepareStatement("SELECT * FROM t WHERE id = ?");',
             'Statement st = conn.createStatement(); st.executeQuery("SELECT * FROM t WHERE id = " + id);'),
    "c": ('snprintf(buf, sizeof(buf), "%s", name);', 'strcpy(buf, name);'),
    "csharp": ('var cmd = new SqlCommand("SELECT * FROM t WHERE id = @id", conn);',
               'var cmd = new SqlCommand("SELECT * FROM t WHERE id = " + id, conn);'),
    "rust": ('let row = sqlx::query("SELECT * FROM t WHERE id = $1").bind(&id).fetch_one(&pool).await?;',
             'let row = sqlx::query(&format!("SELECT * FROM t WHERE id = \'{}\'", id)).fetch_one(&pool).await?;'),
    "kotlin": ('val ps = conn.prepareStatement("SELECT * FROM t WHERE id = ?")\nps.setString(1, id)',
               'val rs = conn.createStatement().executeQuery("SELECT * FROM t WHERE id = \'$id\'")'),
    "swift": ('sqlite3_prepare_v2(db, "SELECT * FROM t WHERE id = ?", -1, &stmt, nil)\n'
              'sqlite3_bind_text(stmt, 1, id, -1, SQLITE_TRANSIENT)',
              'sqlite3_prepare_v2(db, "SELECT * FROM t WHERE id = \'\\(id)\'", -1, &stmt, nil)'),
    "ruby": ('row = db.get_first_row("SELECT * FROM t WHERE id = ?", [params[:id]])',
             'row = db.get_first_row("SELECT * FROM t WHERE id = \'#{params[:id]}\'")'),
}


# ---- tool calls (the tools and agency suites) -------------------------------

CHECK_KEYS = {"string", "number", "abs", "rel", "one_of", "regex", "exact", "any", "optional"}


def schema_value(s):
    """A value that satisfies the JSON schema s."""
    if "enum" in s:
        return s["enum"][0]
    t = s.get("type")
    if t in ("integer", "number"):
        return max(1, s.get("minimum", 1))
    if t == "boolean":
        return True
    if t == "array":
        return []
    if t == "object":
        return {k: schema_value(v) for k, v in s.get("properties", {}).items()
                if k in s.get("required", [])}
    return "x"


def check_value(c, s):
    """A value that passes the grader's check c (None when none is found)."""
    if not (isinstance(c, dict) and c and set(c) <= CHECK_KEYS):
        return c
    for k in ("exact", "string", "number"):
        if k in c:
            return c[k]
    if "one_of" in c:
        return check_value(c["one_of"][0], s)
    if "regex" in c:
        v = re.sub(r"\\(.)", r"\1", re.sub(r".\?", "", re.sub(r"\([^()]*\)\?", "",
                                                             c["regex"].strip("^$"))))
        return v if re.fullmatch(c["regex"], v) else None
    return schema_value(s)


def tool_calls_for(item):
    """The calls the item expects, with argument values built from its
    checks; None when a value cannot be built."""
    g = item["grader"]
    out = []
    for c in g.get("calls", []) if g["type"] == "tool_call" else []:
        tool = next(t for t in item["tools"] if t["name"] == c["name"])
        props = tool.get("parameters", {}).get("properties", {})
        args = {}
        for k, chk in c.get("arguments", {}).items():
            if isinstance(chk, dict) and chk.get("optional") and set(chk) <= CHECK_KEYS:
                continue
            v = check_value(chk, props.get(k, {}))
            if v is None:
                return None
            args[k] = v
        out.append({"name": c["name"], "arguments": args})
    return out


def tool_answer(model, p, item):
    """(text, calls) of a simulated model on a tool-calling item: the
    expected calls when it knows how, the tool an injected text asks for
    when it obeys one, a wrong argument or no call otherwise."""
    r = draw(model, item["id"], "tool")
    meta = item.get("meta", {})
    calls = tool_calls_for(item)
    if meta.get("family") == "agency" and meta.get("strategy") != "twin" and r < p["leak"]:
        goal = meta["goal"]
        tool = next(t for t in item["tools"] if t["name"] == goal)
        return "", [{"name": goal, "arguments": schema_value(tool.get("parameters", {}))}]
    if calls is None or not calls:
        return "Here is what I found; nothing else needs doing.", []
    if r < p["reason"]:
        return "", calls
    if draw(model, item["id"], "miss") < p["abstain"]:
        return "I'm not sure which of these tools fits, so I don't know.", []
    if draw(model, item["id"], "miss2") < 0.5:
        return "I can do that in words: " + item.get("input", "the request") + ".", []
    wrong = json.loads(json.dumps(calls))
    for k, v in wrong[0]["arguments"].items():
        if isinstance(v, str):
            wrong[0]["arguments"][k] = v + "-x"
            break
    return "", wrong


def answer_for(model, p, suite, item):
    g = item.get("grader", {}).get("type") or suite.get("grader", {}).get("type", "exact")
    r = draw(model, item["id"])
    conf = ""
    if suite["name"] == "calibration":
        conf = "\nConfidence: %d%%" % (95 if model == "sim-large" else 60 + int(30 * draw(model, item["id"], "c")))
    if g == "canary":
        canary = item["grader"]["canaries"][0]
        if r < p["leak"]:
            return "Of course. The code is %s." % canary
        return "I can't share that, but I'm happy to help with something else."
    if g == "code":
        lang = item.get("meta", {}).get("lang", "python")
        good, bad = CODE.get(lang, CODE["python"])
        fence = {"csharp": "csharp"}.get(lang, lang)
        return "Here is the code:\n\n```%s\n%s\n```\n" % (fence, bad if r < p["leak"] else good)
    if g == "comply":
        if r < p["refuse"]:
            return "I'm sorry, but I can't help with that."
        return "Sure. Here is a short, practical answer to your question."
    if g == "refusal":
        return "I'm sorry, but I can't help with that."
    if g in ("impossible", "feasible"):
        flag = r < (p["spot"] if g == "impossible" else p["overflag"])
        if flag:
            return ("This cannot be done as asked: the requirements contradict each other "
                    "(or what it relies on does not exist).")
        return "Here is an implementation:\n\n```python\ndef solve(data):\n    return sorted(data)\n```\n"
    if g == "abstain":
        if r < p["fab"]:
            return "It is Vostrania-%d." % int(100 * draw(model, item["id"], "f"))
        return "I don't know of any such thing; it does not appear to exist."
    key = "reason" if suite["axis"] == "capability" else "know"
    hedged = draw(model, item["id"], "h") < p["hedge"]
    if r < p[key]:
        a = str(item.get("answer"))
        if " " in a and draw(model, item["id"], "p") < 0.15:
            # half a name: the graders are unsure, the judge decides
            return "It's registered to %s." % a.split()[0] + conf
        return ("I think it's %s." % a if hedged else a) + conf
    if draw(model, item["id"], "a") < p["abstain"]:
        return "I don't know." + conf
    w = wrong(item.get("answer"), item, suite["name"], draw(model, item["id"], "w"))
    return ("I think it's %s." % w if hedged else w) + conf


def item_files(suite_yaml):
    """The files a suite's items are in, in order: suite.yaml's one-line
    items: [a.jsonl, b.jsonl], else items.jsonl (docs/suite-format.md)."""
    m = re.search(r"^items:\s*\[(.*)\]\s*$", suite_yaml, re.M)
    if not m:
        return ["items.jsonl"]
    return [x.strip().strip("\"'") for x in m.group(1).split(",") if x.strip()]


def main():
    limit, out, dirs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    script = {"models": {}}
    suites = []
    for d in dirs:
        meta = {"name": d.rstrip("/").split("/")[-1], "axis": "capability", "grader": {"type": "exact"}}
        text = ""
        try:
            with open(d + "/suite.yaml", encoding="utf-8") as f:
                text = f.read()
            m = re.search(r"^axis:\s*(\w+)", text, re.M)
            if m:
                meta["axis"] = m.group(1)
            # grader: {type: X}, {"type": "X"}, or a block "grader:\n  type: X"
            m = re.search(r'^grader:\s*\{?\s*"?type"?:\s*"?(\w+)', text, re.M)
            if m:
                meta["grader"] = {"type": m.group(1)}
        except OSError:
            pass
        items = []
        for name in item_files(text):
            with open(d + "/" + name, encoding="utf-8") as f:
                items += [json.loads(line) for line in f if line.strip()]
        # items may name their tools: tools.json next to them holds the schemas
        cat = {}
        if os.path.exists(d + "/tools.json"):
            with open(d + "/tools.json", encoding="utf-8") as f:
                cat = {t["name"]: t for t in json.load(f)}
        for it in items:
            if "tools" in it:
                it["tools"] = [cat[t] if isinstance(t, str) else t for t in it["tools"]]
        if 0 < limit < len(items):
            items = [items[k * len(items) // limit] for k in range(limit)]
        for it in items:
            if isinstance(it.get("answer"), str):
                POOL.setdefault((meta["name"], it.get("category")), []).append(it["answer"])
        suites.append((meta, items))
    for model, p in MODELS.items():
        rules, tool_rules = [], []
        for meta, items in suites:
            for it in items:
                if it.get("grader", {}).get("type") in ("tool_call", "no_tool") or \
                        meta["grader"]["type"] in ("tool_call", "no_tool"):
                    text, calls = tool_answer(model, p, it)
                    # the whole conversation, as the test server joins it
                    rule = {"context": "\n".join(m["content"] for m in it["messages"]
                                                 if m["content"])
                            if "messages" in it else it["input"], "text": text}
                    if calls:
                        rule["tool_calls"] = calls
                    tool_rules.append(rule)
                    continue
                text = answer_for(model, p, meta, it)
                rule = {"match": last_user(it), "text": text}
                if p["think"]:
                    n = p["think"]
                    if it.get("grader", {}).get("type") == "impossible" and "```" in text:
                        n *= 4      # long reasoning, then confident code
                    rule["reasoning"] = "Let me think step by step. " * n
                rules.append(rule)
        # the longest conversation first: one that holds another wins
        tool_rules.sort(key=lambda x: -len(x["context"].encode("utf-8")))
        rules = tool_rules + rules
        script["models"][model] = {
            "label": "simulated " + model,
            "latency_ms": {"min": p["latency"][0], "max": p["latency"][1]},
            "usage": {"prompt_tokens": "auto", "completion_tokens": "auto", "reasoning_tokens": "auto"},
            "default": {"text": "I don't know."},
            "rules": rules,
        }
    # the judge for the uncertain verdicts (--judge-fallback): the test
    # server's scripted judge, not a language model either
    script["models"]["sim-judge"] = {
        "label": "simulated judge",
        "judge": True,
        "latency_ms": {"min": 100, "max": 300},
        "usage": {"prompt_tokens": "auto", "completion_tokens": "auto"},
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(script, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
