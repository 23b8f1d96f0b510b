#!/bin/sh
# suites_tools_truth.sh -- the tools suite: counts per kind, item format,
# every expected call against the offered tool's JSON schema, every code
# re-looked-up in the registries (iso-codes JSON, /usr/share/zoneinfo) and
# every computed value (dates, unit conversions) re-computed from the
# request, with lookups written here, independently of the generator.
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites

/usr/bin/python3 - "$S" "$(dirname "$0")" >"$T/results" 2>"$T/py.err" <<'EOF'
import datetime, json, os, re, sys
from collections import Counter

S = sys.argv[1]
sys.dont_write_bytecode = True   # nothing written into the tree
sys.path.insert(0, sys.argv[2])
from catalogue import resolve_tools
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, str(msg).replace("\t", " ").replace("\n", " ")[:300]))

with open(os.path.join(S, "tools", "items.jsonl"), encoding="utf-8") as f:
    raw = f.read()
F = [json.loads(l) for l in raw.splitlines()]

# items name their tools; tools.json next to them holds the schemas
resolve_tools(os.path.join(S, "tools"), F, report)
with open(os.path.join(S, "tools", "suite.yaml"), encoding="utf-8") as f:
    yml = f.read()

KINDS = ["simple", "multiple", "parallel", "multi-turn", "irrelevance"]
cats = Counter(i["category"] for i in F)
report("tools has >= 1500 items", len(F) >= 1500, len(F))
for k in KINDS:
    report("kind tools/%s has >= 150 items" % k, cats["tools/" + k] >= 150, cats["tools/" + k])
report("no other category", set(cats) <= {"tools/" + k for k in KINDS}, sorted(cats))
report("ids unique", len({i["id"] for i in F}) == len(F))
report("suite.yaml: name, axis, grader, template",
       '\nname: "tools"\n' in yml and "\naxis: capability\n" in yml
       and '\ngrader: {"type": "tool_call"}\n' in yml and '\ntemplate: "{input}"\n' in yml)
srcs = re.findall(r'\{package: "([^"]+)", version: "([^"]+)"\}', yml)
report("suite.yaml sources are installed packages at their versions", srcs and all(
    os.popen("dpkg-query -W -f='${Version}' %s 2>/dev/null" % p).read() == v for p, v in srcs), srcs)

# ---- item format
ORDER = ["id", "input", "messages", "tools", "tool_choice", "grader", "category", "difficulty", "meta"]
bad = []
for it in F:
    ks = list(it)
    if [k for k in ORDER if k in it] != ks or ("input" in it) == ("messages" in it):
        bad.append(it["id"])
    elif "input" in it and len(it["input"]) >= 600:
        bad.append(it["id"] + " long")
    elif not all(k in it["meta"] for k in ("family", "domain", "source", "source_version")):
        bad.append(it["id"] + " meta")
report("keys in order, input or messages, inputs under 600 characters, meta complete", not bad, bad[:5])

# ---- a JSON Schema validator for the keywords the format allows
ALLOWED = {"type", "properties", "required", "enum", "items", "minimum", "maximum",
           "description", "additionalProperties", "format"}
def schema_ok(s):
    if not isinstance(s, dict) or set(s) - ALLOWED:
        return False
    return all(schema_ok(v) for v in s.get("properties", {}).values()) and \
        ("items" not in s or schema_ok(s["items"]))

def valid(v, s):
    t = s.get("type")
    if t == "string" and not isinstance(v, str): return False
    if t == "integer" and (isinstance(v, bool) or not isinstance(v, int)): return False
    if t == "number" and (isinstance(v, bool) or not isinstance(v, (int, float))): return False
    if t == "boolean" and not isinstance(v, bool): return False
    if t == "array":
        if not isinstance(v, list): return False
        if "items" in s and not all(valid(x, s["items"]) for x in v): return False
    if t == "object":
        if not isinstance(v, dict): return False
        props = s.get("properties", {})
        if any(r not in v for r in s.get("required", [])): return False
        if s.get("additionalProperties") is False and set(v) - set(props): return False
        if not all(valid(v[k], props[k]) for k in v if k in props): return False
    if "enum" in s and v not in s["enum"]: return False
    if "minimum" in s and isinstance(v, (int, float)) and v < s["minimum"]: return False
    if "maximum" in s and isinstance(v, (int, float)) and v > s["maximum"]: return False
    return True

