"""Shared helpers for the suite generators (standard library only).

Every generator is deterministic: inputs are read in sorted order, every
random choice comes from a random.Random seeded with a fixed string, and
nothing iterates over a set or dict whose order depends on hashing.
"""

import json
import os
import random
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

SEED = "trilemma-suites-1"

# Paths of the registry files, by Debian package.
ISO_JSON = "/usr/share/iso-codes/json"
UNICODE_DIR = "/usr/share/unicode"
PCI_IDS = "/usr/share/misc/pci.ids"
USB_IDS = "/usr/share/misc/usb.ids"
OUI_TXT = "/usr/share/ieee-data/oui.txt"
SERVICES = "/etc/services"
ZONEINFO = "/usr/share/zoneinfo"
CLDR_SUPPLEMENTAL = "/usr/share/unicode/cldr/common/supplemental"   # unicode-cldr-core

ITEM_KEYS = ("id", "input", "messages", "answer", "aliases", "grader",
             "category", "difficulty", "meta")


def rng(tag):
    """A random generator for one purpose, seeded from SEED and tag."""
    return random.Random(SEED + ":" + tag)


_versions = {}


def pkg_version(pkg):
    """The installed version of a Debian package (dpkg-query)."""
    if pkg not in _versions:
        try:
            out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                                 check=True, capture_output=True, text=True)
        except (OSError, subprocess.CalledProcessError):
            sys.exit("gen: package %s is not installed; run make suites" % pkg)
        _versions[pkg] = out.stdout.strip()
    return _versions[pkg]


def meta(pkg, domain, **extra):
    m = {"source": pkg, "source_version": pkg_version(pkg), "domain": domain}
    for k in sorted(extra):
        m[k] = extra[k]
    return m


_common_words = None


def common_words():
    """The stop list of tools/gen/common-words.txt (a set of lower-case
    words): common English words that no alias may be."""
    global _common_words
    if _common_words is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "common-words.txt")
        with open(path, encoding="utf-8") as f:
            _common_words = {ln.strip() for ln in f
                             if ln.strip() and not ln.startswith("#")}
    return _common_words


def alias_ok(alias):
    """May this be an alias? An alias is accepted by the exact grader as a
    whole answer, so it must not be a common English word ("this" would
    make the reply "This." correct), nor made only of such words ("this
    is", "the one"), nor shorter than two letters or digits. The same
    comparison as the grader's: case, accents and punctuation ignored, and
    with spaces removed too ("N A" is "na")."""
    ws = words(str(alias))
    cw = common_words()
    compact = "".join(ws)
    if len(compact) < 2 or compact in cw:
        return False
    return not all(w in cw for w in ws)


def item(**kw):
    """An item dict with keys in the fixed order; None values are dropped.
    Aliases that fail alias_ok() are dropped, for every category (rule in
    one place so that no generator can add a common word as an alias)."""
    if kw.get("aliases") is not None:
        seen, al = {str(kw.get("answer"))}, []
        for a in kw["aliases"]:
            if a not in seen and alias_ok(a):
                seen.add(a)
                al.append(a)
        kw["aliases"] = al or None
    out = {}
    for k in ITEM_KEYS:
        if kw.get(k) is not None:
            out[k] = kw[k]
    extra = sorted(set(kw) - set(ITEM_KEYS))
    if extra:
        raise ValueError("unknown item keys: %s" % extra)
    return out


