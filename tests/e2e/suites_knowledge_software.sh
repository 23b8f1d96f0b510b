#!/bin/sh
# suites_knowledge_software.sh -- the software family of the knowledge and
# fabricated suites (C headers, errno, signals, x86-64 syscalls, media
# types, Debian/Ubuntu releases): counts per registry, structure, random
# items of every registry checked against the installed source files, and
# every fabricated name checked absent, with lookups written here (the
# generator is not imported).
. "$(dirname "$0")/lib.sh"
S=${KD_SUITES:-${TRILEMMA_HOME:-.}/suites}
PER=${SUITES_DRAW:-25}

/usr/bin/python3 - "$S" "$PER" "$(dirname "$0")" >"$T/results" 2>"$T/py.err" <<'EOF'
import csv, glob, gzip, json, os, random, re, subprocess, sys
from collections import Counter

S, PER = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, sys.argv[3])
from suite_checks import jsonl, recorded_versions, report, results  # noqa: E402
RECORDED = recorded_versions(S)


kpath = os.path.join(S, "knowledge", "software.jsonl")
# the family's file also holds the registries knowledge.py makes itself
# (PCI and USB vendors, OUIs, ports, Unicode names): these are its own
ALL = jsonl(kpath)
K = [i for i in ALL if i["category"].startswith("software/")]
FAB_DOMS = ("fabricated/c-function", "fabricated/errno", "fabricated/syscall",
            "fabricated/distro-codename")
FB = []
for p in sorted(glob.glob(os.path.join(S, "fabricated", "*.jsonl"))):
    FB += [i for i in jsonl(p) if i.get("category") in FAB_DOMS]
seed = random.SystemRandom().randrange(1 << 30)
rnd = random.Random(seed)
print("# random seed", seed, file=sys.stderr)

# ---- counts and structure
MIN = {"software/c-header": 500, "software/errno": 250, "software/signal": 90,
       "software/syscall": 500, "software/mime-type": 500, "software/distro-release": 170}
doms = Counter(i["category"] for i in K)
report("software registries are exactly the expected ones", sorted(doms) == sorted(MIN), str(sorted(doms)))
bad = [i["id"] for i in ALL if i["meta"].get("family") != "software"]
report("every item of knowledge/software.jsonl is of the software family", not bad, str(bad[:5]))
for d, n in sorted(MIN.items()):
    report("%s has >= %d items" % (d, n), doms.get(d, 0) >= n, "%d" % doms.get(d, 0))
report("knowledge/software.jsonl under 2 MiB", os.path.getsize(kpath) < 2 * 1024 * 1024)
report("item ids unique", len({i["id"] for i in K}) == len(K))
order = ["id", "input", "answer", "aliases", "grader", "category", "difficulty", "meta"]
bad = [i["id"] for i in K if [k for k in order if k in i] != list(i)]
report("knowledge item keys in the fixed order", not bad, str(bad[:5]))
forder = ["id", "input", "category", "meta"]
bad = [i["id"] for i in FB if [k for k in forder if k in i] != list(i)]
report("fabricated item keys in the fixed order", not bad, str(bad[:5]))
bad = [i["id"] for i in K if i.get("difficulty") not in (1, 2, 3, 4, 5)]
report("difficulties are 1..5", not bad, str(bad[:5]))
bad = [i["id"] for i in K + FB if i["meta"].get("family") != "software"]
report("every item has meta.family software", not bad, str(bad[:5]))
bad = [i["id"] for i in K + FB if i["meta"].get("domain") != i["category"]]
report("meta.domain is the category", not bad, str(bad[:5]))
_ver = {}
def version(pkg):
    if pkg not in _ver:
        _ver[pkg] = RECORDED.get(pkg)
    return _ver[pkg]
bad = [i["id"] for i in K + FB if i["meta"].get("source_version") is None
       or i["meta"]["source_version"] != version(i["meta"]["source"])]