CHECK_KEYS = {"string", "number", "abs", "rel", "one_of", "regex", "exact", "optional", "any"}
def check_ok(c, s):
    """Is this CHECK well formed and can a value passing it validate?"""
    if not isinstance(c, dict):
        return valid(c, s)
    if set(c) - CHECK_KEYS: return False
    body = {k: v for k, v in c.items() if k != "optional"}
    if not body:
        return c.get("optional") is True
    if "string" in body:
        return set(body) == {"string"} and isinstance(body["string"], str) and s.get("type") == "string" \
            and ("enum" not in s or body["string"] in s["enum"])
    if "number" in body:
        return set(body) <= {"number", "abs", "rel"} and len(body) == 2 and valid(body["number"], dict(s, type="number")) \
            and s.get("type") in ("number", "integer")
    if "one_of" in body:
        return set(body) == {"one_of"} and body["one_of"] and all(check_ok(x, s) for x in body["one_of"])
    if "regex" in body:
        try:
            re.compile(body["regex"])
        except re.error:
            return False
        return set(body) == {"regex"} and s.get("type") == "string"
    if "exact" in body:
        return set(body) == {"exact"} and valid(body["exact"], s)
    if "any" in body:
        return set(body) == {"any"}
    return False

def plain_values(c):
    """The plain values a CHECK accepts (exact, one_of of plain), for code checks."""
    if not isinstance(c, dict): return [c]
    if "exact" in c: return [c["exact"]]
    if "one_of" in c: return [v for x in c["one_of"] for v in plain_values(x)]
    return []

# ---- registries, read here
def iso(std):
    with open("/usr/share/iso-codes/json/iso_%s.json" % std, encoding="utf-8") as f:
        return json.load(f)[std]
C1 = {c["alpha_2"]: c for c in iso("3166-1")}
A3 = {c["alpha_3"]: c["alpha_2"] for c in iso("3166-1")}
CUR = {c["alpha_3"]: c for c in iso("4217")}
L1 = {l["alpha_2"]: l for l in iso("639-3") if "alpha_2" in l}
def tz_real(z):
    p = os.path.join("/usr/share/zoneinfo", z)
    if ".." in z or not os.path.isfile(p): return False
    with open(p, "rb") as f:
        return f.read(4) == b"TZif"
ZONETAB = {}
with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as f:
    for ln in f:
        if not ln.startswith("#") and ln.strip():
            p = ln.rstrip("\n").split("\t")
            ZONETAB[p[2]] = p[0]
CODE_ARGS = {"country_code": ("ISO 3166-1", lambda v: v in C1),
             "from_currency": ("ISO 4217", lambda v: v in CUR), "to_currency": ("ISO 4217", lambda v: v in CUR),
             "base_currency": ("ISO 4217", lambda v: v in CUR), "quote_currency": ("ISO 4217", lambda v: v in CUR),
             "target_language": ("ISO 639-1", lambda v: v in L1), "source_language": ("ISO 639-1", lambda v: v in L1),
             "language": ("ISO 639-1", lambda v: v in L1),
             "timezone": ("tz", tz_real), "timezone_a": ("tz", tz_real), "timezone_b": ("tz", tz_real),
             "from_timezone": ("tz", tz_real), "to_timezone": ("tz", tz_real)}

