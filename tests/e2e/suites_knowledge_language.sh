#!/bin/sh
# suites_knowledge_language.sh -- the language family's knowledge items
# (English irregular plurals and verb base forms) and fabricated words:
# counts per registry, structure, random items checked against WordNet's
# exception and index files and the wamerican word lists, and every
# fabricated word checked absent from those files, with lookups written
# here (the generator is not imported).
. "$(dirname "$0")/lib.sh"
S=${KD_SUITES:-${TRILEMMA_HOME:-.}/suites}
PER=${SUITES_DRAW:-25}

/usr/bin/python3 - "$S" "$PER" "$(dirname "$0")" >"$T/results" 2>"$T/py.err" <<'EOF'
import glob, json, os, random, re, subprocess, sys, unicodedata
from collections import Counter

S, PER = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from suite_checks import jsonl, recorded_versions, report, results  # noqa: E402
RECORDED = recorded_versions(S)

seed = random.SystemRandom().randrange(1 << 30)
rnd = random.Random(seed)
print("# random seed", seed, file=sys.stderr)

kpath = os.path.join(S, "knowledge", "language.jsonl")
with open(kpath, encoding="utf-8") as f:
    kraw = f.read()
# the family's file also holds the registries knowledge.py makes itself
# (ISO 639-3 languages, ISO 15924 scripts): these are its own
ALL = [json.loads(l) for l in kraw.splitlines()]
K = [i for i in ALL if i["category"] in ("language/irregular-plural", "language/verb-base")]
FAB_DOMS = {"fabricated/word"}
F, fsizes = [], {}
for p in sorted(glob.glob(os.path.join(S, "fabricated", "*.jsonl"))):
    with open(p, encoding="utf-8") as f:
        raw = f.read()
    F += [i for i in (json.loads(l) for l in raw.splitlines()) if i.get("category") in FAB_DOMS]
    fsizes[os.path.basename(p)] = len(raw.encode())

# ---- the source files, read here
W = "/usr/share/wordnet/"
LISTS = ["/usr/share/dict/american-english-small", "/usr/share/dict/american-english",
         "/usr/share/dict/american-english-large", "/usr/share/dict/american-english-huge"]
SETS = []
for fn in LISTS:
    with open(fn, encoding="utf-8") as f:
        SETS.append(set(f.read().split("\n")) - {""})
LOW = set()
for s in SETS:
    LOW |= {w.lower() for w in s}
def tier(w):
    for i, s in enumerate(SETS):
        if w in s or w.lower() in s:
            return i + 1
    return 5
def exc_pairs(pos):
    out = []
    with open(W + pos + ".exc", encoding="utf-8") as f:
        for ln in f:
            p = ln.split()
            out += [(p[0], b) for b in p[1:]]
    return out
def index(pos):
    with open(W + "index." + pos, encoding="utf-8") as f:
        return {ln.split(" ")[0] for ln in f if not ln.startswith(" ")}
NEXC, VEXC = exc_pairs("noun"), exc_pairs("verb")
NOUNS, VERBS = index("noun"), index("verb")
PLURALS = {p for p, b in NEXC}
def regular_plurals(s):
    return {s + "s", s + "es", s + s[-1] + "es"} | ({s[:-1] + "ies"} if s.endswith("y") else set())

# ---- counts and structure
doms = Counter(i["category"] for i in K)
MIN = {"language/irregular-plural": 500, "language/verb-base": 500}
for d, n in sorted(MIN.items()):
    report("%s has >= %d items" % (d, n), doms.get(d, 0) >= n, "%d" % doms.get(d, 0))
report("the language registries are exactly the expected ones", set(doms) == set(MIN), str(sorted(doms)))
bad = [i["id"] for i in ALL if i["meta"].get("family") != "language"]
report("every item of knowledge/language.jsonl is of the language family", not bad, str(bad[:5]))
report("knowledge/language.jsonl under 2 MiB", len(kraw.encode()) < 2 * 1024 * 1024, "%d bytes" % len(kraw.encode()))
report("fabricated/*.jsonl present, each under 2 MiB",
       fsizes and all(n < 2 * 1024 * 1024 for n in fsizes.values()), str(fsizes))