report("meta.source_version is the version the suite records", not bad, str(bad[:5]))
bad = [i["id"] for i in K if not re.fullmatch(r"(c-header|errno|signal|syscall|mime-type|distro-release)/.+", i["id"])
       or i["id"].split("/")[0] != i["category"].split("/")[1]]
report("knowledge ids are <registry>/<key>", not bad, str(bad[:5]))
bad = [i["id"] for i in FB if "answer" in i or not i["id"].startswith(i["category"] + "/")
       or not i["meta"].get("checked_absent_in")]
report("fabricated items: no answer, id <domain>/<key>, checked_absent_in", not bad, str(bad[:5]))
fd = Counter(i["category"] for i in FB)
report("fabricated counts (c-function 200, errno 60, syscall 150, distro-codename 60)",
       [fd[d] for d in FAB_DOMS] == [200, 60, 150, 60], str(dict(fd)))

def q(pattern, s):
    m = re.search(pattern, s)
    if not m:
        raise ValueError("question not understood: " + s)
    return m.groups()

# ---- the source files, read here
def mantext(p):
    with gzip.open(p, "rt", encoding="utf-8", errors="replace") as f:
        return f.read()
def plain(s):
    return re.sub(r"\\f(\[[^\]]*\]|.)", "", s).replace("\\-", "-")

MANFILES = []
for pkg in ("manpages", "manpages-dev"):
    r = subprocess.run(["dpkg-query", "-L", pkg], capture_output=True, text=True, check=True)
    MANFILES += [p for p in r.stdout.split("\n") if re.match(r"/usr/share/man/man[1-8]/.+\.gz$", p)]
MANFILES = sorted(set(MANFILES))
SYN = {}          # page path -> SYNOPSIS text (man2, man3)
for p in MANFILES:
    if re.match(r"/usr/share/man/man[23]/", p) and not os.path.islink(p):
        m = re.search(r"^\.SH SYNOPSIS\n(.*?)^\.SH ", mantext(p), re.M | re.S)
        if m:
            SYN[p] = plain(m.group(1))

def headers_for(name):
    """For each SYNOPSIS that declares name(...): the #include lines (no
    comment) of the run just before the prototype."""
    out = []
    for p, syn in sorted(SYN.items()):
        if re.search(r"^\.TP", syn, re.M):
            continue
        lines = syn.splitlines()
        for k, ln in enumerate(lines):
            if ln.startswith((".BI", ".B ")) and "#define" not in ln and \
                    re.search(r"(?<![A-Za-z0-9_])%s\s*\((?!\*)" % re.escape(name), ln.replace('"', " ")) and \
                    re.search(r"([A-Za-z_][A-Za-z0-9_]*)\s*\((?!\*)", ln.replace('"', " ")).group(1) == name:
                j = k - 1
                while j >= 0 and not re.search(r"#include", lines[j]):
                    j -= 1
                run = []
                while j >= 0 and (re.search(r"#include <", lines[j]) or lines[j].startswith('.\\"')):
                    if lines[j].startswith('.\\"'):
                        j -= 1
                        continue
                    if "/*" not in lines[j]:
                        run.append(re.search(r"#include <([^>]+)>", lines[j]).group(1))
                    j -= 1
                out.append((p, tuple(sorted(run))))
    return out

