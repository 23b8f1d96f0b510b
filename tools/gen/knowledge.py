#!/usr/bin/python3
"""Generate suites/knowledge and suites/calibration from Debian's registries.

Usage: /usr/bin/python3 tools/gen/knowledge.py [--out DIR]

Each domain reads one registry file, keeps only entries whose asked-for
name is unique in that registry, gives each a difficulty 1-5 from a
measurable popularity proxy (see docs/suites.md), and takes a stratified,
seeded sample. The registries made here are the ISO, Unicode, hardware,
network and time-zone ones; the science, software, humanities and language
registries come from kd_science, kd_software, kd_humanities and
kd_language. Every item names its domain family (meta.family), and each
family's items are written to knowledge/FAMILY.jsonl. The calibration
suite asks a deterministic subset of the same items with a request for a
stated confidence.
"""

import hashlib
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import kd_humanities  # noqa: E402
import kd_language  # noqa: E402
import kd_science  # noqa: E402
import kd_software  # noqa: E402

# The domain families (after AA-Omniscience's domains), in the order of the
# suite's item files: each family's items are in knowledge/FAMILY.jsonl.
FAMILIES = ("geography", "humanities", "language", "science", "software")
# the family of each registry kept here, by the registry's prefix; the
# kd_* modules give theirs (FAMILY)
FAMILY_OF = {"geography": "geography", "time": "geography", "finance": "humanities",
             "language": "language", "writing": "language", "hardware": "software",
             "network": "software", "unicode": "software"}
MODULES = (kd_humanities, kd_language, kd_science, kd_software)

PER_DOMAIN = 400
VERSION = "1.0"
TEMPLATE = ("Answer with the answer alone, or say \"I don't know\" if you "
            "do not know.\n\n{input}")
CAL_TEMPLATE = ("Answer the question, or say \"I don't know\". Then, on the "
                "last line, write \"Confidence: N%\": the probability that "
                "your answer is correct.\n\n{input}")


# ---------------------------------------------------------------- readers

