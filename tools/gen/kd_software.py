#!/usr/bin/python3
"""Software registries for suites/knowledge and suites/fabricated.

Usage: /usr/bin/python3 tools/gen/kd_software.py OUTDIR
(writes OUTDIR/knowledge/software.jsonl and OUTDIR/fabricated/software.jsonl
and prints the counts; knowledge.py and fabricated.py import it.)

Registries, each read from an installed Debian package:
  software/c-header       C function -> header (manpages-dev SYNOPSIS, each
                          pair confirmed by cc -fsyntax-only)
  software/errno          errno name <-> number on Linux x86-64 (linux-libc-dev)
  software/signal         signal name <-> number, default action (linux-libc-dev,
                          manpages signal(7))
  software/syscall        x86-64 syscall name <-> number (linux-libc-dev)
  software/mime-type      file extension -> media type (media-types)
  software/distro-release Debian/Ubuntu codename <-> version, release year
                          (distro-info-data)
Fabricated: made-up C functions, errno names, syscall names and release
codenames, each checked absent from the files that could hold it.
"""

import csv
import gzip
import os
import re
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import fabricated as F  # noqa: E402

FAMILY = "software"
SOURCES = ["manpages-dev", "manpages", "libc6-dev", "linux-libc-dev", "media-types", "distro-info-data",
           "wamerican-small", "wordnet-base"]

INCLUDE = "/usr/include"
ASM = "/usr/include/x86_64-linux-gnu/asm"
ERRNO_FILES = ["/usr/include/asm-generic/errno-base.h", "/usr/include/asm-generic/errno.h"]
# the C library's own names for kernel errno values (ENOTSUP for
# EOPNOTSUPP), libc6-dev: accepted answers, never asked
GLIBC_ERRNO = "/usr/include/x86_64-linux-gnu/bits/errno.h"
SIGNAL_H = ASM + "/signal.h"
UNISTD_64 = ASM + "/unistd_64.h"
MIME_TYPES = "/etc/mime.types"
DISTRO = "/usr/share/distro-info"
DICT_SMALL = "/usr/share/dict/american-english-small"
WORDNET = "/usr/share/wordnet"
CC = ["/usr/bin/cc", "-fsyntax-only", "-D_GNU_SOURCE", "-x", "c", "-"]

CAP = 600


def item_meta(pkg, dom, **extra):
    return C.meta(pkg, dom, family=FAMILY, **extra)


# ---------------------------------------------------------------- man pages

def pkg_files(pkg):
    r = subprocess.run(["dpkg-query", "-L", pkg], capture_output=True, text=True, check=True)
    return sorted(p for p in r.stdout.split("\n") if p)


_man = None


def man_pages():
    """The man pages of manpages and manpages-dev: list of (section, page
    name, path, is a symlink), sorted."""
    global _man
    if _man is None:
        out = []
        for pkg in ("manpages", "manpages-dev"):
            for p in pkg_files(pkg):
                m = re.match(r"^/usr/share/man/man([1-8])/(.+)\.[1-8][a-z]*\.gz$", p)
                if m and os.path.exists(p):
                    out.append((m.group(1), m.group(2), p, os.path.islink(p)))
        _man = sorted(out)
    return _man


_text = {}


def man_text(path):
    if path not in _text:
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
            _text[path] = f.read()
    return _text[path]


def unescape(s):
    s = re.sub(r"\\f(\[[^\]]*\]|.)", "", s)
    return s.replace("\\-", "-").replace("\\ ", " ").replace("\\~", " ")


def synopsis_decls():
    """man2/man3 SYNOPSIS blocks -> (name -> set of header tuples, every
    name a SYNOPSIS declares). A prototype belongs to the run of #include
    lines before it; #include lines carrying a comment (/* Definition of
    ... */) do not declare; overview pages (a .TP in the SYNOPSIS) are
    skipped. Symlinked pages are the same page; read once."""
    decl = {}
    for sec, page, path, link in man_pages():
        if sec not in "23" or link:
            continue
        m = re.search(r"^\.SH SYNOPSIS\n(.*?)^\.SH ", man_text(path), re.M | re.S)
        if not m or re.search(r"^\.TP", m.group(1), re.M):
            continue
        cur, fresh = [], True
        for ln in m.group(1).splitlines():
            ln = unescape(ln)
            inc = re.search(r"#include <([^>]+)>", ln)
            if inc:
                if fresh:
                    cur, fresh = [], False
                if "/*" not in ln:
                    cur.append(inc.group(1))
                continue
            if ln.startswith((".BI", ".B ")) and "(" in ln and "#define" not in ln:
                fresh = True
                mm = re.search(r"([A-Za-z_][A-Za-z0-9_]*)\s*\((?!\*)", ln.replace('"', " "))
                if mm and mm.group(1) not in ("typedef", "sizeof"):
                    decl.setdefault(mm.group(1), set()).add(tuple(cur))
            elif ln.startswith(".PP"):
                fresh = True
    return decl


