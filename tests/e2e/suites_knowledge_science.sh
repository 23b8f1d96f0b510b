#!/bin/sh
# suites_knowledge_science.sh -- the science registries of the knowledge
# suite (chemical elements from python3-periodictable, physical constants
# from units) and their fabricated twin: counts, structure, random items
# checked against the package files with lookups written here (the
# generator is not imported), and every made-up element name checked absent.
. "$(dirname "$0")/lib.sh"
S=${KD_SUITES:-${TRILEMMA_HOME:-.}/suites}
PER=${SUITES_DRAW:-25}

/usr/bin/python3 - "$S" "$PER" "$(dirname "$0")" >"$T/results" 2>"$T/py.err" <<'EOF'
import glob, json, math, os, random, re, subprocess, sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

S, PER = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from suite_checks import jsonl, recorded_versions, report, results  # noqa: E402
RECORDED = recorded_versions(S)


seed = random.SystemRandom().randrange(1 << 30)
rnd = random.Random(seed)
print("# random seed", seed, file=sys.stderr)

K = jsonl(os.path.join(S, "knowledge", "science.jsonl"))
FAB_DOMS = {"fabricated/element"}
F = [i for p in sorted(glob.glob(os.path.join(S, "fabricated", "*.jsonl")))
     for i in jsonl(p) if i.get("category") in FAB_DOMS]

# ---- counts and structure
MIN = {"science/element-symbol": 230, "science/element-number": 230,
       "science/atomic-weight": 80, "science/physical-constant": 40}
doms = Counter(i["category"] for i in K)
for d, n in sorted(MIN.items()):
    report("%s has >= %d items" % (d, n), doms.get(d, 0) >= n, "%d" % doms.get(d, 0))
report("no other knowledge domain in science.jsonl", set(doms) <= set(MIN), str(sorted(set(doms) - set(MIN))))
report("fabricated/element has >= 100 items", len(F) >= 100, "%d" % len(F))
report("item ids unique", len({i["id"] for i in K + F}) == len(K) + len(F))
order = ["id", "input", "messages", "answer", "aliases", "grader", "category", "difficulty", "meta"]
bad = [i["id"] for i in K + F if [k for k in order if k in i] != list(i)]
report("item keys in the fixed order", not bad, str(bad[:5]))
bad = [i["id"] for i in K if i.get("difficulty") not in (1, 2, 3, 4, 5)]
report("knowledge difficulties are 1..5", not bad, str(bad[:5]))
bad = [i["id"] for i in K + F if i["meta"].get("family") != "science" or i["meta"].get("domain") != i["category"]]
report("meta.family is science and meta.domain the category", not bad, str(bad[:5]))
bad = [i["id"] for i in F if "answer" in i or "difficulty" in i]
report("no fabricated item carries an answer", not bad, str(bad[:5]))
vers = {}
def version(pkg):
    if pkg not in vers:
        vers[pkg] = RECORDED.get(pkg, "")
    return vers[pkg]
bad = [i["id"] for i in K + F if not version(i["meta"]["source"])
       or i["meta"]["source_version"] != version(i["meta"]["source"])]
report("meta.source_version is the version the suite records", not bad, str(bad[:5]))
bad = [i["id"] for i in K + F
       if i["meta"]["source"] != ("units" if i["category"] == "science/physical-constant" else "python3-periodictable")]
report("meta.source names the package read", not bad, str(bad[:5]))

# ---- the package files, read here line by line
PT = "/usr/lib/python3/dist-packages/periodictable/"
EL = {}                                        # Z -> (name, symbol)
with open(PT + "core.py", encoding="latin-1") as f:
    inside = False
    for ln in f:
        if ln.startswith("element_base = {"):
            inside = True
        elif inside and ln.startswith("}"):
            break
        m = re.match(r"\s*(\d+): \['([A-Za-z]+)',\s*'([A-Za-z]+)'", ln) if inside else None
        if m and int(m.group(1)) > 0:
            EL[int(m.group(1))] = (m.group(2), m.group(3))
report("core.py lists 118 elements", sorted(EL) == list(range(1, 119)), "%d" % len(EL))
BY_NAME = {}
BY_SYM = {}
for z, (n, s) in EL.items():
    BY_NAME.setdefault(n.lower(), []).append(z)
    BY_SYM.setdefault(s, []).append(z)
BRIT = {"Aluminum": {"Aluminium"}, "Cesium": {"Caesium"}, "Sulfur": {"Sulphur"}, "Tungsten": {"Wolfram"}}
WEIGHT = {}                                    # Z -> set of standard atomic weights given
with open(PT + "mass.py", encoding="latin-1") as f:
    for ln in f:
        m = re.match(r"(\d+)-[A-Za-z]+-\d+,[^,]*,[^,]*,(\S*)\s*$", ln)
        if m and m.group(2):
            WEIGHT.setdefault(int(m.group(1)), set()).add(m.group(2))