CC = ["/usr/bin/cc", "-fsyntax-only", "-D_GNU_SOURCE", "-x", "c", "-"]
def compiles(src):
    return subprocess.run(CC, input=src, capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C")).returncode == 0

def chk_c_header(it):
    (kind, name) = q(r"C library (function|macro) ([A-Za-z_][A-Za-z0-9_]*)", it["input"])
    found = headers_for(name)
    runs = {r for _, r in found}
    if runs != {(it["answer"],)}:
        return "SYNOPSIS include runs %s" % sorted(runs)
    h = it["answer"]
    if set(it.get("aliases") or []) != {"<%s>" % h, "#include <%s>" % h}:
        return "aliases %s" % it.get("aliases")
    src = ("#include <%s>\nvoid *p = (void *)&%s;\n" % (h, name) if kind == "function"
           else "#include <%s>\n#ifndef %s\n#error no\n#endif\n" % (h, name))
    return None if compiles(src) else "cc does not find %s %s in <%s>" % (kind, name, h)

def hdefs(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for ln in f:
            p = ln.split()
            if len(p) >= 3 and p[0] == "#define":
                out[p[1]] = p[2]
    return out
ERR = {}
for p in ("/usr/include/asm-generic/errno-base.h", "/usr/include/asm-generic/errno.h"):
    ERR.update({k: v for k, v in hdefs(p).items() if k.startswith("E")})
with open("/usr/include/x86_64-linux-gnu/asm/errno.h", encoding="utf-8") as f:
    report("x86-64 asm/errno.h is asm-generic's", "#include <asm-generic/errno.h>" in f.read())
ERRN = {k: int(v) if v.isdigit() else int(ERR[v]) for k, v in ERR.items() if v.isdigit() or ERR.get(v, "").isdigit()}
# the C library's own names for kernel values (ENOTSUP for EOPNOTSUPP),
# accepted for a number
with open("/usr/include/x86_64-linux-gnu/bits/errno.h", encoding="utf-8") as f:
    for k, v in re.findall(r"^#\s*define\s+(E[A-Z0-9]+)\s+(E[A-Z0-9]+)\s*$", f.read(), re.M):
        if v in ERRN and k not in ERRN:
            ERRN[k] = ERRN[v]

def chk_number_name(table, prefix):
    def f(it):
        if "/name/" in it["id"]:
            (n,) = q(r"\b(%s[A-Z0-9]+)\?$" % prefix, it["input"])
            if n not in table:
                return "%s not defined" % n
            return None if it["answer"] == table[n] else "want %d" % table[n]
        (v,) = q(r"(?:value|number) (\d+)\?", it["input"])
        names = sorted(n for n, x in table.items() if x == int(v))
        if it["answer"] not in names:
            return "%s not among %s" % (it["answer"], names)
        ok = set(names) | {n[3:] for n in names if n.startswith("SIG")}
        extra = [a for a in it.get("aliases") or [] if a not in ok]
        return "aliases not of this number: %s" % extra if extra else None
    return f

SIGS = hdefs("/usr/include/x86_64-linux-gnu/asm/signal.h")
SIGN = {}
for k, v in SIGS.items():
    if k.startswith("SIG") and not k.startswith(("SIG_", "SIGRT", "SIGSTKSZ")):
        if v.isdigit():
            SIGN[k] = int(v)
        elif SIGS.get(v, "").isdigit():
            SIGN[k] = int(SIGS[v])
ACT = {}
t7 = mantext("/usr/share/man/man7/signal.7.gz")
tab = t7[t7.index("Signal\tStandard\tAction\tComment\n"):]
tab = tab[:tab.index(".TE")]
for ln in tab.splitlines()[1:]:
    p = ln.split("\t")
    if p[0].startswith("SIG") and len(p) > 2 and p[2]:
        ACT[p[0]] = p[2]
chk_sig_num = chk_number_name(SIGN, "SIG")
def chk_signal(it):
    if "/action/" in it["id"]:
        (n,) = q(r"of the signal (SIG[A-Z0-9]+)\?", it["input"])
        if n not in SIGN:
            return "%s not in asm/signal.h" % n
        return None if ACT.get(n) == it["answer"] else "signal(7) says %s" % ACT.get(n)
    if "/name/" in it["id"]:
        (n,) = q(r"signal (SIG[A-Z0-9]+)\?$", it["input"])
        return None if SIGN.get(n) == it["answer"] else "want %s" % SIGN.get(n)
    return chk_sig_num(it)

with open("/usr/include/x86_64-linux-gnu/asm/unistd_64.h", encoding="utf-8") as f:
    NR = {m.group(1): int(m.group(2)) for m in re.finditer(r"#define\s+__NR_([a-z0-9_]+)\s+(\d+)", f.read())}
def chk_syscall(it):
    if "/name/" in it["id"]:
        (n,) = q(r"system call ([a-z0-9_]+) on Linux x86-64", it["input"])
        return None if NR.get(n) == it["answer"] else "want %s" % NR.get(n)
    (v,) = q(r"the number (\d+) on Linux x86-64", it["input"])
    names = [n for n, x in NR.items() if x == int(v)]
    return None if names == [it["answer"]] else "unistd_64.h has %s" % names

EXT = {}
with open("/etc/mime.types", encoding="utf-8") as f:
    for ln in f:
        p = ln.split("#")[0].split()
        for e in p[1:]:
            EXT.setdefault(e, set()).add(p[0])
import mimetypes
PYMAP = dict(mimetypes._types_map_default)
def chk_mime(it):
    (e,) = q(r"file extension \.(\S+)\? Answer", it["input"])
    ts = EXT.get(e, set())
    if ts != {it["answer"]}:
        return "mime.types has %s" % sorted(ts)
    if "." + e in PYMAP and PYMAP["." + e] != it["answer"]:
        return "Python's default map says %s" % PYMAP["." + e]
    return None

with gzip.open("/usr/share/doc/distro-info-data/changelog.gz", "rt", encoding="utf-8") as f:
    import email.utils
    for ln in f:
        if ln.startswith(" -- "):
            CUT = email.utils.parsedate_to_datetime(ln.split(">", 1)[1].strip()).date().isoformat()
            break
REL = {}
for d in ("debian", "ubuntu"):
    with open("/usr/share/distro-info/%s.csv" % d, encoding="utf-8") as f:
        REL[d] = list(csv.DictReader(f))
# the cutoff is the recorded package's changelog date: when the installed
# distro-info-data is that version, its changelog must give the same date;
# a later one (Debian updates it for each Ubuntu release) lists more
# releases, and every item's release must still come before its cutoff
DI_INSTALLED = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "distro-info-data"],
                              capture_output=True, text=True).stdout.strip()