# ---- every tool schema and every expected call
bad_schema, bad_name, bad_args, bad_codes, ncodes = [], [], [], [], Counter()
for it in F:
    tools = {t["name"]: t for t in it["tools"]}
    if len(tools) != len(it["tools"]) or not tools:
        bad_schema.append(it["id"] + " tools")
    for t in it["tools"]:
        p = t["parameters"]
        if not (schema_ok(p) and p.get("type") == "object" and p.get("additionalProperties") is False
                and set(p.get("required", [])) <= set(p["properties"]) and t.get("description")):
            bad_schema.append(it["id"] + " " + t["name"])
    g = it["grader"]
    calls = list(g.get("calls", []))
    # earlier calls of a transcript must name offered tools and validate too
    for m in it.get("messages", []):
        for c in m.get("tool_calls", []):
            if c["name"] not in tools or not valid(c["arguments"], tools[c["name"]]["parameters"]):
                bad_args.append(it["id"] + " transcript " + c["name"])
            for a, v in c["arguments"].items():
                if a in CODE_ARGS:
                    ncodes[CODE_ARGS[a][0]] += 1
                    if not CODE_ARGS[a][1](v):
                        bad_codes.append("%s %s=%s" % (it["id"], a, v))
    for c in calls:
        if c["name"] not in tools:
            bad_name.append("%s %s" % (it["id"], c["name"]))
            continue
        ps = tools[c["name"]]["parameters"]
        props = ps["properties"]
        args = c["arguments"]
        if set(args) != set(props):
            bad_args.append("%s %s: args %s != properties" % (it["id"], c["name"], sorted(args)))
        for r in ps.get("required", []):
            if isinstance(args.get(r), dict) and args[r].get("optional"):
                bad_args.append("%s required %s optional" % (it["id"], r))
        for a, chk in args.items():
            if a in props and not check_ok(chk, props[a]):
                bad_args.append("%s %s.%s=%s" % (it["id"], c["name"], a, json.dumps(chk)))
            if a in CODE_ARGS:
                for v in plain_values(chk):
                    ncodes[CODE_ARGS[a][0]] += 1
                    if not CODE_ARGS[a][1](v):
                        bad_codes.append("%s %s=%s" % (it["id"], a, v))
report("every tool schema uses only the allowed keywords, closed objects", not bad_schema, bad_schema[:5])
report("every expected call names an offered tool", not bad_name, bad_name[:5])
report("every expected argument validates against its schema; every property listed", not bad_args, bad_args[:5])
report("every code is real (%s)" % ", ".join("%s %d" % kv for kv in sorted(ncodes.items())),
       not bad_codes and all(ncodes[k] > 100 for k in ("ISO 3166-1", "ISO 4217", "ISO 639-1", "tz")), bad_codes[:5])

# ---- graders per kind
bad = []
for it in F:
    g, k = it["grader"], it["category"].split("/")[1]
    if k == "irrelevance":
        if g != {"type": "no_tool"}: bad.append(it["id"])
    elif g.get("type") != "tool_call" or not g.get("calls"):
        bad.append(it["id"])
    elif k == "parallel" and (len(g["calls"]) < 2 or g.get("order", "any") != "any"):
        bad.append(it["id"])
    elif k in ("simple", "multiple", "multi-turn") and len(g["calls"]) != 1:
        bad.append(it["id"])
    elif k == "simple" and len(it["tools"]) != 1:
        bad.append(it["id"])
    elif k == "multiple" and not 3 <= len(it["tools"]) <= 6:
        bad.append(it["id"])
report("graders and tool counts per kind", not bad, bad[:5])

# ---- transcripts
bad = []
for it in F:
    if "messages" not in it: continue
    ms, pending = it["messages"], {}
    if it["category"] != "tools/multi-turn" or ms[-1]["role"] not in ("user", "tool") or ms[0]["role"] != "user":
        bad.append(it["id"])
    for m in ms:
        if m["role"] == "assistant":
            for c in m.get("tool_calls", []):
                pending[c["id"]] = c["name"]
        elif m["role"] == "tool":
            if pending.pop(m["tool_call_id"], None) != m["name"] or not isinstance(m["content"], str):
                bad.append(it["id"])
    if pending: bad.append(it["id"] + " unanswered call")
report("transcripts: user first, every tool call answered, last message user or tool", not bad, bad[:5])

# ---- request facts: the names in the request are the codes' names
def text_of(it):
    if "input" in it: return it["input"]
    return "\n".join(m.get("content", "") for m in it["messages"] if m["role"] in ("user", "tool"))
