#!/usr/bin/python3
"""Generate suites/fabricated: questions with no true answer.

Usage: /usr/bin/python3 tools/gen/fabricated.py [--out DIR]

Two kinds of item, both graded `abstain`:
  * fabricated entities: names made in a registry's own style (a character
    Markov chain trained on that registry's names, or recombined parts of
    real Unicode names) and checked absent from the registry they imitate,
    from every other iso-codes registry, from near-misspellings of real
    names (edit distance 1), and from inflected forms of real names (a real
    name plus or minus a short ending: "Pécson" is Pécs, not a new city);
  * false premises on real entries: an attribute the entry does not have
    (an ISO 639-1 code for a language that has none; a real subdivision
    placed in a country it does not belong to).
How absence is established, per domain, is in docs/suites.md.
"""

import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

VERSION = "1.0"
TEMPLATE = ("Answer with the answer alone, or say \"I don't know\" if you "
            "do not know. If the question rests on something that does not "
            "exist or is false, say so.\n\n{input}")

COUNTS = {
    "fabricated/iso3166-2": 120,
    "fabricated/iso3166-1": 50,
    "fabricated/iso639-3": 120,
    "fabricated/iso15924": 40,
    "fabricated/unicode": 120,
    "fabricated/tz": 80,
    "false-premise/iso639-1": 60,
    "false-premise/iso3166-2": 60,
}


def deletes(w):
    return {w[:i] + w[i + 1:] for i in range(len(w))}


STEM = 4            # a stem shared with a real word is at least this long


def inflected(w, real):
    """Is w (normal form) an inflected or truncated form of the real word
    `real` (normal form)? With p the length of their common beginning (at
    least STEM letters), w is one when it is
      * the real word plus a suffix of up to 2 letters, 3 when the real
        word has 6 or more (Pécs -> "Pécson", Sikkim -> "Sikkimān"),
      * the real word minus an ending of up to 3 letters,
      * the real word with its ending changed: at most 2 letters differ
        after the common beginning on either side (an edit distance of at
        most 2 at the end: Baranya -> "Baranyo"),
      * or shares a stem of 5+ letters with it that is at least 80% of its
        own length (Hoofdstedelijk -> "Hoofdst").
    Names are declined and conjugated in their own languages, so a name a
    reader would take for a form of a real one is no fabrication."""
    p = 0
    for a, b in zip(w, real):
        if a != b:
            break
        p += 1
    if p < STEM:
        return False
    tw, tr = len(w) - p, len(real) - p
    return ((tr == 0 and tw <= (3 if len(real) >= 6 else 2))
            or (tw == 0 and tr <= 3) or (tw <= 2 and tr <= 2)
            or (p >= 5 and p >= 0.8 * len(w)))


class Registry:
    """Every name in the registries a fabricated name must avoid: whole
    names, their words, the one-deletion neighbourhood of every word (a
    candidate is rejected when it is within edit distance 1 of a real
    word, or a transposition away), and every word's stem (a candidate is
    rejected when it is an inflected or truncated form of a real word:
    see inflected). Names are compared in normal form: lower case, accents
    and punctuation removed, footnote marks dropped (common.clean_name)."""

    def __init__(self):
        self.names = set()
        self.words = set()
        self.near = set()
        self.stems = {}

    def add(self, name):
        n = C.norm(C.clean_name(name).replace("_", " "))
        if not n:
            return
        self.names.add(n)
        for w in n.split():
            self.words.add(w)
            self.near.add(w)
            self.near |= deletes(w)
            if len(w) >= STEM:
                self.stems.setdefault(w[:STEM], set()).add(w)

    def inflection_of(self, w):
        """The real word that w is a form of (see inflected), or None."""
        for r in sorted(self.stems.get(w[:STEM], ())):
            if r != w and inflected(w, r):
                return r
        return None

    def clashes(self, candidate):
        n = C.norm(candidate)
        if n in self.names:
            return True
        for w in n.split():
            if w in self.near or deletes(w) & self.near or self.inflection_of(w):
                return True
        return False


def iso_names():
    out = []
    for std, keys in (("3166-1", ("name", "official_name", "common_name")),
                      ("3166-2", ("name",)), ("3166-3", ("name",)),
                      ("4217", ("name",)), ("639-2", ("name", "common_name")),
                      ("639-3", ("name", "inverted_name", "common_name")),
                      ("639-5", ("name",)), ("15924", ("name",))):
        for x in C.load_iso(std):
            for k in keys:
                if k in x:
                    out.append(x[k])
    return sorted(out)