SAME_DI = DI_INSTALLED == RECORDED.get("distro-info-data")
def chk_distro(it):
    if SAME_DI and it["meta"].get("cutoff") != CUT:
        return "cutoff %s, changelog %s" % (it["meta"].get("cutoff"), CUT)
    cut = it["meta"].get("cutoff") or ""
    kind = it["id"].split("/")[1]
    if kind == "version":
        name, code = q(r"Which (Debian|Ubuntu) version was codenamed \"(.+)\"\?", it["input"])
        rows = [r for r in REL[name.lower()] if r["codename"] == code]
    elif kind == "codename":
        name, v = q(r"codename of (Debian|Ubuntu) (.+)\?$", it["input"])
        rows = [r for r in REL[name.lower()] if r["version"] == v]
    elif it["input"].startswith("In which year was Ubuntu \""):
        # asked by codename: Ubuntu's version (YY.MM) would give the year away
        (code,) = q(r"year was Ubuntu \"(.+)\" released\?$", it["input"])
        rows = [r for r in REL["ubuntu"] if r["codename"] == code]
    else:
        name, v, code = q(r"year was (Debian) (\S+) \"(.+)\" released\?", it["input"])
        rows = [r for r in REL[name.lower()] if r["version"].replace(" LTS", "") == v and r["codename"] == code]
    if len(rows) != 1:
        return "%d rows" % len(rows)
    r = rows[0]
    if not (r["release"] and r["release"] < cut <= CUT):
        return "released %s, not before the cutoff %s (changelog %s)" % (r["release"], cut, CUT)
    want = {"version": r["version"].replace(" LTS", ""), "codename": r["codename"],
            "year": int(r["release"][:4])}[kind]
    return None if it["answer"] == want else "want %s" % want

