#!/bin/sh
# suites_knowledge.sh -- the knowledge and calibration suites: counts per
# suite and per domain, structure, and random items from every domain
# checked against the registry file itself with lookups written here (the
# generator is not imported).
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites
PER=${SUITES_DRAW:-25}

/usr/bin/python3 - "$S" "$PER" >"$T/results" 2>"$T/py.err" <<'EOF'
import json, os, random, re, sys, unicodedata
from collections import Counter

S, PER = sys.argv[1], int(sys.argv[2])
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, msg.replace("\t", " ").replace("\n", " ")))

def item_files(yml):
    # suite.yaml's one-line items: [a.jsonl, b.jsonl], else items.jsonl
    m = re.search(r"^items: \[(.*)\]$", yml, re.M)
    return [x.strip() for x in m.group(1).split(",")] if m else ["items.jsonl"]

def load(name):
    with open(os.path.join(S, name, "suite.yaml"), encoding="utf-8") as f:
        yml = f.read()
    raws, items = {}, []
    for fn in item_files(yml):
        with open(os.path.join(S, name, fn), encoding="utf-8") as f:
            raws[fn] = f.read()
        items += [json.loads(l) for l in raws[fn].splitlines()]
    return raws, items, yml

raw, K, kyml = load("knowledge")
seed = random.SystemRandom().randrange(1 << 30)
rnd = random.Random(seed)
print("# random seed", seed, file=sys.stderr)

# ---- counts and structure
doms = Counter(i["category"] for i in K)
declared = re.findall(r'^  - "([^"]+)"$', kyml.split("sources:")[0], re.M)
fams = Counter(i["meta"].get("family") for i in K)
report("knowledge has >= 8000 items", len(K) >= 8000, "%d" % len(K))
report("knowledge has >= 25 domains", len(doms) >= 25, "%d" % len(doms))
report("knowledge has >= 5 domain families, each with >= 300 items",
       len(fams) >= 5 and None not in fams and min(fams.values()) >= 300, str(fams))
report("each family's items are in knowledge/FAMILY.jsonl",
       all(i["meta"]["family"] + ".jsonl" == fn for fn, r in raw.items() for i in map(json.loads, r.splitlines())),
       str(sorted(raw)))
report("every domain's items share one family",
       all(len({i["meta"]["family"] for i in K if i["category"] == d}) == 1 for d in doms))
report("domains declared in suite.yaml are the item domains", sorted(doms) == sorted(declared),
       "%s vs %s" % (sorted(doms), declared))
small = {d: n for d, n in doms.items() if n < 30}
report("every knowledge domain has >= 30 items", not small, str(small))
big = {fn: len(r.encode()) for fn, r in raw.items() if len(r.encode()) >= 2 * 1024 * 1024}
report("every knowledge item file under 2 MiB", not big, str(big))
report("item ids unique", len({i["id"] for i in K}) == len(K))
diffs = Counter(i.get("difficulty") for i in K)
report("difficulties are 1..5 and all present", sorted(diffs) == [1, 2, 3, 4, 5], str(diffs))
order = ["id", "input", "answer", "aliases", "grader", "category", "difficulty", "meta"]
bad = [i["id"] for i in K if [k for k in order if k in i] != list(i)]
report("item keys in the fixed order", not bad, str(bad[:5]))
vers = dict(re.findall(r'\{package: "([^"]+)", version: "([^"]+)"\}', kyml))
bad = [i["id"] for i in K if vers.get(i["meta"]["source"]) != i["meta"]["source_version"]]
report("every item records its source package version", not bad and len(vers) >= 8, str(bad[:5]))
report("knowledge axis is calibration, grader exact",
       "\naxis: calibration\n" in kyml and '\ngrader: {"type": "exact"}\n' in kyml)
report("prompt template has {input} and offers I don't know",
       "{input}" in kyml and "I don't know" in kyml)

# ---- independent lookups in the registry files
def iso(std):
    with open("/usr/share/iso-codes/json/iso_%s.json" % std, encoding="utf-8") as f:
        return json.load(f)[std]

def q(pattern, s):
    m = re.search(pattern, s)
    return m.groups() if m else None

C1, C2 = iso("3166-1"), iso("3166-2")
# a question shows a registry name without its footnote marks: daggers,
# asterisks, a bracketed note, a "(EH)" country annotation
def unmarked(n):
    return " ".join(re.sub(r"\s*(?:[†‡§¶*]+|\[[^\]]*\]|\([A-Z]{2}(?:-partial)?\))", "", n).split())
def country_by_name(n):
    return [c for c in C1 if n in (c["name"], c.get("common_name"), c.get("official_name"))]

def chk_3166_1(it):
    (n,) = q(r"code of (.+)\?$", it["input"])
    cs = country_by_name(n)
    if len(cs) != 1:
        return "%d countries named %s" % (len(cs), n)
    want = cs[0]["alpha_3"] if it["category"].endswith("iso3166-1") else int(cs[0]["numeric"])
    return None if want == it["answer"] else "want %s" % want