def parse_oui():
    """oui.txt -> list of (hex6, organisation, country line)."""
    recs, cur = [], None
    with open(C.OUI_TXT, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    for ln in text.splitlines():
        if "(base 16)" in ln:
            a, _, org = ln.partition("(base 16)")
            cur = [a.strip().upper(), org.strip(), []]
            recs.append(cur)
        elif cur is not None and ln.strip() == "":
            cur = None
        elif cur is not None:
            cur[2].append(ln.strip())
    return [(a, o, (addr[-1] if addr else "")) for a, o, addr in recs]


def country_oui_counts():
    """Popularity proxy for countries: MA-L assignments registered at an
    address in that country (last address line of oui.txt)."""
    codes = {c["alpha_2"] for c in C.load_iso("3166-1")}
    cnt = Counter()
    for _, _, cc in parse_oui():
        if cc in codes:
            cnt[cc] += 1
    return cnt


COUNTRY_TIERS = (500, 100, 20, 1)


def country_name(c):
    return C.clean_name(c.get("common_name", c["name"]))


def parse_ids(path):
    """pci.ids / usb.ids -> list of (vendor id, name, device count)."""
    out = []
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    for ln in text.splitlines():
        if ln.startswith("C "):
            break
        m = re.match(r"^([0-9a-f]{4})  (.+)$", ln)
        if m:
            out.append([m.group(1), m.group(2).strip(), 0])
        elif re.match(r"^\t[0-9a-f]{4}  ", ln) and out:
            out[-1][2] += 1
    return out


def parse_services():
    """/etc/services entries above the "not as allocated by IANA" marker:
    name -> sorted list of (port, proto)."""
    out = {}
    with open(C.SERVICES, encoding="utf-8") as f:
        for ln in f:
            if "not as allocated by IANA" in ln:
                break
            ln = ln.split("#", 1)[0].split()
            if len(ln) < 2:
                continue
            port, _, proto = ln[1].partition("/")
            if proto not in ("tcp", "udp", "sctp"):
                continue
            for nm in [ln[0]] + ln[2:]:
                out.setdefault(nm, set()).add((int(port), proto, nm == ln[0]))
    return out


def unicode_ages():
    ages = []
    with open(os.path.join(C.UNICODE_DIR, "DerivedAge.txt"), encoding="utf-8") as f:
        for ln in f:
            ln = ln.split("#", 1)[0].strip()
            if not ln:
                continue
            rng, age = [x.strip() for x in ln.split(";")]
            lo, _, hi = rng.partition("..")
            ages.append((int(lo, 16), int(hi or lo, 16), tuple(int(x) for x in age.split("."))))
    return ages


def unicode_names():
    """UnicodeData.txt -> list of (code point, name), real names only."""
    out = []
    with open(os.path.join(C.UNICODE_DIR, "UnicodeData.txt"), encoding="utf-8") as f:
        for ln in f:
            fields = ln.split(";")
            cp, name = int(fields[0], 16), fields[1]
            if name.startswith("<"):
                continue
            out.append((cp, name))
    return out


# ---------------------------------------------------------------- domains

def d_iso3166_1(ccount):
    src, dom = "iso-codes", "geography/iso3166-1"
    items, items_num = [], []
    for c in sorted(C.load_iso("3166-1"), key=lambda x: x["alpha_2"]):
        name = country_name(c)
        n = ccount.get(c["alpha_2"], 0)
        d = C.tier(n, COUNTRY_TIERS)
        items.append(C.item(
            id="iso3166-1/%s" % c["alpha_3"],
            input="What is the ISO 3166-1 alpha-3 code of %s?" % name,
            answer=c["alpha_3"], category=dom, difficulty=d,
            meta=C.meta(src, dom, proxy=n)))
        items_num.append(C.item(
            id="iso3166-1-numeric/%s" % c["numeric"],
            input="What is the ISO 3166-1 numeric code of %s?" % name,
            answer=int(c["numeric"]), aliases=[c["numeric"]],
            grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom + "-numeric", difficulty=d,
            meta=C.meta(src, dom + "-numeric", proxy=n)))
    return [(dom, items), (dom + "-numeric", items_num)]


def d_iso3166_2(ccount):
    src, dom = "iso-codes", "geography/iso3166-2"
    countries = {c["alpha_2"]: c for c in C.load_iso("3166-1")}
    # names without the registry's footnote marks ("Aerodrom †",
    # "Alacant*", "Lleida [Lérida]": see common.clean_name)
    subs = [dict(s, name=C.clean_name(s["name"])) for s in C.load_iso("3166-2")]
    shared = Counter((s["code"][:2], C.norm(s["name"])) for s in subs)
    items = []
    for s in sorted(subs, key=lambda x: x["code"]):
        cc = s["code"][:2]
        if shared[(cc, C.norm(s["name"]))] > 1 or cc not in countries:
            continue
        n = ccount.get(cc, 0)
        code = s["code"]
        items.append(C.item(
            id="iso3166-2/%s" % code,
            input="What is the ISO 3166-2 code of %s (%s) in %s?" % (
                s["name"], s["type"].lower(), country_name(countries[cc])),
            answer=code, aliases=[code.replace("-", ""), code.replace("-", " ")],
            category=dom, difficulty=C.tier(n, COUNTRY_TIERS),
            meta=C.meta(src, dom, proxy=n)))
    return [(dom, items)]


def d_iso4217(ccount):
    src, dom = "iso-codes", "finance/iso4217"
    cur = [c for c in C.load_iso("4217") if c["alpha_3"] not in ("XTS", "XXX")]
    shared = Counter(C.norm(c["name"]) for c in cur)
    items, items_num = [], []
    for c in sorted(cur, key=lambda x: x["alpha_3"]):
        if shared[C.norm(c["name"])] > 1:
            continue
        cc = c["alpha_3"][:2]
        n = ccount.get(cc, -1)
        d = C.tier(n, COUNTRY_TIERS) if n >= 0 else 3
        items.append(C.item(
            id="iso4217/%s" % c["alpha_3"],
            input="What is the ISO 4217 alphabetic code of the currency \"%s\"?" % c["name"],
            answer=c["alpha_3"], category=dom, difficulty=d,
            meta=C.meta(src, dom, proxy=max(n, 0))))
        if "numeric" in c:
            items_num.append(C.item(
                id="iso4217-numeric/%s" % c["alpha_3"],
                input="What is the ISO 4217 numeric code of the currency \"%s\"?" % c["name"],
                answer=int(c["numeric"]), aliases=[c["numeric"]],
                grader={"type": "numeric", "abs": 0, "rel": 0},
                category=dom + "-numeric", difficulty=d,
                meta=C.meta(src, dom + "-numeric", proxy=max(n, 0))))
    return [(dom, items), (dom + "-numeric", items_num)]


def lang_tier(x, in_639_2):
    if "alpha_2" in x:
        return 1
    if x["alpha_3"] in in_639_2:
        return 2
    if x["scope"] == "M":
        return 3
    if x["type"] == "L":
        return 4
    return 5


def d_iso639_3():
    """ISO 639-3 code of a language, individual (scope I) or macrolanguage
    (scope M).

    Macrolanguages: a macrolanguage code (est "Estonian") stands for a
    group of individual languages, and for some of them one member is what
    the macrolanguage's name means in practice (ekk "Standard Estonian").
    A model asked for Estonian may rightly give ekk, and one asked for
    Standard Estonian may give est, the code most software uses for it. So
    each such pair accepts both codes: the macrolanguage item has its
    member's code as an alias and the member item the macrolanguage's.
    The pairs are CLDR's (common.macrolanguage_pairs: the languages CLDR
    canonicalises to one tag), not a guess from names. Other members of a
    macrolanguage (vro "Võro" in est, arz "Egyptian Arabic" in ara) are
    languages of their own whose names the question gives, so their own
    code is the only answer; and a macrolanguage with no CLDR pair (nor
    "Norwegian", whose members Bokmål and Nynorsk are equals) accepts only
    its own code: no single member's code answers for the group. Keeping the items with aliases, rather than dropping every
    macrolanguage, keeps the most-asked languages (Arabic, Chinese,
    Persian, Swahili, Malay ...) in the domain."""
    src, dom = "iso-codes", "language/iso639-3"
    langs = [x for x in C.load_iso("639-3") if x["scope"] in ("I", "M")]
    in_639_2 = {x["alpha_3"] for x in C.load_iso("639-2")}
    shared = Counter(C.norm(x["name"]) for x in langs)
    same = {}
    for mac, ind in C.macrolanguage_pairs(langs):
        same.setdefault(mac, []).append(ind)
        same.setdefault(ind, []).append(mac)
    cldr = "unicode-cldr-core " + C.pkg_version("unicode-cldr-core")
    items = []
    for x in sorted(langs, key=lambda x: x["alpha_3"]):
        if shared[C.norm(x["name"])] > 1:
            continue
        d = lang_tier(x, in_639_2)
        al = sorted(same.get(x["alpha_3"], []))
        extra = {"same_language_as": al, "same_language_source": cldr} if al else {}
        items.append(C.item(
            id="iso639-3/%s" % x["alpha_3"],
            input="What is the ISO 639-3 code of the %s language?" % x["name"],
            answer=x["alpha_3"], aliases=al or None, category=dom, difficulty=d,
            meta=C.meta(src, dom, proxy=d, **extra)))
    return [(dom, items)]


def script_sizes():
    """ISO 15924 code -> number of code points in Scripts.txt."""
    long2code = {}
    with open(os.path.join(C.UNICODE_DIR, "PropertyValueAliases.txt"), encoding="utf-8") as f:
        for ln in f:
            p = [x.strip() for x in ln.split("#", 1)[0].split(";")]
            if len(p) >= 3 and p[0] == "sc":
                long2code[p[2]] = p[1]
    size = Counter()
    with open(os.path.join(C.UNICODE_DIR, "Scripts.txt"), encoding="utf-8") as f:
        for ln in f:
            ln = ln.split("#", 1)[0].strip()
            if not ln:
                continue
            rng, sc = [x.strip() for x in ln.split(";")]
            lo, _, hi = rng.partition("..")
            size[long2code.get(sc, sc)] += int(hi or lo, 16) - int(lo, 16) + 1
    return size


SCRIPT_TIERS = (1000, 300, 100, 1)


def d_iso15924():
    dom = "writing/iso15924"
    size = script_sizes()
    sc = [x for x in C.load_iso("15924") if x["alpha_4"][0] not in "QZ"]
    shared = Counter(C.norm(x["name"]) for x in sc)
    items = []
    for x in sorted(sc, key=lambda x: x["alpha_4"]):
        if shared[C.norm(x["name"])] > 1:
            continue
        n = size.get(x["alpha_4"], 0)
        items.append(C.item(
            id="iso15924/%s" % x["alpha_4"],
            input="What is the ISO 15924 four-letter code of the script \"%s\"?" % x["name"],
            answer=x["alpha_4"], category=dom, difficulty=C.tier(n, SCRIPT_TIERS),
            meta=C.meta("iso-codes", dom, proxy=n)))
    return [(dom, items)]


def unicode_tier(cp, age):
    if cp <= 0xFF:
        return 1
    if age <= (1, 1):
        return 2
    if age <= (3, 2):
        return 3
    if age <= (6, 3):
        return 4
    return 5


def d_unicode():
    dom = "unicode/name"
    ages = unicode_ages()

    def age_of(cp):
        for lo, hi, a in ages:
            if lo <= cp <= hi:
                return a
        return (99, 0)
    items = []
    for cp, name in unicode_names():
        hexs = "%04X" % cp
        if hexs in name:       # names that spell their code point
            continue
        a = age_of(cp)
        items.append(C.item(
            id="unicode/U+%s" % hexs,
            input="What is the code point of the Unicode character %s?" % name,
            answer="U+" + hexs, aliases=[hexs, "0x" + hexs, "U+%X" % cp, "0x%X" % cp],
            category=dom, difficulty=unicode_tier(cp, a),
            meta=C.meta("unicode-data", dom, proxy="%d.%d" % a)))
    return [(dom, items)]


IDS_TIERS = (200, 40, 8, 1)


def d_ids(path, pkg, dom, label):
    vendors = [v for v in parse_ids(path) if not re.search(r"wrong id|\?|^unknown", v[1], re.I)]
    shared = Counter(C.norm(v[1]) for v in vendors)
    items = []
    for vid, name, ndev in sorted(vendors):
        if shared[C.norm(name)] > 1 or not C.norm(name):
            continue
        items.append(C.item(
            id="%s/%s" % (dom.split("/")[1], vid),
            input="What is the %s vendor ID of %s? Answer with four hex digits." % (label, name),
            answer=vid, aliases=["0x" + vid, vid.upper(), "0x" + vid.upper()],
            category=dom, difficulty=C.tier(ndev, IDS_TIERS),
            meta=C.meta(pkg, dom, proxy=ndev)))
    return [(dom, items)]


SUFFIX = {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited",
          "llc", "gmbh", "ag", "sa", "s", "a", "bv", "b", "v", "plc", "company",
          "kg", "oy", "ab", "as", "spa", "srl", "pte", "pty", "kk", "sas",
          "the", "of", "and", "se", "nv", "lp", "ltda", "sarl", "zao", "ooo"}
OUI_TIERS = (50, 10, 3, 2)


EQUIV = {"limited": "ltd", "ltd": "limited", "corporation": "corp", "corp": "corporation",
         "incorporated": "inc", "inc": "incorporated", "company": "co", "co": "company"}


def org_aliases(name, brands, short):
    """The name without corporate suffixes, with each suffix in its other
    usual spelling (Ltd/Limited, Corp/Corporation, Inc, Co), its first
    word when that is a brand, and its short name when it has one (see
    d_oui and short_name)."""
    full = C.norm(name).split()
    w = list(full)
    while len(w) > 1 and w[-1] in SUFFIX:
        w.pop()
    out = [" ".join(w)]
    swapped = [EQUIV.get(x, x) if i >= len(w) else x for i, x in enumerate(full)]
    out.append(" ".join(swapped))
    if full[0] in brands:
        out.append(full[0])
    s = short_name(name, short)
    if s:
        out.append(s)
    return [a for a in out if a != C.norm(name)]


def name_tokens(name):
    """The words of an organisation name as written: split at spaces,
    commas, slashes and parentheses, with dots and quotes trimmed."""
    return [t for t in (x.strip(".'\"") for x in re.split(r"[\s,/()]+", name)) if t]


def compact(token):
    return "".join(C.words(token))


def short_name(name, short):
    """The organisation's short name, when the name shows one: the word in
    the brand position -- the first word, or the first after at most two
    leading words that say where or what the company is (a place, or a
    word that begins more than 5 organisations' names: "Hangzhou", "New",
    "Shenzhen") -- when that word is distinctive:
      * it mixes letters and digits ("H3C", "3SNIC", "8BITDO"), or
      * it is a single word written in capitals in a name that is not
        all capitals ("XIAOMI Electronics"; in "SURE SYSTEM" capitals mean
        nothing, in "PHOENIX CONTACT Electronics" the run is the name);
    and it is rare: at least 3 letters or digits (2+ letters, and no
    ordinal such as "41ST"), in at most 5
    organisations' names, no corporate suffix, no place or country code.
    (Common words are refused for every alias by common.item.) `short` is
    the context d_oui computes: heads, places, word counts."""
    heads, places, count = short
    toks = name_tokens(name)
    i = 0
    while i < min(2, len(toks) - 1) and compact(toks[i]) in heads:
        i += 1
    t = toks[i]
    c = compact(t)
    if not re.fullmatch(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", t) or len(c) < 3:
        return None
    if sum(ch.isalpha() for ch in c) < 2 or re.fullmatch(r"\d+(st|nd|rd|th)", c):
        return None             # "1394c", "41st": a number, not a name
    if c in SUFFIX or c in places or count[c] > 5:
        return None
    def capital(x):
        return sum(ch.isalpha() for ch in x) >= 2 and x.upper() == x
    body = [x for x in toks if compact(x) not in SUFFIX]
    mixed = any(ch.isdigit() for ch in c)
    # one word in capitals, not a run of them ("PHOENIX CONTACT", "TONG BO
    # WEI": the run is the name, not a short name inside it)
    nxt = toks[i + 1] if i + 1 < len(toks) and compact(toks[i + 1]) not in SUFFIX else ""
    caps = (capital(t) and not any(capital(x) for x in toks[i - 1:i] + [nxt])
            and not all(capital(x) for x in body))
    if mixed or caps:
        return C.norm(t)
    return None


def d_oui():
    dom = "network/ieee-oui"
    recs = [r for r in parse_oui() if C.norm(r[1]) not in ("private", "ieee registration authority", "")]
    by = {}
    for a, org, _ in sorted(recs):
        by.setdefault(C.norm(org), []).append((a, org))
    # a first word is accepted alone ("Cisco" for "Cisco Systems, Inc") when
    # it has 4+ letters, begins at most 5 organisations' names, and is no
    # word of a country or subdivision name (Texas, Shenzhen, American ...)
    places = set()
    for std in ("3166-1", "3166-2"):
        for x in C.load_iso(std):
            places.update(C.words(x["name"]))
            places.update(C.words(x.get("common_name", "")))
    codes = set()
    for x in C.load_iso("3166-1"):
        codes.update((x["alpha_2"].lower(), x["alpha_3"].lower()))
    first = Counter(k.split()[0] for k in by)
    brands = {w for w, n in first.items() if n <= 5 and len(w) >= 4 and w.isalpha() and w not in places}
    # for short_name: leading words to skip, and in how many organisations'
    # names each word (letters and digits of a written word) occurs
    heads = places | {w for w, n in first.items() if n > 5}
    count = Counter()
    for key in sorted(by):
        count.update({compact(t) for t in name_tokens(by[key][0][1])})
    short = (heads, places | codes, count)
    items = []
    for key in sorted(by):
        blocks = by[key]
        a, org = blocks[0]            # the lowest block of the organisation
        oui = "%s-%s-%s" % (a[0:2], a[2:4], a[4:6])
        items.append(C.item(
            id="ieee-oui/%s" % a,
            input="Which organization is the IEEE OUI (MA-L) %s assigned to?" % oui,
            answer=org, aliases=org_aliases(org, brands, short) or None,
            category=dom, difficulty=C.tier(len(blocks), OUI_TIERS),
            meta=C.meta("ieee-data", dom, proxy=len(blocks))))
    return [(dom, items)]


def port_tier(p):
    return 1 if p < 100 else 2 if p < 512 else 3 if p < 1024 else 4 if p < 5000 else 5


def d_services():
    dom = "network/iana-port"
    svc = parse_services()
    items = []
    for name in sorted(svc):
        ports = {p for p, _, _ in svc[name]}
        primary = any(pr for _, _, pr in svc[name])
        if len(ports) != 1 or not primary:
            continue
        port = ports.pop()
        protos = sorted({pr for _, pr, _ in svc[name]})
        items.append(C.item(
            id="iana-port/%s" % name,
            input="Which port number is assigned to the network service \"%s\" (%s)?" % (
                name, "/".join(protos)),
            answer=port, grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=port_tier(port),
            meta=C.meta("netbase", dom, proxy=port)))
    return [(dom, items)]


def d_tz(ccount):
    dom = "time/tz-country"
    countries = {c["alpha_2"]: c for c in C.load_iso("3166-1")}
    items = []
    with open(os.path.join(C.ZONEINFO, "zone.tab"), encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#") and ln.strip()]
    for r in sorted(rows, key=lambda x: x[2]):
        cc, zone = r[0], r[2]
        if cc not in countries:
            continue
        c = countries[cc]
        al = sorted({country_name(c), c["name"], c.get("official_name", c["name"]), c["alpha_3"]})
        n = ccount.get(cc, 0)
        city = C.norm(zone.split("/")[-1].replace("_", " "))
        d = 1 if city in (C.norm(c["name"]), C.norm(country_name(c))) else C.tier(n, COUNTRY_TIERS)
        items.append(C.item(
            id="tz-country/%s" % zone,
            input="In which country is the IANA time zone %s? Answer with the ISO 3166-1 alpha-2 code." % zone,
            answer=cc, aliases=al, category=dom, difficulty=d,
            meta=C.meta("tzdata", dom, proxy=n)))
    return [(dom, items)]


# ---------------------------------------------------------------- main

def build():
    ccount = country_oui_counts()
    groups = []
    groups += d_iso3166_1(ccount)
    groups += d_iso3166_2(ccount)
    groups += d_iso4217(ccount)
    groups += d_iso639_3()
    groups += d_iso15924()
    groups += d_unicode()
    groups += d_ids(C.PCI_IDS, "pci.ids", "hardware/pci-vendor", "PCI")
    groups += d_ids(C.USB_IDS, "usb.ids", "hardware/usb-vendor", "USB")
    groups += d_oui()
    groups += d_services()
    groups += d_tz(ccount)
    groups = [(dom, [dict(it, meta=C.with_family(it["meta"], FAMILY_OF[dom.split("/")[0]])) for it in its],
               PER_DOMAIN) for dom, its in groups]
    for mod in MODULES:
        groups += mod.knowledge_groups()
    items, domains = [], []
    for dom, its, cap in groups:
        picked = C.stratified(its, cap, dom)
        domains.append(dom)
        items += picked
    items.sort(key=lambda x: x["id"])
    return items, domains


SOURCES = ["iso-codes", "unicode-data", "pci.ids", "usb.ids", "ieee-data", "netbase", "tzdata",
           "unicode-cldr-core"]
for _mod in MODULES:
    SOURCES += [p for p in _mod.SOURCES if p not in SOURCES]


def main(argv):
    out = C.out_dir(argv)
    items, domains = build()
    fams = sorted({it["meta"]["family"] for it in items})
    if fams != sorted(FAMILIES):
        raise SystemExit("gen: knowledge families %s, expected %s" % (fams, sorted(FAMILIES)))
    C.write_suite(
        out, "knowledge", version=VERSION,
        description="Long-tail facts in five domain families (geography, humanities, "
                    "language, science, software) from Debian's registries and data "
                    "packages; every answer is checkable in the source file.",
        axis="calibration", grader={"type": "exact"}, template=TEMPLATE,
        abstain_token="I don't know", domains=sorted(domains), sources=SOURCES,
        output_tokens=16, items=None,
        parts=[(f + ".jsonl", [it for it in items if it["meta"]["family"] == f])
               for f in FAMILIES],
        suite_meta={"seed": C.SEED, "generator": "tools/gen/knowledge.py",
                    "families": list(FAMILIES)})
    # calibration: the items whose sha256(id) falls in the lowest 35%,
    # a deterministic subset spread over every domain
    cal = [it for it in items
           if int(hashlib.sha256(it["id"].encode()).hexdigest()[:8], 16) < 0.35 * 2**32]
    C.write_suite(
        out, "calibration", version=VERSION,
        description="Knowledge items asked with a stated confidence, for ECE, "
                    "Brier score, AUROC and the reliability diagram.",
        axis="calibration", grader={"type": "exact"}, template=CAL_TEMPLATE,
        abstain_token="I don't know", domains=sorted(domains), sources=SOURCES,
        output_tokens=24,
        items=cal, suite_meta={"seed": C.SEED, "generator": "tools/gen/knowledge.py",
                               "subset_of": "knowledge", "confidence": "last line, Confidence: N%"})


if __name__ == "__main__":
    main(sys.argv)