def q(pattern, s):
    m = re.search(pattern, s)
    if not m:
        raise ValueError("question not understood")
    return m.groups()

def one(lst, what):
    if len(lst) != 1:
        raise ValueError("%d entries for %s" % (len(lst), what))
    return lst[0]

def chk_symbol(it):
    if it["id"].split("/")[1].startswith("name-"):
        (n,) = q(r"symbol of the element ([a-z]+)\?$", it["input"])
        z = one(BY_NAME.get(n, []), n)
        return None if it["answer"] == EL[z][1] else "want %s" % EL[z][1]
    (s,) = q(r"has the symbol ([A-Z][a-z]?)\?$", it["input"])
    z = one(BY_SYM.get(s, []), s)
    if set(it.get("aliases") or []) != BRIT.get(EL[z][0], set()):
        return "aliases %s" % it.get("aliases")
    return None if it["answer"] == EL[z][0] else "want %s" % EL[z][0]

def chk_number(it):
    if it["id"].split("/")[1].startswith("name-"):
        (n,) = q(r"atomic number of the element ([a-z]+)\?$", it["input"])
        z = one(BY_NAME.get(n, []), n)
        if it.get("grader") != {"type": "numeric", "abs": 0, "rel": 0}:
            return "grader %s" % it.get("grader")
        return None if it["answer"] == z else "want %d" % z
    (z,) = q(r"has atomic number (\d+)\?$", it["input"])
    z = int(z)
    if z not in EL:
        return "no element %d" % z
    if set(it.get("aliases") or []) != BRIT.get(EL[z][0], set()):
        return "aliases %s" % it.get("aliases")
    return None if it["answer"] == EL[z][0] else "want %s" % EL[z][0]

def chk_weight(it):
    n, places = q(r"atomic weight of ([a-z]+), to (two|one) decimal places?\?$", it["input"])
    z = one(BY_NAME.get(n, []), n)
    ws = WEIGHT.get(z, set())
    if len(ws) != 1:
        return "mass.py gives %s" % sorted(ws)
    m = re.fullmatch(r"(\d+\.(\d+))\((\d+)\)", next(iter(ws)))
    if not m:
        return "not a standard atomic weight (a mass number): %s" % ws
    val, dec, unc = Decimal(m.group(1)), len(m.group(2)), int(m.group(3)) * 10.0 ** -len(m.group(2))
    p = 2 if places == "two" else 1
    if p != min(2, dec):
        return "asked to %d places, package gives %d" % (p, dec)
    want = float(val.quantize(Decimal(1).scaleb(-p), rounding=ROUND_HALF_UP))
    tol = it["grader"]["abs"]
    if not (max(0.02 if p == 2 else 0.1, unc) <= tol <= max(0.05 if p == 2 else 0.1, unc)):
        return "tolerance %s" % tol
    # the tolerance may not accept another element's weight
    for z2, w2 in WEIGHT.items():
        w2 = next(iter(w2))
        if z2 != z and not w2.startswith("[") and abs(float(w2.split("(")[0]) - want) <= tol:
            return "tolerance accepts Z=%d" % z2
    return None if abs(it["answer"] - want) < 1e-9 else "want %s" % want