def chk_3166_2(it):
    name, typ, cn = q(r"code of (.+) \((.+)\) in (.+)\?$", it["input"])
    cs = country_by_name(cn)
    if len(cs) != 1:
        return "country %s" % cn
    subs = [s for s in C2 if s["code"].startswith(cs[0]["alpha_2"] + "-") and unmarked(s["name"]) == name]
    if len(subs) != 1:
        return "%d subdivisions named %s" % (len(subs), name)
    if subs[0]["type"].lower() != typ:
        return "type %s" % subs[0]["type"]
    return None if subs[0]["code"] == it["answer"] else "want %s" % subs[0]["code"]

CUR = iso("4217")
def chk_4217(it):
    (n,) = q(r'currency "(.+)"\?$', it["input"])
    cs = [c for c in CUR if c["name"] == n]
    if len(cs) != 1:
        return "%d currencies named %s" % (len(cs), n)
    want = int(cs[0]["numeric"]) if it["category"].endswith("numeric") else cs[0]["alpha_3"]
    return None if want == it["answer"] else "want %s" % want

L3 = iso("639-3")
def chk_639(it):
    (n,) = q(r"code of the (.+) language\?$", it["input"])
    ls = [l for l in L3 if l["name"] == n]
    if len(ls) != 1:
        return "%d languages named %s" % (len(ls), n)
    return None if ls[0]["alpha_3"] == it["answer"] else "want %s" % ls[0]["alpha_3"]

SC = iso("15924")
def chk_15924(it):
    (n,) = q(r'script "(.+)"\?$', it["input"])
    ss = [s for s in SC if s["name"] == n]
    if len(ss) != 1:
        return "%d scripts named %s" % (len(ss), n)
    return None if ss[0]["alpha_4"] == it["answer"] else "want %s" % ss[0]["alpha_4"]

UNI = {}
with open("/usr/share/unicode/UnicodeData.txt", encoding="utf-8") as f:
    for ln in f:
        p = ln.split(";")
        UNI.setdefault(p[1], []).append(int(p[0], 16))
def chk_unicode(it):
    (n,) = q(r"Unicode character (.+)\?$", it["input"])
    cps = UNI.get(n, [])
    if len(cps) != 1:
        return "%d characters named %s" % (len(cps), n)
    return None if it["answer"] == "U+%04X" % cps[0] else "want U+%04X" % cps[0]

def ids_vendors(path):
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for ln in f:
            if ln.startswith("C "):
                break
            m = re.match(r"([0-9a-f]{4})  (.*)$", ln.rstrip("\n"))
            if m:
                out.append((m.group(1), m.group(2).strip()))
    return out
PCI, USB = ids_vendors("/usr/share/misc/pci.ids"), ids_vendors("/usr/share/misc/usb.ids")
def chk_ids(table):
    def f(it):
        (n,) = q(r"vendor ID of (.+)\? Answer with", it["input"])
        vs = [v for v, name in table if name == n]
        if len(vs) != 1:
            return "%d vendors named %s" % (len(vs), n)
        return None if vs[0] == it["answer"] else "want %s" % vs[0]
    return f

OUI = {}
with open("/usr/share/ieee-data/oui.txt", encoding="utf-8", errors="replace") as f:
    for ln in f:
        m = re.match(r"([0-9A-F]{2}-[0-9A-F]{2}-[0-9A-F]{2})\s+\(hex\)\s+(.*)$", ln.rstrip("\r\n"))
        if m:
            OUI[m.group(1)] = m.group(2).strip()
def chk_oui(it):
    (o,) = q(r"\(MA-L\) ([0-9A-F-]{8}) assigned", it["input"])
    return None if OUI.get(o) == it["answer"] else "oui.txt says %r" % OUI.get(o)

SVC = {}
with open("/etc/services", encoding="utf-8") as f:
    for ln in f:
        if "not as allocated by IANA" in ln:
            break
        p = ln.split("#")[0].split()
        if len(p) >= 2:
            port, proto = p[1].split("/")
            for n in [p[0]] + p[2:]:
                SVC.setdefault((n, proto), set()).add(int(port))
def chk_port(it):
    n, protos = q(r'network service "(.+)" \((.+)\)\?$', it["input"])
    ports = set()
    for proto in protos.split("/"):
        ports |= SVC.get((n, proto), set())
    if len(ports) != 1:
        return "%s has ports %s" % (n, sorted(ports))
    return None if it["answer"] in ports else "want %s" % ports

ZT = {}
with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as f:
    for ln in f:
        if not ln.startswith("#"):
            p = ln.rstrip("\n").split("\t")
            ZT[p[2]] = p[0]
def chk_tz(it):
    (z,) = q(r"time zone (\S+)\?", it["input"])
    return None if ZT.get(z) == it["answer"] else "zone.tab says %s" % ZT.get(z)