def cname(cc):
    c = C1[cc]
    return [c["name"], c.get("common_name", c["name"]), c.get("official_name", c["name"])]
def first(chk):
    v = plain_values(chk)
    return v[0] if v else None
# CLDR exemplar cities of every zone, in the locales a request may use
import xml.etree.ElementTree as ET
EXEMPLAR = {}
for lg in ("root", "en", "fr", "de", "es"):
    for zn in ET.parse("/usr/share/unicode/cldr/common/main/%s.xml" % lg).getroot().iter("zone"):
        e = zn.find("exemplarCity")
        if e is not None and e.get("alt") is None and e.text:
            EXEMPLAR.setdefault(zn.get("type"), set()).add(e.text)
def zone_of(it, a):
    """The zone a weather call's city was taken from: meta zone, or the part
    of a parallel item whose call this is."""
    if "zone" in it["meta"]: return it["meta"]["zone"]
    calls = it["grader"]["calls"]
    return it["meta"]["parts"][[c["arguments"] for c in calls].index(a)]["zone"]
def weather_ok(it, a, txt):
    """The city check names the zone's city (meta zone, in zone.tab for the
    expected country): its tz spelling first, other spellings CLDR's; the
    request shows one of them."""
    chk = a["city"]
    cities = [x["string"] for x in chk["one_of"]] if "one_of" in chk else [chk["string"]]
    z = zone_of(it, a)
    if ZONETAB.get(z) != a["country_code"] or cities[0] != z.split("/")[-1].replace("_", " "):
        return False
    if any(x != cities[0] and x not in EXEMPLAR.get(z, ()) for x in cities):
        return False
    return any(x in txt for x in cities)

bad = []
for it in F:
    for c in it["grader"].get("calls", []):
        if c["name"] == "get_weather":
            try:
                if not weather_ok(it, c["arguments"], text_of(it)): bad.append(it["id"])
            except KeyError as e:
                bad.append("%s %r" % (it["id"], e))
report("weather: the city is the zone's (tz or CLDR spelling), in the expected country", not bad, bad[:5])

bad, n = [], Counter()
for it in F:
    if it["meta"].get("lang") != "en" or it["category"] == "tools/irrelevance": continue
    try:
        txt = text_of(it)
        for c in it["grader"].get("calls", []):
            a = c["arguments"]
            if c["name"] == "get_weather":
                n["weather"] += 1
                if not any(x in txt for x in cname(a["country_code"])) or not weather_ok(it, a, txt):
                    bad.append(it["id"])
            if c["name"] in ("get_current_time", "convert_timezone", "get_time_difference"):
                for key in ("timezone", "from_timezone", "to_timezone", "timezone_a", "timezone_b"):
                    if key not in a: continue
                    n["tz"] += 1
                    zs = plain_values(a[key])
                    # a zone of zone.tab named after the city in the request, in the
                    # country the request names (old spellings: links to it)
                    main = [z for z in zs if z in ZONETAB]
                    if len(main) != 1:
                        bad.append(it["id"] + " zone")
                        continue
                    z = main[0]
                    if it["category"] == "tools/multi-turn":
                        # the zone comes from the earlier lookup's result, for the country looked up
                        look = [m for m in it["messages"] if m["role"] == "tool" and m["name"] == "lookup_country"]
                        if len(look) != 1 or json.loads(look[0]["content"]).get("timezones") != [z] \
                                or json.loads(look[0]["content"])["alpha_2"] != ZONETAB[z]:
                            bad.append(it["id"] + " " + z)
                    elif z.split("/")[-1].replace("_", " ") not in txt or not any(x in txt for x in cname(ZONETAB[z])):
                        bad.append(it["id"] + " " + z)
                    for other in zs:
                        with open("/usr/share/zoneinfo/" + other, "rb") as f1, open("/usr/share/zoneinfo/" + z, "rb") as f2:
                            if f1.read() != f2.read():
                                bad.append(it["id"] + " alias " + other)
            for key in ("from_currency", "to_currency", "base_currency", "quote_currency"):
                if key in a and "multi-turn" not in it["category"]:
                    n["currency"] += 1
                    if CUR[a[key]]["name"] not in txt: bad.append(it["id"] + " " + a[key])
            for key in ("target_language", "language"):
                if key in a:
                    n["language"] += 1
                    if L1[a[key]]["name"].replace(" (macrolanguage)", "") not in txt: bad.append(it["id"] + " " + a[key])
            if c["name"] in ("lookup_country", "get_public_holidays") and "multi-turn" not in it["category"]:
                n["country"] += 1
                cc = a["country_code"]
                if not any(x in txt for x in cname(cc)) and C1[cc]["alpha_3"] not in txt:
                    bad.append(it["id"] + " " + cc)
    except (KeyError, ValueError, IndexError, TypeError) as e:
        bad.append("%s %r" % (it["id"], e))