CHECK = {"software/c-header": chk_c_header, "software/errno": chk_number_name(ERRN, "E"),
         "software/signal": chk_signal, "software/syscall": chk_syscall,
         "software/mime-type": chk_mime, "software/distro-release": chk_distro}
for d in sorted(MIN):
    pool = sorted((i for i in K if i["category"] == d), key=lambda i: i["id"])
    bad = []
    for it in rnd.sample(pool, min(PER, len(pool))):
        try:
            why = CHECK[d](it)
        except Exception as e:
            why = "unparsed: %r" % e
        if why:
            bad.append("%s: %s" % (it["id"], why))
    report("truth %s (%d random items vs the source files)" % (d, min(PER, len(pool))),
           len(pool) >= 25 and not bad, "; ".join(bad[:3]))

# ---- fabricated: every name absent
IDS = set()
for d, ds, fs in os.walk("/usr/include"):
    for f in fs:
        p = os.path.join(d, f)
        if os.path.isfile(p):
            with open(p, "rb") as fh:
                IDS.update(x.decode() for x in re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", fh.read()))
PAGES = {os.path.basename(p).split(".")[0] for p in MANFILES}
PAGES |= {os.path.basename(p).split(".")[0] for p in glob.glob("/usr/share/man/man*/*")}
SYNALL = "\n".join(SYN.values())
ERRNO3 = set(re.findall(r"\bE[A-Z0-9]+\b", mantext("/usr/share/man/man3/errno.3.gz")))
ALLNR = set()
for p in glob.glob("/usr/include/**/unistd*.h", recursive=True):
    with open(p, encoding="utf-8", errors="replace") as f:
        ALLNR.update(re.findall(r"__NR\w*?_([a-z0-9_]+)", f.read()))
MAN2 = {os.path.basename(p).split(".")[0] for p in glob.glob("/usr/share/man/man2/*")}
CODEWORDS = set()
for d in REL:
    for r in REL[d]:
        CODEWORDS |= set(r["codename"].lower().split()) | {r["series"]}

def fab_c(it):
    (n,) = q(r"C library function ([a-z0-9_]+)\(\)", it["input"])
    if n in IDS: return "identifier in /usr/include"
    if n in PAGES: return "man page name"
    if re.search(r"(?<![A-Za-z0-9_])%s(?![A-Za-z0-9_])" % re.escape(n), SYNALL): return "in a SYNOPSIS"
    return None
def fab_errno(it):
    (n,) = q(r"errno constant (E[A-Z0-9]+)\?", it["input"])
    if n in ERR or n in ERRNO3 or n in IDS: return "defined or documented"
    return None
def fab_syscall(it):
    (n,) = q(r"system call ([a-z0-9_]+) on Linux", it["input"])
    if n in ALLNR or n in MAN2 or n in NR or n in IDS: return "a real syscall name"
    return None
def fab_distro(it):
    (name, code) = q(r"Which (Debian|Ubuntu) version was codenamed \"(.+)\"\?", it["input"])
    ws = set(code.lower().split())
    if ws & CODEWORDS: return "word of a real codename"
    return None
FCHECK = {"fabricated/c-function": fab_c, "fabricated/errno": fab_errno,
          "fabricated/syscall": fab_syscall, "fabricated/distro-codename": fab_distro}
for d in FAB_DOMS:
    bad = []
    its = [i for i in FB if i["category"] == d]
    for it in its:
        try:
            why = FCHECK[d](it)
        except Exception as e:
            why = "unparsed: %r" % e
        if why:
            bad.append("%s: %s" % (it["id"], why))
    report("%s: all %d names absent from the source files" % (d, len(its)), its and not bad,
           "; ".join(bad[:3]))

results()
EOF
py=$?
check "software checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