CHECK = {
    "geography/iso3166-1": chk_3166_1, "geography/iso3166-1-numeric": chk_3166_1,
    "geography/iso3166-2": chk_3166_2, "finance/iso4217": chk_4217,
    "finance/iso4217-numeric": chk_4217, "language/iso639-3": chk_639,
    "writing/iso15924": chk_15924, "unicode/name": chk_unicode,
    "hardware/pci-vendor": chk_ids(PCI), "hardware/usb-vendor": chk_ids(USB),
    "network/ieee-oui": chk_oui, "network/iana-port": chk_port, "time/tz-country": chk_tz,
}
# ---- answer keys: aliases and question wording
# (pci.ids and usb.ids names carry a short name in brackets: "[AMD/ATI]")
bad = [i["id"] for i in K if i["meta"]["source"] == "iso-codes"
       and re.search(r"[†‡§¶*\[\]]", i["input"])]
report("no ISO question carries a footnote mark", not bad, str(bad[:5]))
# a handful of the commonest words: none may be an alias (the generator's
# stop list is longer; this is the regression check)
WORDS = {"this", "that", "the", "and", "or", "is", "are", "it", "yes", "no", "none",
         "not", "can", "ago", "unknown", "sure", "maybe", "answer"}
def loose(a):
    return re.sub(r"[\W_]+", "", str(a).casefold())
bad = ["%s: %r" % (i["id"], a) for i in K for a in i.get("aliases") or [] if loose(a) in WORDS]
report("no alias is a common English word", not bad, str(bad[:5]))
# macrolanguages: an ISO 639-3 item's aliases are exactly the codes CLDR
# pairs with it (languageAlias reason="macrolanguage"), both ways
import xml.etree.ElementTree as ET
by2 = {l["alpha_2"]: l["alpha_3"] for l in L3 if "alpha_2" in l}
scope = {l["alpha_3"]: l["scope"] for l in L3}
pairs = {}
for e in ET.parse("/usr/share/unicode/cldr/common/supplemental/supplementalMetadata.xml").iter("languageAlias"):
    if e.get("reason") == "macrolanguage":
        ind, mac = e.get("type"), by2.get(e.get("replacement"), e.get("replacement"))
        if scope.get(ind) == "I" and scope.get(mac) == "M":
            pairs.setdefault(ind, set()).add(mac)
            pairs.setdefault(mac, set()).add(ind)
lang = [i for i in K if i["category"] == "language/iso639-3"]
bad = [i["id"] for i in lang if set(i.get("aliases") or []) != pairs.get(i["answer"], set())]
report("ISO 639-3 aliases are the CLDR macrolanguage pairs", not bad, str(bad[:5]))
have = {i["id"] for i in lang}
want = [("iso639-3/est", "ekk"), ("iso639-3/bik", "bcl"), ("iso639-3/bua", "bxr")]
bad = [w for w in want if w[0] in have and w[1] not in (next(i for i in lang if i["id"] == w[0]).get("aliases") or [])]
report("Estonian, Bikol, Buriat accept their member languages' codes", not bad, str(bad))
oui = {i["id"]: i for i in K if i["category"] == "network/ieee-oui"}
report("OUI 00-0F-E2 accepts H3C",
       "ieee-oui/000FE2" not in oui or "h3c" in [loose(a) for a in oui["ieee-oui/000FE2"].get("aliases") or []])

# the other families' domains are checked by tests/e2e/suites_knowledge_*.sh
E2E = os.path.join(os.path.dirname(S), "tests", "e2e")
FAMILY_TESTS = "".join(open(os.path.join(E2E, n), encoding="utf-8").read() for n in sorted(os.listdir(E2E))
                       if n.startswith("suites_knowledge_") and n.endswith(".sh"))
def family_checked(d):
    return ('"%s"' % d) in FAMILY_TESTS
unchecked = [d for d in sorted(doms) if d not in CHECK and not family_checked(d)]
report("every knowledge domain has an independent check", not unchecked and set(CHECK) <= set(doms),
       str(unchecked + sorted(set(CHECK) - set(doms))))
for d in sorted(doms):
    if d not in CHECK:
        continue
    pool = sorted((i for i in K if i["category"] == d), key=lambda i: i["id"])
    bad = []
    for it in rnd.sample(pool, min(PER, len(pool))):
        try:
            why = CHECK[d](it)
        except Exception as e:      # a question the lookup cannot parse
            why = "unparsed: %r" % e
        if why:
            bad.append("%s: %s" % (it["id"], why))
    report("truth %s (%d random items vs the registry file)" % (d, min(PER, len(pool))),
           not bad, "; ".join(bad[:3]))

# ---- calibration
rawc, CAL, cyml = load("calibration")
byid = {i["id"]: i for i in K}
report("calibration has >= 2500 items", len(CAL) >= 2500, "%d" % len(CAL))
bad = [i["id"] for i in CAL if byid.get(i["id"]) != i]
report("calibration items are knowledge items, unchanged", not bad, str(bad[:5]))
report("calibration covers every knowledge domain", {i["category"] for i in CAL} == set(doms))
report("calibration template asks for Confidence: N%",
       "Confidence: N%" in cyml and "{input}" in cyml and "\naxis: calibration\n" in cyml)

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "knowledge checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