report("English requests name the expected codes' registry names (%s)" % dict(n),
       not bad and min(n.values()) > 20, bad[:5])

# ---- computed values, re-computed from the request
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
def parse_date(s):
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m: return datetime.date(*map(int, m.groups()))
    m = re.fullmatch(r"(%s) (\d+), (\d{4})" % "|".join(MONTHS), s)
    return datetime.date(int(m.group(3)), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
DATE = r"(\d{4}-\d\d-\d\d|(?:%s) \d+, \d{4})" % "|".join(MONTHS)
def clock(s):
    m = re.fullmatch(r"(\d+)(?::(\d\d))? (am|pm)", s)
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "pm" else 0)
    return h, int(m.group(2) or 0)
DUR = {"15 minutes": 15, "half an hour": 30, "30 minutes": 30, "45 minutes": 45, "an hour": 60,
       "1 hour": 60, "an hour and a half": 90, "90 minutes": 90, "2 hours": 120, "two and a half hours": 150}
def num_ok(chk, v):
    if isinstance(chk, dict) and "number" in chk:
        tol = max(chk.get("abs", 0), abs(v) * chk.get("rel", 0))
        return abs(chk["number"] - v) <= tol + 1e-9 and tol <= max(0.1, abs(v) * 0.005)
    return chk == v
def rx_ok(chk, s):
    return isinstance(chk, dict) and "regex" in chk and re.search(chk["regex"], s) and \
        not re.search(chk["regex"], s[:-1] + ("0" if s[-1] != "0" else "1"))