report("knowledge ids unique", len({i["id"] for i in K}) == len(K))
report("knowledge sorted by id", [i["id"] for i in K] == sorted(i["id"] for i in K))
order = ["id", "input", "messages", "answer", "aliases", "grader", "category", "difficulty", "meta"]
bad = [i["id"] for i in K + F if [k for k in order if k in i] != list(i)]
report("item keys in the fixed order", not bad, str(bad[:5]))
vers = {}
def version(pkg):
    if pkg not in vers:
        vers[pkg] = RECORDED.get(pkg)
    return vers[pkg]
bad = [i["id"] for i in K + F if not i["meta"].get("source_version")
       or version(i["meta"]["source"]) != i["meta"]["source_version"]]
report("meta.source_version is the version the suite records", not bad, str(bad[:5]))
bad = [i["id"] for i in K + F if i["meta"].get("family") != "language" or i["meta"].get("domain") != i["category"]]
report("meta.family is language and meta.domain the category", not bad, str(bad[:5]))
bad = [i["id"] for i in K if i.get("difficulty") != tier(i["meta"].get("asked", ""))
       or i["meta"].get("proxy") != i["difficulty"]]
report("difficulty is the wamerican tier of the asked word", not bad, str(bad[:5]))
diffs = Counter(i["difficulty"] for i in K)
report("difficulties 1..5 all present", sorted(diffs) == [1, 2, 3, 4, 5], str(diffs))
bad = [i["id"] for i in K if "answer" not in i or i.get("grader") not in (None,)]
report("every knowledge item has an answer and the exact grader", not bad, str(bad[:5]))

# ---- truth, random items
def plain(w):
    """w without its accents, in lower case."""
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)).lower()

CHALLAH = {"challah"}

def chk_plural(it):
    m = re.fullmatch(r"What is the plural of the English noun '([a-z]+)'\?", it["input"])
    if m:
        s = m.group(1)
        want = {p for p, b in NEXC if b == s and p != s}
        # accented spellings of the answer (réseaux) are accepted too
        got = {it["answer"]} | {plain(a) for a in it.get("aliases") or []}
        if want != got:
            return "noun.exc lists %s for %s" % (sorted(want), s)
        if s in PLURALS:
            return "%s is itself listed as a plural in noun.exc" % s
        reg = sorted(r for r in regular_plurals(s) if r in LOW)
        if reg:
            return "regular plural %s is in a wamerican list" % reg
        return None
    m = re.fullmatch(r"What is the singular of the English plural noun '([a-z]+)'\?", it["input"])
    if not m:
        return "unparsed question"
    p = m.group(1)
    want = {b for q, b in NEXC if q == p and b != p}
    extra = {plain(a) for a in it.get("aliases") or []} - want
    # beside WordNet's answer: its accented spelling (château), or challah,
    # the usual spelling of hallah, which index.noun has in the same synset
    if want != {it["answer"]} or extra - (CHALLAH & NOUNS):
        return "noun.exc lists %s for %s" % (sorted(want), p)
    if p in NOUNS:
        return "%s is itself a noun lemma" % p
    if it["answer"] in PLURALS:
        return "%s is itself listed as a plural in noun.exc" % it["answer"]
    if p in regular_plurals(it["answer"]):
        return "%s is a regular plural" % p
    return None

# the regular inflections of a verb, with the usual spelling changes (e
# dropped, consonant doubled, y -> ied/ies, c -> ck, ie -> ying)
def regular_verb_forms(b):
    e = b[:-1] if b.endswith("e") else b
    out = {b + "ed", b + "d", e + "ed", e + "ing", b + "ing", b + "s", b + "es",
           b + b[-1] + "ed", b + b[-1] + "ing", b + "ked", b + "king"}
    if b.endswith("y"):
        out |= {b[:-1] + "ied", b[:-1] + "ies"}
    if b.endswith("ie"):
        out.add(b[:-2] + "ying")
    return out
REG_OF = {}
for v in VERBS:
    if v.isalpha():
        for r in regular_verb_forms(v):
            REG_OF.setdefault(r, set()).add(v)

