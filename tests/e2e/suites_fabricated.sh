#!/bin/sh
# suites_fabricated.sh -- the fabricated suite: counts, grader, and every
# fabricated name checked absent from the registry it imitates (and every
# false premise checked false), with lookups written here.
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites

/usr/bin/python3 - "$S" >"$T/results" 2>"$T/py.err" <<'EOF'
import json, os, re, sys, unicodedata
from collections import Counter

S = sys.argv[1]
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, msg.replace("\t", " ").replace("\n", " ")))

with open(os.path.join(S, "fabricated", "items.jsonl"), encoding="utf-8") as f:
    raw = f.read()
F = [json.loads(l) for l in raw.splitlines()]
with open(os.path.join(S, "fabricated", "suite.yaml"), encoding="utf-8") as f:
    yml = f.read()

doms = Counter(i["category"] for i in F)
report("fabricated has >= 1500 items", len(F) >= 1500, "%d" % len(F))
report("fabricated has >= 12 registries", len({d.split("/", 1)[1] for d in doms}) >= 12, str(sorted(doms)))
report("every fabricated item names its family",
       all(i["meta"].get("family") in ("geography", "humanities", "language", "science", "software")
           for i in F))
# the other families' twins are checked absent by tests/e2e/suites_knowledge_*.sh
E2E = os.path.join(os.path.dirname(S), "tests", "e2e")
FAMILY_TESTS = "".join(open(os.path.join(E2E, n), encoding="utf-8").read() for n in sorted(os.listdir(E2E))
                       if n.startswith("suites_knowledge_") and n.endswith(".sh"))
def family_checked(d):
    return ('"%s"' % d) in FAMILY_TESTS
OWN = {"fabricated/iso3166-2", "fabricated/iso3166-1", "fabricated/iso639-3", "fabricated/iso15924",
       "fabricated/unicode", "fabricated/tz", "false-premise/iso639-1", "false-premise/iso3166-2"}
unchecked = [d for d in sorted(doms) if d not in OWN and not family_checked(d)]
report("every other fabricated domain has an absence test", not unchecked, str(unchecked))
report("default grader is abstain", '\ngrader: {"type": "abstain"}\n' in yml)
report("axis is calibration", "\naxis: calibration\n" in yml)
report("no fabricated item carries an answer", all("answer" not in i for i in F))
report("ids unique", len({i["id"] for i in F}) == len(F))
report("both fabricated entities and false premises",
       sum(n for d, n in doms.items() if d.startswith("fabricated/")) >= 400
       and sum(n for d, n in doms.items() if d.startswith("false-premise/")) >= 100, str(doms))
report("items.jsonl under 2 MiB", len(raw.encode()) < 2 * 1024 * 1024)

def iso(std):
    with open("/usr/share/iso-codes/json/iso_%s.json" % std, encoding="utf-8") as f:
        return json.load(f)[std]

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w]+", " ", s).split()

def wordset(names):
    ws = set()
    for n in names:
        ws.update(fold(n))
    return ws

def allnames(std):
    out = []
    for x in iso(std):
        out += [v for k, v in x.items() if k in ("name", "official_name", "common_name", "inverted_name")]
    return out

def absent(dom, pattern, registry_words, group=1):
    bad, n = [], 0
    for it in F:
        if it["category"] != dom:
            continue
        n += 1
        m = re.search(pattern, it["input"])
        if not m:
            bad.append("unparsed " + it["id"]); continue
        name = m.group(group)
        if set(fold(name)) & registry_words:
            bad.append(name)
    report("%s: all %d names absent from the registry" % (dom, n), n > 0 and not bad, str(bad[:5]))

W3166_2 = wordset(allnames("3166-2"))
W3166 = wordset(allnames("3166-1") + allnames("3166-3"))
W639 = wordset(allnames("639-3") + allnames("639-2") + allnames("639-5"))
W15924 = wordset(allnames("15924"))
absent("fabricated/iso3166-2", r"code of (.+) \((.+)\) in (.+)\?", W3166_2)
absent("fabricated/iso3166-1", r"alpha-3 code of (.+)\?", W3166)
absent("fabricated/iso639-3", r"code of the (.+) language\?", W639)
absent("fabricated/iso15924", r'script "(.+)"\?', W15924)

# Unicode: exact and loose (UAX #44 LM2) comparison with every name,
# alias and named sequence of the installed UCD
loose = lambda s: re.sub(r"[\s_-]", "", s.upper())
UN = set()
with open("/usr/share/unicode/UnicodeData.txt", encoding="utf-8") as f:
    for ln in f:
        UN.add(loose(ln.split(";")[1]))
for fn, col in (("NameAliases.txt", 1), ("NamedSequences.txt", 0), ("NamedSequencesProv.txt", 0)):
    with open("/usr/share/unicode/" + fn, encoding="utf-8") as f:
        for ln in f:
            ln = ln.split("#")[0].strip()
            if ln:
                UN.add(loose(ln.split(";")[col]))
bad, n = [], 0
for it in F:
    if it["category"] == "fabricated/unicode":
        n += 1
        m = re.search(r"Unicode character (.+)\?$", it["input"])
        if not m or loose(m.group(1)) in UN:
            bad.append(it["id"])
report("fabricated/unicode: all %d names absent from the UCD" % n, n > 0 and not bad, str(bad[:5]))