_xref = None


def xref_counts():
    """name -> number of distinct man pages (manpages, manpages-dev; real
    files, symlinks not counted twice) that cross-reference it as
    .BR name (2) / (3) or \\fBname\\fP(2)."""
    global _xref
    if _xref is None:
        cnt = Counter()
        pat = re.compile(r"(?:^\.BR\s+|\\fB)([A-Za-z_][A-Za-z0-9_]*)(?:\\f[PR])?\s*\(([23])[a-z]*\)", re.M)
        for sec, page, path, link in man_pages():
            if link:
                continue
            cnt.update({m.group(1) for m in pat.finditer(man_text(path))})
        _xref = cnt
    return _xref


_mention = None


def mention_counts():
    """token -> number of distinct man pages (manpages, manpages-dev) in
    which it occurs as a word."""
    global _mention
    if _mention is None:
        cnt = Counter()
        for sec, page, path, link in man_pages():
            if link:
                continue
            cnt.update(set(re.findall(r"\b[A-Z][A-Z0-9_]+\b", unescape(man_text(path)))))
        _mention = cnt
    return _mention


def compiles(src):
    r = subprocess.run(CC, input=src, capture_output=True, text=True,
                       env=dict(os.environ, LC_ALL="C"))
    return r.returncode == 0


def cc_kind(pair):
    """'function' when cc takes the name's address after including the
    header, 'macro' when the name is a macro there, else None."""
    header, name = pair
    if compiles("#include <%s>\nvoid *p = (void *)&%s;\n" % (header, name)):
        return "function"
    if compiles("#include <%s>\n#ifndef %s\n#error no\n#endif\n" % (header, name)):
        return "macro"
    return None


def float_family_base(name, names):
    """The name of the family's base when name is its float or long double
    twin (sinf, sinl -> sin; lgammaf_r -> lgamma_r), else None."""
    for suf in ("", "_r"):
        if suf and not name.endswith(suf):
            continue
        stem = name[:len(name) - len(suf)]
        if stem[-1:] in ("f", "l") and stem[:-1] + suf in names:
            return stem[:-1] + suf
    return None


C_TIERS = (20, 8, 3, 1)
MACRO_FAMILY = 3
# names whose page shows a second header outside its SYNOPSIS: basename(3)
# declares the POSIX version in <libgen.h> and, in its text, the GNU one in
# <string.h>, so both are right "according to its manual page"
TWO_HEADERS = {"basename"}


def g_c_header():
    dom, pkg = "software/c-header", "manpages-dev"
    decl = synopsis_decls()
    one = {n: list(h)[0][0] for n, h in decl.items()
           if len(h) == 1 and len(list(h)[0]) == 1 and n not in TWO_HEADERS}
    names = set(one)
    keep = sorted(n for n in one if not float_family_base(n, names))
    with ThreadPoolExecutor(max_workers=8) as ex:
        kinds = list(ex.map(cc_kind, [(one[n], n) for n in keep]))
    xr = xref_counts()
    # upper-case macro families (LIST_*, TAILQ_*, CPU_* ...): at most
    # MACRO_FAMILY of each, the most cross-referenced, so that one header's
    # dozens of look-alike macros do not flood the draw
    fam = {}
    for n, kind in zip(keep, kinds):
        if kind is not None and re.fullmatch(r"[A-Z][A-Z0-9]*_[A-Z0-9_]+", n):
            fam.setdefault((one[n], n.split("_")[0]), []).append(n)
    crowd = set()
    for k in sorted(fam):
        ranked = sorted(fam[k], key=lambda n: (-xr.get(n, 0), n))
        crowd.update(ranked[MACRO_FAMILY:])
    items = []
    for n, kind in zip(keep, kinds):
        if kind is None or n in crowd:
            continue
        h = one[n]
        x = xr.get(n, 0)
        what = "function %s()" % n if kind == "function" else "macro %s" % n
        items.append(C.item(
            id="c-header/%s" % n,
            input=("According to its Linux manual page, which header file declares the C library "
                   "%s? Answer with the header file name." % what),
            answer=h, aliases=["<%s>" % h, "#include <%s>" % h],
            category=dom, difficulty=C.tier(x, C_TIERS),
            meta=item_meta(pkg, dom, proxy=x, kind=kind)))
    return items


# ---------------------------------------------------------------- kernel headers