bad, n = [], Counter()
for it in F:
    if it["category"] not in ("tools/simple", "tools/multiple", "tools/multi-turn"): continue
    txt, c = text_of(it), it["grader"]["calls"][0]
    a, fam = c["arguments"], c["name"]
    try:
        if fam == "set_thermostat":
            f = int(re.search(r"(-?\d+) ?(?:°F|degrees Fahrenheit)", txt).group(1))
            assert it["meta"]["inputs"]["fahrenheit"] == f
            assert num_ok(a["temperature_celsius"], (f - 32) * 5 / 9)
        elif fam == "log_workout":
            m = re.search(r"([\d.]+) (miles|yards)", txt)
            d = float(m.group(1)) * (1.609344 if m.group(2) == "miles" else 0.0009144)
            assert num_ok(a["distance_km"], d)
            m = re.search(r"(?:(\d+) hours? )?(\d+) minutes", txt)
            assert a["duration_minutes"] == int(m.group(1) or 0) * 60 + int(m.group(2))
        elif fam == "calculate_bmi":
            m = re.search(r"(\d+) ft (\d+) in|(\d+)'(\d+)\"", txt)
            ft, inch = [int(x) for x in m.groups() if x is not None]
            lb = int(re.search(r"(\d+) (?:lb|pounds)", txt).group(1))
            assert num_ok(a["height_cm"], (ft * 12 + inch) * 2.54) and num_ok(a["weight_kg"], lb * 0.45359237)
        elif fam == "set_timer":
            h = re.search(r"(\d+) hours?", txt); mi = re.search(r"(\d+) minutes?", txt); se = re.search(r"(\d+) seconds", txt)
            want = sum(int(x.group(1)) * k for x, k in ((h, 3600), (mi, 60), (se, 1)) if x)
            assert a["duration_seconds"] == want
        elif fam == "add_days_to_date":
            m = re.search(r"(\d+) (days|weeks) (before|after|back|forward)", txt) or \
                re.search(r"go (\d+) (days|weeks) (back|forward)", txt)
            days = int(m.group(1)) * (7 if m.group(2) == "weeks" else 1) * (-1 if m.group(3) in ("before", "back") else 1)
            d = parse_date(re.search(DATE, txt).group(1))
            assert a["date"] == d.isoformat() and a["days"] == days
        elif fam == "days_between":
            ds = re.findall(DATE, txt)
            assert [a["start_date"], a["end_date"]] == [parse_date(x).isoformat() for x in ds]
        elif fam == "create_calendar_event":
            if "multi-turn" in it["category"]:
                m = re.search(r"(\d+) days after (\d{4}-\d\d-\d\d)", txt)
                d = parse_date(m.group(2)) + datetime.timedelta(days=int(m.group(1)))
                assert json.loads(it["messages"][2]["content"])["date"] == d.isoformat()
                tail = it["messages"][-1]["content"]
            else:
                today = parse_date(re.search(r"(\d{4}-\d\d-\d\d)", txt).group(1))
                wd = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", txt).group(1)
                assert today.strftime("%A") == wd
                if "day after tomorrow" in txt: d = today + datetime.timedelta(days=2)
                elif "tomorrow" in txt: d = today + datetime.timedelta(days=1)
                elif re.search(r"in (\d+) days", txt): d = today + datetime.timedelta(days=int(re.search(r"in (\d+) days", txt).group(1)))
                else: d = parse_date(re.search(r"on " + DATE, txt).group(1))
                tail = txt
            assert a["date"] == d.isoformat()
            h, mi = clock(re.search(r"(\d+(?::\d\d)? [ap]m)", tail).group(1))
            assert rx_ok(a["start_time"], "%02d:%02d" % (h, mi))
            assert a["duration_minutes"] == [v for k, v in sorted(DUR.items(), key=lambda kv: -len(kv[0])) if k in tail][0]
        elif fam == "set_reminder":
            if "multi-turn" in it["category"]:
                m = re.search(r"(\d+) days after (\d{4}-\d\d-\d\d)", txt)
                d = parse_date(m.group(2)) + datetime.timedelta(days=int(m.group(1)))
                h, mi = clock(re.search(r"at (\d+(?::\d\d)? [ap]m)", txt).group(1))
                at = datetime.datetime.combine(d, datetime.time(h, mi))
            else:
                now = datetime.datetime.strptime(re.search(r"(\d{4}-\d\d-\d\d \d\d:\d\d)", txt).group(1), "%Y-%m-%d %H:%M")
                m = re.search(r"in (\d+) (hours?|minutes)", txt)
                if m:
                    at = now + datetime.timedelta(**{"hours" if m.group(2).startswith("hour") else "minutes": int(m.group(1))})
                else:
                    h, mi = clock(re.search(r"tomorrow at (\d+(?::\d\d)? [ap]m)", txt).group(1))
                    at = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(h, mi))
            assert rx_ok(a["remind_at"], at.strftime("%Y-%m-%dT%H:%M"))
        elif fam in ("convert_currency", "convert_units") and "multi-turn" in it["category"]:
            # the value comes from the earlier tool result
            prev = json.loads([m for m in it["messages"] if m["role"] == "tool"][-1]["content"])
            if fam == "convert_currency":
                assert num_ok(a["amount"], prev["amount"]) and a["from_currency"] == prev["currency"]
                assert CUR[a["to_currency"]]["name"] in it["messages"][-1]["content"]
            else:
                assert prev["unit"] == "C" and num_ok(a["value"], prev["temperature"])
                assert (a["from_unit"], a["to_unit"]) == ("C", "F") and "Fahrenheit" in txt
        elif fam in ("convert_currency", "convert_units") and "inputs" in it["meta"]:
            v = it["meta"]["inputs"].get("amount", it["meta"]["inputs"].get("value"))
            key = "amount" if fam == "convert_currency" else "value"
            s = ("%d" % v) if float(v) == int(v) else repr(float(v))
            assert s in txt and num_ok(a[key], v)
        elif fam == "calculate_tip":
            assert "%.2f" % it["meta"]["inputs"]["bill"] in txt and num_ok(a["bill_amount"], it["meta"]["inputs"]["bill"])
        else:
            continue
        n[fam] += 1
    except (AssertionError, AttributeError, KeyError, IndexError, ValueError, TypeError) as e:
        bad.append("%s %s %r" % (it["id"], fam, e))