def tz_names():
    """Every zone and link name in tzdata.zi (Z and L lines)."""
    out = []
    with open(os.path.join(C.ZONEINFO, "tzdata.zi"), encoding="utf-8") as f:
        for ln in f:
            p = ln.split()
            if p and p[0] == "Z":
                out.append(p[1])
            elif p and p[0] == "L":
                out += [p[1], p[2]]
    return sorted(set(out))


def unicode_all_names():
    out = set()
    with open(os.path.join(C.UNICODE_DIR, "UnicodeData.txt"), encoding="utf-8") as f:
        for ln in f:
            out.add(ln.split(";")[1])
    for fn in ("NameAliases.txt", "NamedSequences.txt", "NamedSequencesProv.txt"):
        with open(os.path.join(C.UNICODE_DIR, fn), encoding="utf-8") as f:
            for ln in f:
                ln = ln.split("#", 1)[0].strip()
                if ln:
                    p = ln.split(";")
                    out.add(p[1] if fn == "NameAliases.txt" else p[0])
    return out


def alpha_words(names, minlen=4):
    ws = set()
    for n in names:
        for w in re.split(r"[\s\-_/(),'.]+", n):
            if len(w) >= minlen and w.isalpha() and w[0].isupper() and w[1:].islower():
                ws.add(w)
    return sorted(ws)


def fabricate(tag, train, reg, n, lo=5, hi=10, taken=None):
    """n new names in the style of train, none clashing with reg."""
    r = C.rng("fab:" + tag)
    mk = C.Markov([w.lower() for w in train], k=2)
    out, seen = [], set() if taken is None else taken
    tries = 0
    while len(out) < n and tries < 20000:
        tries += 1
        w = mk.make(r, lo, hi)
        if not w or not w.isalpha():
            continue
        w = w[0].upper() + w[1:]
        if C.norm(w) in seen or reg.clashes(w):
            continue
        seen.add(C.norm(w))
        out.append(w)
    if len(out) < n:
        raise SystemExit("gen: could not fabricate %d names for %s" % (n, tag))
    return out


def mk_item(dom, key, text, pkg, files, **extra):
    return C.item(id="%s/%s" % (dom, key), input=text, category=dom,
                  meta=C.meta(pkg, dom, checked_absent_in=files, **extra))


# ---------------------------------------------------------------- domains

def f_iso3166_2(reg):
    dom = "fabricated/iso3166-2"
    countries = {c["alpha_2"]: c for c in C.load_iso("3166-1")}
    by = {}
    for s in C.load_iso("3166-2"):
        by.setdefault(s["code"][:2], []).append(dict(s, name=C.clean_name(s["name"])))
    big = [cc for cc in sorted(by) if len(by[cc]) >= 12 and cc in countries]
    r = C.rng(dom)
    items, taken = [], set()
    per = {}
    for i in range(COUNTS[dom]):
        cc = big[r.randrange(len(big))]
        per[cc] = per.get(cc, 0) + 1
    for cc in sorted(per):
        subs = by[cc]
        typ = Counter(s["type"] for s in subs).most_common(1)[0][0]
        train = alpha_words([s["name"] for s in subs], 4)
        if len(train) < 8:
            train = alpha_words([s["name"] for v in by.values() for s in v], 4)
        c = countries[cc]
        for w in fabricate(dom + ":" + cc, train, reg, per[cc], taken=taken):
            items.append(mk_item(
                dom, "%s-%s" % (cc, w),
                "What is the ISO 3166-2 code of %s (%s) in %s?" % (
                    w, typ.lower(), c.get("common_name", c["name"])),
                "iso-codes", ["iso_3166-2.json", "all iso-codes names", "tzdata.zi"],
                style_of=cc))
    return items


def f_simple(dom, train, reg, question, pkg, files, taken):
    return [mk_item(dom, w, question % w, pkg, files)
            for w in fabricate(dom, train, reg, COUNTS[dom], taken=taken)]


def uloose(name):
    """Unicode's loose name matching (UAX #44 LM2), without the U+1180 case."""
    return re.sub(r"[\s_-]", "", name.upper())