def norm(s):
    """Loose normal form used to compare names (NFKC, case, punctuation)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def words(s):
    return norm(s).split()


# Footnote and editorial marks that registries attach to names: daggers,
# asterisks, section signs, a bracketed note or alternative ("Lleida
# [Lérida]", "Stockholms län [SE-01]", "Amānat al ‘Āşimah [city]"), and a
# parenthesised country-code annotation ("Boujdour (EH)", "Tarfaya
# (EH-partial)"). They are not part of the name and are never shown in a
# question; parentheses that are part of a name ("Sofia (stolitsa)",
# "Ilocos (Region I)", "(UTAG)") are kept.
_FOOTNOTE = re.compile(r"\s*(?:[†‡§¶*]+|\[[^\]]*\]|\((?:[A-Z]{2})(?:-partial)?\))")


def clean_name(s):
    """A registry name without footnote marks (see _FOOTNOTE)."""
    return " ".join(_FOOTNOTE.sub("", s).split())


def load_iso(std):
    with open(os.path.join(ISO_JSON, "iso_%s.json" % std), encoding="utf-8") as f:
        return json.load(f)[std]


def macrolanguage_pairs(langs):
    """(macrolanguage, individual language) pairs of ISO 639-3 codes that
    CLDR treats as one language: languageAlias entries with
    reason="macrolanguage" in CLDR's supplementalMetadata.xml
    (unicode-cldr-core), e.g. ekk -> et (Standard Estonian is what
    "Estonian" means), bxr -> bua, bcl -> bik, cmn -> zh. Two-letter
    replacements are mapped to their ISO 639-3 code; only pairs of an
    individual language (scope I) and a macrolanguage (scope M) are kept."""
    by3 = {x["alpha_3"]: x for x in langs}
    by2 = {x["alpha_2"]: x for x in langs if "alpha_2" in x}
    tree = ET.parse(os.path.join(CLDR_SUPPLEMENTAL, "supplementalMetadata.xml"))
    pairs = set()
    for e in tree.iter("languageAlias"):
        if e.get("reason") != "macrolanguage":
            continue
        ind = by3.get(e.get("type"))
        mac = by2.get(e.get("replacement")) or by3.get(e.get("replacement"))
        if ind and mac and ind["scope"] == "I" and mac["scope"] == "M":
            pairs.add((mac["alpha_3"], ind["alpha_3"]))
    return sorted(pairs)


def yq(s):
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(s, ensure_ascii=False)


def write_tools(d, tools):
    """Write DIR/tools.json, the suite's tool catalogue: a JSON array of
    tool objects sorted by name, one a line, each with its keys in the
    order given (the order requests send them in)."""
    names = [t["name"] for t in tools]
    if len(names) != len(set(names)):
        raise SystemExit("gen: duplicate tool names in %s/tools.json" % d)
    lines = [json.dumps(t, ensure_ascii=False, separators=(",", ":"))
             for t in sorted(tools, key=lambda t: t["name"])]
    with open(os.path.join(d, "tools.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")


def write_suite(outdir, name, *, version, description, axis, grader,
                template, abstain_token, domains, sources, items,
                output_tokens, system=None, suite_meta=None, tools=None,
                parts=None):
    """Write OUTDIR/NAME/suite.yaml and items.jsonl, and tools.json when
    tools (the tool objects the items name) is given. output_tokens: a
    typical answer's length in tokens (run --dry-run, --max-cost). parts:
    instead of items.jsonl, the item files [(file name, items), ...] in
    the order suite.yaml lists them (items is then ignored)."""
    d = os.path.join(outdir, name)
    os.makedirs(d, exist_ok=True)
    if parts is None:
        parts = [("items.jsonl", items)]
    items = [it for _, part in parts for it in part]
    ids = [it["id"] for it in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("gen: duplicate item ids in suite %s" % name)
    lines = [
        "# Generated by tools/gen (make suites); do not edit by hand.",
        "name: " + yq(name),
        "version: " + yq(version),
        "description: " + yq(description),
        "axis: " + axis,
        "grader: " + json.dumps(grader, ensure_ascii=False),
        "template: " + yq(template),
    ]
    if system is not None:
        lines.append("system: " + yq(system))
    if abstain_token is not None:
        lines.append("abstain_token: " + yq(abstain_token))
    lines.append("output_tokens: %d" % output_tokens)
    if [f for f, _ in parts] != ["items.jsonl"]:
        lines.append("items: [%s]" % ", ".join(f for f, _ in parts))
    lines.append("domains:")
    for dom in domains:
        lines.append("  - " + yq(dom))
    lines.append("sources:")
    for pkg in sources:
        lines.append("  - {package: %s, version: %s}" % (yq(pkg), yq(pkg_version(pkg))))
    if suite_meta:
        lines.append("meta:")
        for k in sorted(suite_meta):
            lines.append("  %s: %s" % (k, json.dumps(suite_meta[k], ensure_ascii=False)))
    with open(os.path.join(d, "suite.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    for fname, part in parts:
        write_jsonl(os.path.join(d, fname), part)
    if tools is not None:
        write_tools(d, tools)


def write_jsonl(path, items):
    """items, one compact JSON object a line (UTF-8, keys as given), to
    path; its directory is made when missing."""
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False, separators=(",", ":")) + "\n")


def with_family(m, family):
    """Item meta m with its domain family set, keys in meta()'s order."""
    head = {k: m[k] for k in ("source", "source_version", "domain")}
    rest = dict((k, v) for k, v in m.items() if k not in head)
    rest["family"] = family
    return dict(head, **{k: rest[k] for k in sorted(rest)})


def tier(value, thresholds):
    """Difficulty 1-5 from a popularity value: thresholds are the minimum
    values of difficulty 1, 2, 3, 4 (descending); below the last is 5."""
    for i, t in enumerate(thresholds):
        if value >= t:
            return i + 1
    return 5


def stratified(items, n, tag):
    """Pick up to n items spread over difficulties: sorted by id, shuffled
    with a fixed seed, then taken round-robin by difficulty."""
    r = rng("pick:" + tag)
    by = {}
    for it in sorted(items, key=lambda x: x["id"]):
        by.setdefault(it["difficulty"], []).append(it)
    for k in sorted(by):
        r.shuffle(by[k])
    out = []
    while len(out) < n and any(by.values()):
        for k in sorted(by):
            if by[k] and len(out) < n:
                out.append(by[k].pop())
    return sorted(out, key=lambda x: x["id"])


class Markov:
    """Character Markov chain of order k over a list of words, for names in
    a registry's own style. Deterministic for a given rng."""

    def __init__(self, names, k=2):
        self.k = k
        self.table = {}
        for w in sorted(names):
            s = "^" * k + w + "$"
            for i in range(len(s) - k):
                self.table.setdefault(s[i:i + k], []).append(s[i + k])

    def make(self, r, lo=5, hi=11):
        for _ in range(200):
            s = "^" * self.k
            while True:
                c = r.choice(self.table[s[-self.k:]])
                if c == "$" or len(s) - self.k > hi:
                    break
                s += c
            w = s[self.k:]
            if c == "$" and lo <= len(w) <= hi:
                return w
        return None


def out_dir(argv):
    """--out DIR from argv, default suites/ at the top of the project."""
    if "--out" in argv:
        return argv[argv.index("--out") + 1]
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    return os.path.join(top, "suites")