def defines(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for ln in f:
            m = re.match(r"#define\s+([A-Z][A-Z0-9_]*)\s+([A-Za-z0-9_]+)", ln)
            if m:
                out.append(m.groups())
    return out


def errno_table():
    err = []
    for p in ERRNO_FILES:
        err += defines(p)
    num = {n: int(v) for n, v in err if v.isdigit()}
    alias = {n: v for n, v in err if not v.isdigit() and v in num}
    return num, alias


ERRNO_TIERS = (100, 30, 10, 3)


def g_errno():
    dom, pkg = "software/errno", "linux-libc-dev"
    num, alias = errno_table()
    glibc = {}
    with open(GLIBC_ERRNO, encoding="utf-8") as f:
        for m in re.finditer(r"^#\s*define\s+(E[A-Z0-9]+)\s+(E[A-Z0-9]+)\s*$", f.read(), re.M):
            if m.group(2) in num and m.group(1) not in num:
                glibc.setdefault(m.group(2), []).append(m.group(1))
    byval = {}
    for n in sorted(num):
        byval.setdefault(num[n], []).append(n)
    mc = mention_counts()
    items = []
    for n in sorted(num):
        x = mc.get(n, 0)
        items.append(C.item(
            id="errno/name/%s" % n,
            input="On Linux x86-64, what is the numeric value of the errno constant %s?" % n,
            answer=num[n], aliases=[str(num[n])], grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=C.tier(x, ERRNO_TIERS),
            meta=item_meta(pkg, dom, proxy=x)))
    for v in sorted(byval):
        if len(byval[v]) != 1:
            continue
        n = byval[v][0]
        x = mc.get(n, 0)
        al = sorted(a for a in alias if alias[a] == n) + glibc.get(n, [])
        items.append(C.item(
            id="errno/number/%d" % v,
            input="On Linux x86-64, which errno constant has the value %d? Answer with its name, such as EXXX." % v,
            answer=n, aliases=al or None, category=dom, difficulty=C.tier(x, ERRNO_TIERS),
            meta=item_meta(pkg, dom, proxy=x)))
    return items


def signal_table():
    """name -> number of asm/signal.h's numbered signals (SIGPOLL, defined
    as SIGIO, resolved), without SIGRTMIN/SIGRTMAX (the C library moves
    SIGRTMIN) and SIGSTKSZ/SIG_* (not signals)."""
    d = [(n, v) for n, v in defines(SIGNAL_H)
         if n.startswith("SIG") and not n.startswith(("SIG_", "SIGSTKSZ", "SIGRT"))]
    num = {n: int(v) for n, v in d if v.isdigit()}
    for n, v in d:
        if not v.isdigit() and v in num:
            num[n] = num[v]
    return num


OBSOLETE_SIG = ("SIGLOST", "SIGUNUSED")   # unused / removed from glibc 2.26


def signal7_actions():
    t = man_text("/usr/share/man/man7/signal.7.gz")
    m = re.search(r"^Signal\tStandard\tAction\tComment\n(.*?)^\.TE", t, re.M | re.S)
    out = {}
    for ln in m.group(1).splitlines():
        p = ln.split("\t")
        if len(p) >= 3 and p[0].startswith("SIG") and p[2]:
            out[p[0]] = (unescape(p[1]), p[2])
    return out


ACTION_WORDS = {"Term": ["terminate", "terminate the process"],
                "Core": ["core dump", "terminate and dump core"],
                "Ign": ["ignore", "ignored"],
                "Stop": ["stop the process", "stopped"],
                "Cont": ["continue", "continue the process"]}
def signal_tier(std, mentions):
    """POSIX.1-1990 signals mentioned on 10+ pages -> 1, other POSIX.1-1990
    -> 2, POSIX.1-2001 -> 3, not in POSIX but mentioned on 3+ pages -> 4,
    the rest -> 5 (std is signal(7)'s Standard column)."""
    if std == "P1990":
        return 1 if mentions >= 10 else 2
    if std == "P2001":
        return 3
    return 4 if mentions >= 3 else 5


def g_signal():
    dom = "software/signal"
    num = signal_table()
    byval = {}
    for n in sorted(num):
        byval.setdefault(num[n], []).append(n)
    mc = mention_counts()
    act = signal7_actions()
    items = []
    for n in sorted(num):
        if n in OBSOLETE_SIG:
            continue
        x = mc.get(n, 0)
        d = signal_tier(act.get(n, ("-",))[0], x)
        items.append(C.item(
            id="signal/name/%s" % n,
            input="On Linux x86-64, what is the number of the signal %s?" % n,
            answer=num[n], aliases=[str(num[n])], grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=d,
            meta=item_meta("linux-libc-dev", dom, proxy=x, standard=act.get(n, ("-",))[0])))
    for v in sorted(byval):
        names = byval[v]
        main = [n for n in names if n not in OBSOLETE_SIG and n not in ("SIGIOT", "SIGPOLL")]
        if len(main) != 1:
            continue
        n = main[0]
        x = mc.get(n, 0)
        al = sorted(set(names) - {n})
        al += [a[3:] for a in [n] + al]
        items.append(C.item(
            id="signal/number/%d" % v,
            input="On Linux x86-64, which signal has the number %d? Answer with its name, such as SIGXXX." % v,
            answer=n, aliases=al, category=dom, difficulty=signal_tier(act.get(n, ("-",))[0], x),
            meta=item_meta("linux-libc-dev", dom, proxy=x, standard=act.get(n, ("-",))[0])))
    for n in sorted(act):
        if n not in num or n in OBSOLETE_SIG:
            continue
        a = act[n][1]
        x = mc.get(n, 0)
        items.append(C.item(
            id="signal/action/%s" % n,
            input=("On Linux, what is the default action of the signal %s? Answer with one of "
                   "Term, Core, Ign, Stop, Cont (the terms of signal(7))." % n),
            answer=a, aliases=ACTION_WORDS[a], category=dom, difficulty=signal_tier(act[n][0], x),
            meta=item_meta("manpages", dom, proxy=x, standard=act[n][0])))
    return items


def syscalls():
    with open(UNISTD_64, encoding="utf-8") as f:
        return [(m.group(1), int(m.group(2)))
                for m in re.finditer(r"^#define __NR_(\w+) (\d+)$", f.read(), re.M)]


def g_syscall():
    dom, pkg = "software/syscall", "linux-libc-dev"
    sc = syscalls()
    xr = xref_counts()
    # a call named for its 64-bit arguments (pread64, prlimit64) is known
    # by its manual page's name (pread, prlimit) when no call has that name
    names = {n for n, _ in sc}
    short64 = {n: [n[:-2]] for n in names
               if n.endswith("64") and n[:-2] not in names and n[:-2] in man_names()}
    items = []
    for n, v in sorted(sc):
        x = xr.get(n, 0)
        d = C.tier(x, C_TIERS)
        items.append(C.item(
            id="syscall/name/%s" % n,
            input="What is the number of the system call %s on Linux x86-64 (the 64-bit ABI)?" % n,
            answer=v, aliases=[str(v)], grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=d, meta=item_meta(pkg, dom, proxy=x)))
        items.append(C.item(
            id="syscall/number/%d" % v,
            input="Which system call has the number %d on Linux x86-64 (the 64-bit ABI)? Answer with its name." % v,
            answer=n, aliases=["sys_" + n, "__NR_" + n] + short64.get(n, []), category=dom, difficulty=d,
            meta=item_meta(pkg, dom, proxy=x)))
    return items


# ---------------------------------------------------------------- media types

def mime_table():
    ext2, types = {}, []
    with open(MIME_TYPES, encoding="utf-8") as f:
        for ln in f:
            p = ln.split("#", 1)[0].split()
            if not p:
                continue
            types.append(p[0])
            for e in p[1:]:
                ext2.setdefault(e, set()).add(p[0])
    return ext2, types


def python_mime_default():
    """Python's built-in extension map (mimetypes._types_map_default):
    extension without the dot -> type. Independent of /etc/mime.types."""
    import mimetypes
    return {e[1:]: t for e, t in mimetypes._types_map_default.items()}


def subtype_base(t):
    sub = t.split("/", 1)[1]
    return re.sub(r"^(x-|vnd\.|prs\.)", "", sub)


def mime_tier(t, in_py):
    if in_py:
        return 1
    sub = t.split("/", 1)[1]
    if sub.startswith(("x-", "prs.")):
        return 5
    if sub.startswith("vnd."):
        return 4
    return 2 if t.split("/")[0] in ("text", "image", "audio", "video", "font") else 3


def mime_proxy(t, in_py):
    """The proxy value recorded in meta: python-default, or the type's tree."""
    if in_py:
        return "python-default"
    sub = t.split("/", 1)[1]
    for tree in ("x-", "prs.", "vnd."):
        if sub.startswith(tree):
            return "tree " + tree
    return "standard tree, " + t.split("/")[0]


def g_mime():
    dom, pkg = "software/mime-type", "media-types"
    ext2, types = mime_table()
    py = python_mime_default()
    bases = Counter(subtype_base(t) for t in set(types))
    items = []
    lower = Counter(e.lower() for e in ext2)
    for e in sorted(ext2):
        if len(ext2[e]) != 1:
            continue
        if lower[e.lower()] > 1 and (e != e.lower() or ext2.get(e.lower()) != ext2[e]):
            continue            # AMR beside amr: asked once, in lower case
        t = next(iter(ext2[e]))
        if e in py and py[e] != t:
            continue            # the two maps disagree: more than one answer in use
        if t.split("/", 1)[1].startswith(("x-", "vnd.")) and bases[subtype_base(t)] > 1:
            continue            # an x-/vnd. type with a twin in another tree
        in_py = e in py
        items.append(C.item(
            id="mime-type/%s" % e,
            input=("Which media (MIME) type does Debian's /etc/mime.types assign to the file "
                   "extension .%s? Answer with the type, such as type/subtype." % e),
            answer=t, category=dom, difficulty=mime_tier(t, in_py),
            meta=item_meta(pkg, dom, proxy=mime_proxy(t, in_py))))
    return items


# ---------------------------------------------------------------- releases

def changelog_date(pkg):
    """The date (YYYY-MM-DD) of the installed package's latest changelog entry."""
    import email.utils
    with gzip.open("/usr/share/doc/%s/changelog.gz" % pkg, "rt", encoding="utf-8") as f:
        for ln in f:
            m = re.match(r"^ -- .*?>  (.+)$", ln.rstrip("\n"))
            if m:
                return email.utils.parsedate_to_datetime(m.group(1)).strftime("%Y-%m-%d")
    raise SystemExit("gen: no date in the changelog of %s" % pkg)


def releases(distro):
    with open(os.path.join(DISTRO, distro + ".csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def release_tier(distro, version, lts, age):
    if distro == "debian":
        return 1 if age <= 10 else 2 if age <= 15 else 3 if age <= 20 else 4 if age <= 25 else 5
    if lts:
        return 1 if age <= 10 else 2
    return 3 if age <= 5 else 4 if age <= 12 else 5


def g_distro():
    dom, pkg = "software/distro-release", "distro-info-data"
    cut = changelog_date(pkg)
    year = int(cut[:4])
    items = []
    for distro, Name in (("debian", "Debian"), ("ubuntu", "Ubuntu")):
        for r in releases(distro):
            if not r["version"] or not r["release"] or r["release"] >= cut:
                continue
            lts = r["version"].endswith(" LTS")
            v = r["version"].replace(" LTS", "")
            code = r["codename"]
            age = year - int(r["release"][:4])
            d = release_tier(distro, v, lts, age)
            m = item_meta(pkg, dom, proxy="released %s%s" % (r["release"], ", LTS" if lts else ""),
                          cutoff=cut)
            valias = [Name + " " + v]
            if lts:
                valias += [v + " LTS", Name + " " + v + " LTS"]
            if re.fullmatch(r"\d+\.0", v):
                valias += [v[:-2], Name + " " + v[:-2]]
            if distro == "debian" and re.fullmatch(r"\d+", v):
                valias += [v + ".0", Name + " " + v + ".0"]   # "Debian 7.0 Wheezy released"
            key = "%s-%s" % (distro, r["series"])
            items.append(C.item(
                id="distro-release/version/%s" % key,
                input="Which %s version was codenamed \"%s\"? Answer with the version number." % (Name, code),
                answer=v, aliases=valias, category=dom, difficulty=d, meta=m))
            calias = [r["series"]] if r["series"] != C.norm(code) else []
            items.append(C.item(
                id="distro-release/codename/%s" % key,
                input="What was the codename of %s %s?" % (Name, v + (" LTS" if lts else "")),
                answer=code, aliases=calias or None, category=dom, difficulty=d, meta=m))
            items.append(C.item(
                id="distro-release/year/%s" % key,
                input=("In which year was %s %s \"%s\" released?" % (Name, v, code) if distro == "debian"
                       else "In which year was Ubuntu \"%s\" released?" % code),
                answer=int(r["release"][:4]), aliases=[r["release"][:4]],
                grader={"type": "numeric", "abs": 0, "rel": 0},
                category=dom, difficulty=d, meta=m))
    return items


def knowledge_groups():
    c = g_c_header()
    sc = g_syscall()
    mi = g_mime()
    er = g_errno()
    si = g_signal()
    di = g_distro()
    return [("software/c-header", c, CAP), ("software/errno", er, len(er)),
            ("software/signal", si, len(si)), ("software/syscall", sc, CAP),
            ("software/mime-type", mi, CAP), ("software/distro-release", di, len(di))]


# ---------------------------------------------------------------- fabricated

IDENT = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789_"


def include_words():
    """Every identifier in every file under /usr/include (what grep -rw
    finds): impossible_api's reading, which its absence checks use too."""
    import impossible_api
    return impossible_api.header_words()


def edits1(w):
    out = set()
    for i in range(len(w) + 1):
        for c in ALNUM:
            out.add(w[:i] + c + w[i:])
            if i < len(w):
                out.add(w[:i] + c + w[i + 1:])
        if i < len(w):
            out.add(w[:i] + w[i + 1:])
        if i + 1 < len(w):
            out.add(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    out.discard(w)
    return out


def man_names():
    """Every page name in every man section of manpages and manpages-dev
    and every name a man2/man3 SYNOPSIS declares."""
    return {p for _, p, _, _ in man_pages()} | set(synopsis_decls())


class Absent:
    """Real names (compared in lower case) that a fabricated name must not
    be, nor be within edit distance 1 of (`near`), nor be an inflected or
    truncated form of (fabricated.inflected)."""

    def __init__(self, every, near):
        self.every = {w.lower() for w in every}
        self.near = sorted({w.lower() for w in near})
        self.stems = {}
        for w in self.near:
            self.stems.setdefault(w[:F.STEM], []).append(w)

    def ok(self, cand):
        c = cand.lower()
        if c in self.every:
            return False
        if any(e in self.near_set for e in edits1(c)):
            return False
        return not any(r != c and F.inflected(c, r) for r in self.stems.get(c[:F.STEM], ()))

    @property
    def near_set(self):
        if not hasattr(self, "_ns"):
            self._ns = set(self.near)
        return self._ns


def make_names(tag, gen, absent, n, pattern):
    r = C.rng("fab:" + tag)
    out, seen, tries = [], set(), 0
    while len(out) < n and tries < 200000:
        tries += 1
        w = gen(r)
        if not w or w in seen or not re.fullmatch(pattern, w):
            continue
        seen.add(w)
        if absent.ok(w):
            out.append(w)
    if len(out) < n:
        raise SystemExit("gen: could not fabricate %d names for %s" % (n, tag))
    return sorted(out)


def fab_item(dom, key, text, pkg, files, **extra):
    return C.item(id="%s/%s" % (dom, key), input=text, category=dom,
                  meta=item_meta(pkg, dom, checked_absent_in=files, **extra))


def f_c_function(words, mnames):
    dom = "fabricated/c-function"
    decl = synopsis_decls()
    train = sorted(n for n in decl if re.fullmatch(r"[a-z][a-z0-9_]+", n))
    mk = C.Markov(train, k=3)
    glibc = set()
    for pkg in ("libc6-dev", "linux-libc-dev"):
        for p in pkg_files(pkg):
            if p.startswith(INCLUDE + "/") and p.endswith(".h") and os.path.isfile(p):
                with open(p, "rb") as fh:
                    glibc.update(w.decode("ascii") for w in IDENT.findall(fh.read()))
    absent = Absent(words | mnames, glibc | mnames)
    names = make_names(dom, lambda r: mk.make(r, 6, 16), absent, 200, r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
    files = ["man2/man3 page names and SYNOPSIS names", "all man page names (manpages, manpages-dev)",
             "every identifier under /usr/include"]
    return [fab_item(dom, n,
                     "According to its Linux manual page, which header file declares the C library "
                     "function %s()? Answer with the header file name." % n,
                     "manpages-dev", files) for n in names]


def errno3_names():
    return set(re.findall(r"\bE[A-Z0-9]{2,}\b", man_text("/usr/share/man/man3/errno.3.gz")))


def f_errno(words):
    dom = "fabricated/errno"
    num, alias = errno_table()
    real = set(num) | set(alias) | errno3_names()
    mk = C.Markov(sorted(n[1:] for n in real if n.startswith("E")), k=2)
    eword = {w for w in words if re.fullmatch(r"E[A-Z0-9]+", w)}
    absent = Absent(words | real, real | eword)
    names = make_names(dom, lambda r: "E" + (mk.make(r, 3, 9) or ""), absent, 60,
                       r"E[A-Z]{3,9}")
    files = ["asm-generic/errno-base.h", "asm-generic/errno.h", "bits/errno.h", "errno(3)",
             "every identifier under /usr/include"]
    return [fab_item(dom, n,
                     "On Linux x86-64, what is the numeric value of the errno constant %s?" % n,
                     "linux-libc-dev", files) for n in names]


def all_nr_names():
    out = set()
    for d, ds, fs in os.walk(INCLUDE):
        ds.sort()
        for f in sorted(fs):
            if re.fullmatch(r"unistd(_\w+)?\.h", f):
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                    out.update(re.findall(r"__NR3?2?_(\w+)", fh.read()))
    return out


def f_syscall(words):
    dom = "fabricated/syscall"
    real = {n for n, _ in syscalls()} | all_nr_names()
    man2 = {p for s, p, _, _ in man_pages() if s == "2"}
    heads, tails = set(), set()
    for n, _ in syscalls():
        p = n.split("_")
        if len(p) >= 2:
            heads.add(p[0])
            tails.add("_".join(p[1:]))
    heads, tails = sorted(heads), sorted(tails)
    mk = C.Markov(sorted({n for n, _ in syscalls()}), k=3)

    def gen(r):
        if r.random() < 0.5:
            return r.choice(heads) + "_" + r.choice(tails)
        return mk.make(r, 5, 16)
    absent = Absent(words | real | man2, real | man2)
    names = make_names(dom, gen, absent, 150, r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
    files = ["__NR_ names of every unistd*.h under /usr/include", "man2 page names",
             "every identifier under /usr/include"]
    return [fab_item(dom, n,
                     "What is the number of the system call %s on Linux x86-64 (the 64-bit ABI)?" % n,
                     "linux-libc-dev", files) for n in names]


def wordnet_lemmas(pos, lexname=None, under=None):
    """Lemmas of WordNet's data.<pos>: those in the lexicographer file
    lexname (00 = adj.all), or those of synsets whose hypernym chain (@, @i
    pointers) reaches the synset at offset `under` (00015388 = animal), or
    every lemma."""
    syn = {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="utf-8", errors="replace") as f:
        for ln in f:
            if ln.startswith("  "):
                continue
            p = ln.split()
            nw = int(p[3], 16)
            lemmas = [p[4 + 2 * i].split("(")[0] for i in range(nw)]
            k = 4 + 2 * nw
            hyper = [p[k + 1 + 4 * j + 1] for j in range(int(p[k]))
                     if p[k + 1 + 4 * j] in ("@", "@i")]
            syn[p[0]] = (p[1], lemmas, hyper)
    out = set()
    for off in sorted(syn):
        lex, lemmas, hyper = syn[off]
        if lexname is not None and lex != lexname:
            continue
        if under is not None:
            queue, seen, hit = list(hyper), set(), False
            while queue and not hit:
                h = queue.pop()
                if h == under:
                    hit = True
                elif h not in seen and h in syn:
                    seen.add(h)
                    queue += syn[h][2]
            if not hit:
                continue
        out.update(lemmas)
    return out


def first_senses(pos):
    """lemma -> offset of its first (most frequent) sense in index.<pos>."""
    out = {}
    with open(os.path.join(WORDNET, "index." + pos), encoding="utf-8", errors="replace") as f:
        for ln in f:
            if ln.startswith("  "):
                continue
            p = ln.split()
            out[p[0]] = p[-int(p[2])]
    return out


def wordnet_synsets(pos, under):
    """Offsets of the synsets of data.<pos> whose hypernym chain reaches under."""
    syn = {}
    with open(os.path.join(WORDNET, "data." + pos), encoding="utf-8", errors="replace") as f:
        for ln in f:
            if ln.startswith("  "):
                continue
            p = ln.split()
            k = 4 + 2 * int(p[3], 16)
            syn[p[0]] = [p[k + 1 + 4 * j + 1] for j in range(int(p[k]))
                         if p[k + 1 + 4 * j] in ("@", "@i")]
    out = set()
    for off in sorted(syn):
        queue, seen = list(syn[off]), set()
        while queue:
            h = queue.pop()
            if h == under:
                out.add(off)
                break
            if h not in seen and h in syn:
                seen.add(h)
                queue += syn[h]
    return out


# Toy Story characters (Debian's codename source) that a future release
# could take: never used as a fabricated Debian codename.
TOY_STORY = {"andy", "molly", "hannah", "bonnie", "ken", "barbie", "lotso", "zurg", "gabby",
             "ducky", "bunny", "dolly", "chuckles", "stinky", "pete", "prospector", "peas",
             "twitch", "sparks", "chunk", "scud", "buttercup", "angus", "mike", "sally",
             "totoro", "trixie", "slinky", "wheezy", "emperor", "giggle", "benson",
             "harmony", "combat", "carl", "aliens", "lenny", "sarge", "woody", "jessie",
             "bullseye", "mrs", "potato", "hamm", "rex", "bo", "buzz", "sid", "forky", "duke",
             "etch", "squeeze", "stretch", "buster", "bookworm", "slink", "lotso", "duchess"}


# adjectives no release would be named with (Ubuntu's are friendly or
# quirky): kept out of the made-up Ubuntu codenames
UNKIND = {"abusive", "angry", "atheistic", "atrocious", "awful", "corpulent", "dopy", "kinky", "racy", "bloody", "brutal", "corrupt", "critical",
          "cruel", "deadly", "demonic", "dirty", "doubting", "dreadful", "drunk", "erotic", "evil",
          "fascist", "fatal", "filthy", "greedy", "guilty", "harmful", "hateful", "homicidal",
          "hostile", "idiotic", "insane", "jaundiced", "lethal", "lousy", "malignant", "manic",
          "morbid", "moronic", "mortal", "naked", "nasty", "neurotic", "obscene", "offensive",
          "painful", "psychotic", "racist", "repulsive", "satanic", "seething", "sexist", "sexy",
          "sickly", "sinful", "spiteful", "stupid", "suicidal", "terminal", "toxic", "tragic",
          "ugly", "vicious", "violent", "vulgar"}


def f_distro():
    dom = "fabricated/distro-codename"
    rows = {d: releases(d) for d in ("debian", "ubuntu")}
    realw = set()
    for d in rows:
        for r in rows[d]:
            realw |= set(C.words(r["codename"])) | {r["series"]}
    with open(DICT_SMALL, encoding="utf-8") as f:
        small = {w.strip() for w in f if re.fullmatch(r"[a-z]{4,9}", w.strip())}
    adjs = sorted(small & wordnet_lemmas("adj", "00") - realw)
    animals = sorted(small & wordnet_lemmas("noun", "05", under="00015388") - realw)
    nouns = wordnet_lemmas("noun")
    # in Ubuntu's style (Dapper, Feisty, Lucid, Jammy, Noble): an adjective
    # with an adjective's ending, not a participle, and not an unkind word
    adjs = [a for a in adjs if a not in nouns and a not in UNKIND
            and re.search(r"(y|ic|al|ful|ant|ent|ive|ous|ar|id|ile)$", a)
            and not re.search(r"(ed|ing)$", a)]
    # animals only: no word that also names a person or a body part
    people = wordnet_lemmas("noun", "18") | wordnet_lemmas("noun", "08")
    first = first_senses("noun")
    animal_syn = wordnet_synsets("noun", under="00015388")
    adj_all = wordnet_lemmas("adj")
    animals = [a for a in animals if a not in people and a not in adj_all
               and first.get(a) in animal_syn and not re.search(r"([^s]s|en)$", a)]
    absent = Absent(realw, realw)
    r = C.rng("fab:" + dom)
    files = ["debian.csv", "ubuntu.csv"]
    out, seen = [], set()
    by = {}
    for a in animals:
        by.setdefault(a[0], []).append(a)
    letters = sorted(set(by) & {a[0] for a in adjs})
    while len(out) < 40:
        c = letters[r.randrange(len(letters))]
        a = r.choice([x for x in adjs if x[0] == c])
        b = r.choice(by[c])
        name = a.capitalize() + " " + b.capitalize()
        if a in seen or b in seen or not absent.ok(a) or not absent.ok(b):
            continue
        seen |= {a, b}
        out.append(fab_item(dom, "ubuntu-" + a + "-" + b,
                            "Which Ubuntu version was codenamed \"%s\"? Answer with the version number." % name,
                            "distro-info-data", files))
    # Debian style (Debian names releases after Toy Story toys): the name
    # of a kind of toy (WordNet hyponyms of plaything/toy, 03964744), not a
    # Toy Story character, not within edit distance 1 of a codename
    toys = sorted(w for w in wordnet_lemmas("noun", under="03964744")
                  if re.fullmatch(r"[a-z]{3,10}", w) and w not in TOY_STORY and not w.startswith("golliwog"))
    for w in make_names(dom + ":debian", lambda r: r.choice(toys), absent, 20, r"[a-z]{3,10}"):
        out.append(fab_item(dom, "debian-" + w,
                            "Which Debian version was codenamed \"%s\"? Answer with the version number." % w.capitalize(),
                            "distro-info-data", files))
    return sorted(out, key=lambda x: x["id"])


def fabricated_groups():
    words = include_words()
    mnames = man_names()
    return [("fabricated/c-function", f_c_function(words, mnames)),
            ("fabricated/errno", f_errno(words)),
            ("fabricated/syscall", f_syscall(words)),
            ("fabricated/distro-codename", f_distro())]


# ---------------------------------------------------------------- main

def main(argv):
    if len(argv) != 2:
        sys.exit("usage: kd_software.py OUTDIR")
    out = argv[1]
    items = []
    for dom, its, cap in knowledge_groups():
        picked = C.stratified(its, cap, dom)
        print("knowledge %-28s %4d of %4d  difficulty %s" % (
            dom, len(picked), len(its), dict(sorted(Counter(i["difficulty"] for i in picked).items()))))
        items += picked
    items.sort(key=lambda x: x["id"])
    C.write_jsonl(os.path.join(out, "knowledge", FAMILY + ".jsonl"), items)
    print("knowledge total %d, difficulty %s" % (
        len(items), dict(sorted(Counter(i["difficulty"] for i in items).items()))))
    fab = []
    for dom, its in fabricated_groups():
        print("fabricated %-28s %4d" % (dom, len(its)))
        fab += its
    fab.sort(key=lambda x: x["id"])
    C.write_jsonl(os.path.join(out, "fabricated", FAMILY + ".jsonl"), fab)
    print("fabricated total %d" % len(fab))


if __name__ == "__main__":
    main(sys.argv)