UF = "/usr/share/units/definitions.units"
UDEF = {}
with open(UF, encoding="utf-8") as f:
    for ln in f:
        m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)\s+([^#\n]*?)\s*(?:#.*)?$", ln)
        if m and m.group(1) not in UDEF:
            UDEF[m.group(1)] = m.group(2)
LITERAL_CHECKED = []
STALE = {"protonchargeradius", "deuteronchargeradius", "K_J90", "R_K90", "amu_chem", "amu_phys",
         "mach", "standardtemp", "stdtemp"}

def chk_constant(it):
    mt = it["meta"]
    expr, unit, sf = mt["units_expr"], mt["units_unit"], mt["significant_figures"]
    base = expr[2:] if expr.startswith("1/") else expr
    if base not in UDEF or base in STALE:
        return "%s not usable (defined: %s)" % (base, base in UDEF)
    out = subprocess.run(["units", "-t", "-o", "%.15g", expr, unit], capture_output=True, text=True)
    v = float(out.stdout.split()[0])
    lit = re.fullmatch(r"(-?[0-9.]+(?:e[-+]?\d+)?)\s*(.*)", UDEF[base])
    if lit and expr == base and lit.group(2).replace(" ", "") in (unit.replace(" ", ""), "" if unit == "1" else "-"):
        # a literal in the file, asked in its own unit: the program agrees
        LITERAL_CHECKED.append(base)
        if abs(float(lit.group(1)) - v) > 1e-12 * abs(v):
            return "units gives %r, the file %r" % (v, lit.group(1))
    g = it["grader"]
    if sf is None:
        if "exact value" not in it["input"] or g["abs"] != 0:
            return "exact value not asked exactly"
        return None if it["answer"] == v else "want %r" % v
    if "to %d significant figures" % sf not in it["input"]:
        return "significant figures not in the question"
    if "magnitude" in it["input"] or mt["units_expr"] == "g_p":
        v = abs(v)
    e = mt.get("exponent")
    if e is not None:
        if "x × 10^%d" % e not in it["input"]:
            return "exponent %d not in the question" % e
        got = it["answer"] * 10.0 ** e
    else:
        got = it["answer"]
    lead = 10.0 ** math.floor(math.log10(abs(v)))
    last = lead * 10.0 ** (1 - sf)                  # one unit in the last asked digit
    if abs(got - v) > 0.5 * last * (1 + 1e-9):
        return "answer %r is not %r to %d figures" % (got, v, sf)
    tol = g["abs"] * (10.0 ** e if e is not None else 1)
    if not (0.5 * last <= tol * (1 + 1e-9) and tol <= 1.01 * last):
        return "tolerance %s vs one unit in the last digit %s" % (g["abs"], last)
    return None

CHECK = {"science/element-symbol": chk_symbol, "science/element-number": chk_number,
         "science/atomic-weight": chk_weight, "science/physical-constant": chk_constant}
for d in sorted(MIN):
    pool = sorted((i for i in K if i["category"] == d), key=lambda i: i["id"])
    bad = []
    for it in rnd.sample(pool, min(PER, len(pool))):
        try:
            why = CHECK[d](it)
        except Exception as e:          # a question the lookup cannot parse
            why = "unparsed: %r" % e
        if why:
            bad.append("%s: %s" % (it["id"], why))
    report("truth %s (%d random items vs the package files)" % (d, min(PER, len(pool))),
           len(pool) > 0 and not bad, "; ".join(bad[:3]))
if any(i["category"] == "science/physical-constant" for i in K):
    report("literal constants cross-checked against definitions.units", len(LITERAL_CHECKED) > 0,
           str(LITERAL_CHECKED))
bad = [i["id"] for i in K if i["category"] != "science/physical-constant"
       and i["category"] != "science/element-number" and i["category"] != "science/atomic-weight"
       and "grader" in i]
report("element-symbol items use the exact grader", not bad, str(bad[:5]))

# ---- fabricated elements: absent from every list that could hold them
ROOTS = ["nil", "un", "bi", "tri", "quad", "pent", "hex", "sept", "oct", "enn"]
SYSTEMATIC = {("".join(ROOTS[int(c)] for c in str(z)) + "ium").replace("iium", "ium").replace("nnn", "nn")
              for z in range(1, 1000)}
WORDS = set()
for fn in ("american-english-small", "american-english", "american-english-large", "american-english-huge"):
    with open("/usr/share/dict/" + fn, encoding="utf-8") as f:
        WORDS |= {w.strip().lower() for w in f if w.strip()}
NAMES = sorted(BY_NAME)
def near(a, b):
    """edit distance <= 1, or one transposition"""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    s, l = (a, b) if len(a) < len(b) else (b, a)
    return any(l[:i] + l[i + 1:] == s for i in range(len(l)))
bad = []
for it in F:
    try:
        (n,) = q(r"(?:atomic number|chemical symbol) of the chemical element ([a-z]+)\?$", it["input"])
    except ValueError:
        bad.append("unparsed " + it["id"]); continue
    why = None
    if n in BY_NAME:
        why = "a real element"
    elif n in WORDS:
        why = "a dictionary word"
    elif n in SYSTEMATIC:
        why = "an IUPAC systematic name"
    elif any(near(n, r) for r in NAMES):
        why = "edit distance 1 from an element name"
    elif any(r in n for r in NAMES if len(r) >= 4):
        why = "holds a real element name"
    elif any(n[:6] == r[:6] for r in NAMES if len(r) >= 6):
        why = "begins like a real element name"
    elif not re.search(r"(ium|on)$", n):
        why = "not in an element's style"
    elif it["id"] != "fabricated/element/" + n.capitalize():
        why = "id does not name it"
    if why:
        bad.append("%s: %s" % (n, why))
report("fabricated/element: all %d names absent (118 names, systematic names, 4 word lists, near misses)" % len(F),
       len(F) > 0 and not bad, "; ".join(bad[:5]))

results()
EOF
py=$?
check "science checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