def chk_verb(it):
    m = re.fullmatch(r"'([a-z]+)' is an inflected form of which English verb\? "
                     r"Answer with the verb's base form\.", it["input"])
    if not m:
        return "unparsed question"
    f = m.group(1)
    want = {b for q, b in VEXC if q == f and b != f}
    if want != {it["answer"]}:
        return "verb.exc lists %s for %s" % (sorted(want), f)
    if f in VERBS:
        return "%s is itself a verb lemma" % f
    if it["answer"] not in VERBS:
        return "%s is not in index.verb" % it["answer"]
    if (it.get("aliases") or []) not in ([], ["to " + it["answer"]]):
        return "aliases %s" % it.get("aliases")
    other = sorted(v for v in REG_OF.get(f, ()) if v != it["answer"])
    if other:
        return "%s is also a regular form of %s" % (f, other)
    kind = "spelling" if f in regular_verb_forms(it["answer"]) else "irregular"
    if it["meta"].get("kind") != kind:
        return "%s is a %s form of %s, meta.kind says %s" % (f, kind, it["answer"], it["meta"].get("kind"))
    return None

CHECK = {"language/irregular-plural": chk_plural, "language/verb-base": chk_verb}
for d in sorted(MIN):
    pool = sorted((i for i in K if i["category"] == d), key=lambda i: i["id"])
    n = min(PER, len(pool))
    bad = []
    for it in rnd.sample(pool, n):
        why = CHECK[d](it)
        if why:
            bad.append("%s: %s" % (it["id"], why))
    report("truth %s (%d random items vs WordNet and wamerican, seed %d)" % (d, n, seed),
           n > 0 and not bad, "; ".join(bad[:3]))
# both directions of the plural registry are asked
dirs = Counter(i["meta"].get("direction") for i in K if i["category"] == "language/irregular-plural")
kinds = Counter(i["meta"].get("kind") for i in K if i["category"] == "language/verb-base")
report("verb-base holds >= 350 irregular forms", kinds["irregular"] >= 350, str(kinds))
report("irregular-plural asks both directions", dirs["singular-to-plural"] >= 100 and dirs["plural-to-singular"] >= 100, str(dirs))

# ---- fabricated: every word absent
LEX = set()
for w in LOW:
    LEX.add(w.replace("'", ""))
for pos in ("noun", "verb", "adj", "adv"):
    for lem in index(pos):
        LEX.add(lem.lower())
        LEX.update(x for x in re.split(r"[_-]", lem.lower()) if x)
    for a, b in exc_pairs(pos):
        for x in (a, b):
            LEX.add(x.lower())
            LEX.update(y for y in re.split(r"[_-]", x.lower()) if y)
AZ = "abcdefghijklmnopqrstuvwxyz"
def one_edit(w):
    sp = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in sp if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in sp if len(b) > 1}
    out |= {a + c + b[1:] for a, b in sp if b for c in AZ}
    out |= {a + c + b for a, b in sp for c in AZ}
    return out
fdoms = Counter(i["category"] for i in F)
report("fabricated/word has >= 350 items", fdoms.get("fabricated/word", 0) >= 350, str(fdoms))
report("no fabricated item carries an answer", all("answer" not in i for i in F))
report("fabricated ids unique", len({i["id"] for i in F}) == len(F))
bad, near = [], []
for it in F:
    m = re.fullmatch(r"What does the English word '([a-z]+)' mean\?", it["input"])
    if not m or it["id"] != "fabricated/word/" + m.group(1):
        bad.append("unparsed " + it["id"]); continue
    w = m.group(1)
    if w in LEX:
        bad.append(w)
    elif one_edit(w) & LEX:
        near.append("%s (%s)" % (w, sorted(one_edit(w) & LEX)[0]))
report("fabricated/word: all %d words absent from the wamerican lists and WordNet" % len(F),
       len(F) > 0 and not bad, str(bad[:5]))
report("fabricated/word: no word one edit from a known word", len(F) > 0 and not near, str(near[:5]))
files = sorted(LISTS + [W + "index." + p for p in ("noun", "verb", "adj", "adv")]
               + [W + p + ".exc" for p in ("noun", "verb", "adj", "adv")])
bad = [i["id"] for i in F if sorted(i["meta"].get("checked_absent_in") or []) != files]
report("fabricated items name the files absence was checked in", not bad, str(bad[:5]))

results()
EOF
py=$?
check "language checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