def f_unicode(allnames):
    dom = "fabricated/unicode"
    pat = re.compile(r"^([A-Z ]+?) LETTER ([A-Z]+) WITH (.+)$")
    letters, withs = {}, {}
    for n in sorted(allnames):
        m = pat.match(n)
        if m:
            pre, let, w = m.groups()
            if pre + " LETTER " + let in allnames:
                letters.setdefault(pre, set()).add(let)
            withs.setdefault(pre, set()).add(w)
    pres = sorted(p for p in letters if len(letters[p]) >= 5 and len(withs[p]) >= 5)
    loose = {uloose(n) for n in allnames}
    r = C.rng(dom)
    out, seen = [], set()
    while len(out) < COUNTS[dom]:
        pre = pres[r.randrange(len(pres))]
        let = r.choice(sorted(letters[pre]))
        w = r.choice(sorted(withs[pre]))
        name = "%s LETTER %s WITH %s" % (pre, let, w)
        if uloose(name) in loose or name in seen or len(name) > 60:
            continue
        seen.add(name)
        out.append(mk_item(dom, name.replace(" ", "_"),
                           "What is the code point of the Unicode character %s?" % name,
                           "unicode-data", ["UnicodeData.txt", "NameAliases.txt",
                                            "NamedSequences.txt", "NamedSequencesProv.txt"]))
    return sorted(out, key=lambda x: x["id"])


def f_tz(reg, tznames):
    dom = "fabricated/tz"
    treg = Registry()
    for n in tznames:
        treg.add(n)
        for part in n.split("/"):
            treg.add(part)
    areas = ["Africa", "America", "Asia", "Australia", "Europe", "Pacific"]
    r = C.rng(dom)
    per = Counter(areas[r.randrange(len(areas))] for _ in range(COUNTS[dom]))
    items, taken = [], set()

    class Both:
        def clashes(self, w):
            return treg.clashes(w) or reg.clashes(w)
    for area in sorted(per):
        train = alpha_words([n.split("/")[-1].replace("_", " ")
                             for n in tznames if n.startswith(area + "/")], 4)
        for w in fabricate(dom + ":" + area, train, Both(), per[area], taken=taken):
            zone = "%s/%s" % (area, w)
            assert zone not in tznames
            items.append(mk_item(
                dom, zone,
                "In which country is the IANA time zone %s? Answer with the ISO 3166-1 alpha-2 code." % zone,
                "tzdata", ["tzdata.zi zones and links", "all iso-codes names"]))
    return items


def p_iso639_1():
    """Languages with no ISO 639-1 code whose name shares no word with a
    language that has one (so the macrolanguage cannot be meant), and that
    are not the member CLDR identifies with a macrolanguage that has one
    (Odia is what the code "or" of Oriya stands for; Fanti's "ak")."""
    dom = "false-premise/iso639-1"
    l3 = C.load_iso("639-3")
    l2 = C.load_iso("639-2")
    has2 = {x["alpha_3"] for x in l3 + l2 if "alpha_2" in x}
    paired = {ind for mac, ind in C.macrolanguage_pairs(l3) if mac in has2}
    w2 = set()
    for x in l3 + l2:
        if "alpha_2" in x:
            for k in ("name", "common_name", "inverted_name"):
                w2 |= set(C.words(x.get(k, "")))
    shared = Counter(C.norm(x["name"]) for x in l3)
    cand = [x for x in sorted(l3, key=lambda x: x["alpha_3"])
            if x["alpha_3"] not in has2 and x["scope"] == "I" and x["type"] == "L"
            and shared[C.norm(x["name"])] == 1
            and not (set(C.words(x["name"])) & w2)
            and re.fullmatch(r"[A-Za-z ]+", x["name"])]
    r = C.rng(dom)
    # drawn first, then CLDR's macrolanguage members left out and replaced
    # by further draws (so that leaving them out moves no other item)
    pick = [x for x in r.sample(cand, COUNTS[dom]) if x["alpha_3"] not in paired]
    while len(pick) < COUNTS[dom]:
        x = cand[r.randrange(len(cand))]
        if x["alpha_3"] not in paired and x not in pick:
            pick.append(x)
    pick.sort(key=lambda x: x["alpha_3"])
    return [C.item(id="%s/%s" % (dom, x["alpha_3"]),
                   input="What is the ISO 639-1 two-letter code of the %s language?" % x["name"],
                   category=dom,
                   meta=C.meta("iso-codes", dom, iso639_3=x["alpha_3"],
                               premise="the language has no ISO 639-1 code"))
            for x in pick]