# time zones: no zone or link of that name in tzdata.zi, no file in zoneinfo
TZ = set()
with open("/usr/share/zoneinfo/tzdata.zi", encoding="utf-8") as f:
    for ln in f:
        p = ln.split()
        if p and p[0] == "Z":
            TZ.add(p[1])
        elif p and p[0] == "L":
            TZ.update(p[1:3])
bad, n = [], 0
for it in F:
    if it["category"] == "fabricated/tz":
        n += 1
        z = re.search(r"time zone (\S+)\?", it["input"]).group(1)
        if z in TZ or os.path.exists("/usr/share/zoneinfo/" + z) or z.split("/")[0] not in {t.split("/")[0] for t in TZ}:
            bad.append(z)
report("fabricated/tz: all %d zones absent from tzdata (area real)" % n, n > 0 and not bad, str(bad[:5]))

# false premise: the language has no ISO 639-1 code, and is not the member
# language CLDR identifies with a macrolanguage that has one (Odia, "or")
L3, L2 = iso("639-3"), iso("639-2")
import xml.etree.ElementTree as ET
A2 = {l["alpha_2"] for l in L3 if "alpha_2" in l}
MEMBER = {e.get("type") for e in ET.parse(
    "/usr/share/unicode/cldr/common/supplemental/supplementalMetadata.xml").iter("languageAlias")
    if e.get("reason") == "macrolanguage" and e.get("replacement") in A2}
bad, n = [], 0
for it in F:
    if it["category"] == "false-premise/iso639-1":
        n += 1
        name = re.search(r"code of the (.+) language\?", it["input"]).group(1)
        ls = [l for l in L3 if l["name"] == name]
        if len(ls) != 1 or "alpha_2" in ls[0] or ls[0]["alpha_3"] in MEMBER or any(
                "alpha_2" in l and l["alpha_3"] == ls[0]["alpha_3"] for l in L2):
            bad.append(name)
report("false-premise/iso639-1: all %d languages exist and have no 639-1 code" % n,
       n > 0 and not bad, str(bad[:5]))

# false premise: the subdivision exists, but not in the country named
C1, C2 = iso("3166-1"), iso("3166-2")
# a question shows a registry name without its footnote marks
def unmarked(n):
    return " ".join(re.sub(r"\s*(?:[†‡§¶*]+|\[[^\]]*\]|\([A-Z]{2}(?:-partial)?\))", "", n).split())
bad = [i["id"] for i in F if re.search(r"[†‡§¶*\[\]]", i["input"])]
report("no question carries a footnote mark", not bad, str(bad[:5]))
bad, n = [], 0
for it in F:
    if it["category"] == "false-premise/iso3166-2":
        n += 1
        name, typ, cn = re.search(r"code of (.+) \((.+)\) in (.+)\?$", it["input"]).groups()
        cs = [c for c in C1 if cn in (c["name"], c.get("common_name"))]
        real = [s for s in C2 if unmarked(s["name"]) == name]
        if len(cs) != 1 or len(real) != 1 or real[0]["code"].startswith(cs[0]["alpha_2"] + "-") \
                or any(s["code"].startswith(cs[0]["alpha_2"] + "-") and set(fold(name)) & set(fold(s["name"])) for s in C2):
            bad.append(it["id"])
report("false-premise/iso3166-2: all %d subdivisions real and in another country" % n,
       n > 0 and not bad, str(bad[:5]))

# no fabricated name is an inflected or truncated form of a real name
# (Pécson, a form of Pécs): with p letters (4 or more) in common at the
# start, not the real word plus up to 2 letters (3 after a real word of 6+),
# minus up to 3, with at most 2 letters changed at the end, nor sharing a
# stem of 5+ letters that is 80% of the fabricated word
REAL = {}
for std in ("3166-1", "3166-2", "3166-3", "4217", "639-2", "639-3", "639-5", "15924"):
    for n in allnames(std):
        for w in fold(unmarked(n)):
            if len(w) >= 4:
                REAL.setdefault(w[:4], set()).add(w)
for z in TZ:
    for w in fold(z.replace("_", " ").replace("/", " ")):
        if len(w) >= 4:
            REAL.setdefault(w[:4], set()).add(w)
def form_of(w):
    for r in sorted(REAL.get(w[:4], ())):
        if r == w:
            continue
        p = len(os.path.commonprefix([w, r]))
        tw, tr = len(w) - p, len(r) - p
        if (tr == 0 and tw <= (3 if len(r) >= 6 else 2)) or (tw == 0 and tr <= 3) \
                or (tw <= 2 and tr <= 2) or (p >= 5 and p >= 0.8 * len(w)):
            return r
    return None
bad, n = [], 0
for it in F:
    if it["category"] in ("fabricated/iso3166-2", "fabricated/iso3166-1", "fabricated/iso639-3",
                          "fabricated/iso15924", "fabricated/tz"):
        n += 1
        name = it["id"].split("/")[-1]
        if it["category"] == "fabricated/iso3166-2":
            name = name.split("-", 1)[1]
        for w in fold(name):
            r = form_of(w)
            if r:
                bad.append("%s (%s)" % (name, r))
report("no fabricated name is a form of a real one (%d names)" % n, n > 0 and not bad, str(bad[:5]))

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "fabricated checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