report("computed values re-computed from the request (%d items: %s)" % (sum(n.values()), dict(sorted(n.items()))),
       not bad and len(n) >= 11, bad[:5])

# ---- a request whose argument needs a conversion or a date computed is not
# offered the tool that would compute it (a model could fairly call it first)
NEEDS = {"set_thermostat": {"convert_units"}, "log_workout": {"convert_units"}, "calculate_bmi": {"convert_units"},
         "create_calendar_event": {"add_days_to_date", "days_between"}, "set_reminder": {"add_days_to_date", "days_between"}}
bad = []
for it in F:
    if it["category"] not in ("tools/simple", "tools/multiple", "tools/parallel"): continue
    offered = {t["name"] for t in it["tools"]}
    for c in it["grader"]["calls"]:
        if offered & NEEDS.get(c["name"], set()):
            bad.append("%s %s" % (it["id"], c["name"]))
report("no helper tool offered beside a computed-argument call", not bad, bad[:5])

# ---- irrelevance: no offered tool fits the request
FITS = {  # tools that could serve a request of this family (written here)
    "get_weather": {"get_weather"},
    "get_current_time": {"get_current_time", "convert_timezone", "get_time_difference", "lookup_country"},
    "get_time_difference": {"get_current_time", "convert_timezone", "get_time_difference"},
    "convert_timezone": {"get_current_time", "convert_timezone", "get_time_difference"},
    "convert_currency": {"convert_currency", "get_exchange_rate"},
    "get_exchange_rate": {"convert_currency", "get_exchange_rate"},
    "get_stock_quote": {"get_stock_quote"}, "calculate_tip": {"calculate_tip"},
    "convert_units": {"convert_units"}, "set_thermostat": {"set_thermostat", "convert_units"},
    "log_workout": {"log_workout", "convert_units"}, "calculate_bmi": {"calculate_bmi", "convert_units"},
    "lookup_country": {"lookup_country"}, "get_public_holidays": {"get_public_holidays"},
    "translate_text": {"translate_text"}, "get_news": {"get_news", "translate_text"},
    "add_days_to_date": {"add_days_to_date", "days_between"}, "days_between": {"days_between", "add_days_to_date"},
    "create_calendar_event": {"create_calendar_event", "set_reminder", "create_todo", "add_days_to_date"},
    "set_reminder": {"set_reminder", "create_calendar_event", "create_todo", "set_timer"},
    "set_timer": {"set_timer", "set_reminder"}, "create_todo": {"create_todo", "set_reminder", "create_calendar_event"},
    "send_email": {"send_email"}, "search_products": {"search_products", "order_food"}, "chat": set(),
}
bad, n = [], 0
for it in F:
    if it["category"] != "tools/irrelevance": continue
    n += 1
    fam = it["meta"].get("request_family")
    offered = {t["name"] for t in it["tools"]}
    if fam not in FITS or offered & FITS[fam] or "calls" in it["grader"]:
        bad.append("%s %s %s" % (it["id"], fam, sorted(offered & FITS.get(fam, set()))))
report("irrelevance: no_tool, and no offered tool fits the request (%d)" % n, n >= 150 and not bad, bad[:5])

# ---- phrasing: languages, variety
langs = Counter(i["meta"].get("lang") for i in F)
report("requests in English, French, German and Spanish", all(langs[l] >= 20 for l in ("en", "fr", "de", "es")), dict(langs))
report("inputs varied (>= 90% distinct)", len({text_of(i) for i in F}) >= 0.9 * len(F))

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "tools checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