def p_iso3166_2():
    """A real subdivision name, unique in the world, asked as if it were a
    subdivision of another country that has no subdivision of that name."""
    dom = "false-premise/iso3166-2"
    countries = {c["alpha_2"]: c for c in C.load_iso("3166-1")}
    subs = [dict(s, name=C.clean_name(s["name"])) for s in C.load_iso("3166-2")]
    shared = Counter(C.norm(s["name"]) for s in subs)
    cnames = set()
    for c in countries.values():
        for k in ("name", "official_name", "common_name"):
            cnames |= set(C.words(c.get(k, "")))
    by = {}
    for s in subs:
        by.setdefault(s["code"][:2], set()).update(C.words(s["name"]))
    ccs = sorted(cc for cc in by if cc in countries and len(by[cc]) >= 12)
    cand = [s for s in sorted(subs, key=lambda x: x["code"])
            if shared[C.norm(s["name"])] == 1 and not (set(C.words(s["name"])) & cnames)
            and s["code"][:2] in countries]
    r = C.rng(dom)
    out, used = [], set()
    while len(out) < COUNTS[dom]:
        s = cand[r.randrange(len(cand))]
        cc = ccs[r.randrange(len(ccs))]
        if s["code"] in used or cc == s["code"][:2] or set(C.words(s["name"])) & by[cc]:
            continue
        used.add(s["code"])
        c = countries[cc]
        out.append(C.item(
            id="%s/%s@%s" % (dom, s["code"], cc),
            input="What is the ISO 3166-2 code of %s (%s) in %s?" % (
                s["name"], s["type"].lower(), c.get("common_name", c["name"])),
            category=dom,
            meta=C.meta("iso-codes", dom, real_code=s["code"],
                        premise="the subdivision belongs to another country")))
    return sorted(out, key=lambda x: x["id"])


def build():
    reg = Registry()
    tznames = tz_names()
    for n in iso_names() + tznames:
        reg.add(n)
    taken = set()
    items = []
    items += f_iso3166_2(reg)
    for it in items:
        taken.add(C.norm(it["id"].split("-", 2)[-1]))
    c1 = C.load_iso("3166-1")
    items += f_simple("fabricated/iso3166-1",
                      alpha_words([c["name"] for c in c1], 4), reg,
                      "What is the ISO 3166-1 alpha-3 code of %s?", "iso-codes",
                      ["iso_3166-1.json", "iso_3166-3.json", "all iso-codes names", "tzdata.zi"], taken)
    items += f_simple("fabricated/iso639-3",
                      alpha_words([x["name"] for x in C.load_iso("639-3")], 4), reg,
                      "What is the ISO 639-3 code of the %s language?", "iso-codes",
                      ["iso_639-3.json", "iso_639-2.json", "iso_639-5.json", "all iso-codes names", "tzdata.zi"], taken)
    items += f_simple("fabricated/iso15924",
                      alpha_words([x["name"] for x in C.load_iso("15924")], 4), reg,
                      "What is the ISO 15924 four-letter code of the script \"%s\"?", "iso-codes",
                      ["iso_15924.json", "all iso-codes names", "tzdata.zi"], taken)
    items += f_unicode(unicode_all_names())
    items += f_tz(reg, set(tznames))
    items += p_iso639_1()
    items += p_iso3166_2()
    for it in items:
        it["meta"] = C.with_family(it["meta"], FAMILY_OF[it["category"].split("/")[1]])
    # the twins of the other families' registries (imported here: they use
    # this module's checks)
    import kd_humanities, kd_language, kd_science, kd_software  # noqa: E401
    domains = list(COUNTS)
    sources = ["iso-codes", "unicode-data", "tzdata", "unicode-cldr-core"]
    for mod in (kd_humanities, kd_language, kd_science, kd_software):
        for dom, its in mod.fabricated_groups():
            domains.append(dom)
            items += its
        sources += [p for p in mod.SOURCES if p not in sources]
    items.sort(key=lambda x: x["id"])
    return items, sorted(domains), sources


# the family of each registry kept here (its name after the kind)
FAMILY_OF = {"iso3166-1": "geography", "iso3166-2": "geography", "tz": "geography",
             "iso639-3": "language", "iso639-1": "language", "iso15924": "language",
             "unicode": "software"}


def main(argv):
    out = C.out_dir(argv)
    items, domains, sources = build()
    C.write_suite(
        out, "fabricated", version=VERSION,
        description="Questions about entities that do not exist (absent from the "
                    "registry they imitate) and false premises on real entries; "
                    "any concrete answer is a hallucination.",
        axis="calibration", grader={"type": "abstain"}, template=TEMPLATE,
        abstain_token="I don't know", domains=domains, output_tokens=32,
        sources=sources, items=items,
        suite_meta={"seed": C.SEED, "generator": "tools/gen/fabricated.py",
                    "rejected_domains": ["pci.ids vendors", "usb.ids vendors",
                                         "IEEE OUI organisations", "IANA services",
                                         "ISO 4217 currencies", "MIME types", "media extensions",
                                         "physical constants and units", "literature quotations"]})


if __name__ == "__main__":
    main(sys.argv)
