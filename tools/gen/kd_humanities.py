#!/usr/bin/python3
"""Knowledge registries of the humanities family, from bsdgames' quiz files.

Usage: /usr/bin/python3 tools/gen/kd_humanities.py OUTDIR

Imported by knowledge.py and fabricated.py (knowledge_groups(),
fabricated_groups()); run alone it writes OUTDIR/knowledge/humanities.jsonl
and OUTDIR/fabricated/humanities.jsonl and prints counts.

The quiz files (/usr/share/games/bsdgames/quiz/, package bsdgames) hold one
record a line, fields separated by ':', a trailing '\\' continuing the
record, '\\:' a literal colon. A field is an answer pattern: '{x}' is
optional, '[a|b]' and a top-level 'a|b' are alternatives. expand() returns
every string a pattern accepts (the quiz program's own semantics), which
become the accepted answers; the longest expansion of the first alternative
is the form shown and expected. Accented letters are written as backspace
overstrikes ("e\\b'"), composed here into the accented letter.
"""

import os
import re
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

FAMILY = "humanities"
SOURCES = ["bsdgames", "iso-codes", "ieee-data", "wamerican-small", "wamerican",
           "wamerican-large", "wamerican-huge", "wordnet-base"]
WN_NOUN = "/usr/share/wordnet/data.noun"
QUIZ = "/usr/share/games/bsdgames/quiz/"
DICT = "/usr/share/dict/"
SCOWL = (("wamerican-small", "american-english-small"), ("wamerican", "american-english"),
         ("wamerican-large", "american-english-large"), ("wamerican-huge", "american-english-huge"))


# ---------------------------------------------------------------- quiz files

# overstrike mark -> combining character ("e\b'" is e with an acute accent)
MARKS = {"'": "\u0301", "~": "\u0303", "^": "\u0302", ",": "\u0327",
         "`": "\u0300", "\u00b0": "\u030a"}


def compose(s):
    """Backspace overstrikes composed into letters: "e\\b'" or "'\\be" -> é,
    "o\\b/" -> ø."""
    def one(m):
        a, b = m.group(1), m.group(2)
        if {a, b} == {"o", "/"}:
            return "\u00f8"
        if a in MARKS and b.isalpha():
            a, b = b, a
        if b in MARKS and a.isalpha():
            return unicodedata.normalize("NFC", a + MARKS[b])
        return a
    return re.sub(r"(.)\x08(.)", one, s)


def split_top(s, sep):
    """Split at sep outside {} and [] (a '\\'-escaped sep is not a split)."""
    out, depth, cur, i = [], 0, "", 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s):
            cur += s[i:i + 2]
            i += 2
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        if ch == sep and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return out + [cur]


def records(fn):
    """The records of a quiz file: lists of field patterns."""
    with open(QUIZ + fn, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    out, buf = [], ""
    for ln in text.split("\n"):
        if ln.endswith("\\") and not ln.endswith("\\\\"):
            buf += ln[:-1]
            continue
        buf += ln
        if buf:
            out.append(split_top(compose(buf), ":"))
        buf = ""
    return out


def _expand(p):
    alts = split_top(p, "|")
    if len(alts) > 1:
        return [s for a in alts for s in _expand(a)]
    depth, m, i = 0, None, 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "{[":
            if depth == 0:
                start, kind = i, ch
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                m = (start, i, kind)
                break
        i += 1
    if not m:
        return [p]
    a, b, k = m
    rest = _expand(p[b + 1:])
    opts = _expand(p[a + 1:b]) + ([""] if k == "{" else [])
    return sorted({p[:a] + o + r for o in opts for r in rest})


def unescape(s):
    return re.sub(r"\\(.)", r"\1", s)


def expand(p):
    """Every string pattern p accepts, spaces collapsed, sorted."""
    return sorted({" ".join(unescape(x).split()) for x in _expand(p)} - {""})


def canonical(p):
    """The form shown and expected: every optional part kept, the first of
    every set of alternatives ("Rom[e|a]" -> "Rome", "{W{illiam|m} }" ->
    "William ")."""
    return " ".join(unescape(_first(split_top(p, "|")[0])).split())


def _first(p):
    out, i = "", 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            out += p[i:i + 2]
            i += 2
            continue
        if ch in "{[":
            depth, j = 0, i
            while j < len(p):
                if p[j] == "\\":
                    j += 2
                    continue
                if p[j] in "{[":
                    depth += 1
                elif p[j] in "}]":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            out += _first(split_top(p[i + 1:j], "|")[0])
            i = j + 1
            continue
        out += ch
        i += 1
    return out


def quiz_file(fn):
    return QUIZ + fn


# ---------------------------------------------------------------- popularity

_scowl = None


def scowl_tier(word):
    """Smallest SCOWL list (wamerican-small 1, wamerican 2, -large 3, -huge 4)
    holding the word as written or in lower case; 5 when none does."""
    global _scowl
    if _scowl is None:
        _scowl = []
        for _, fn in SCOWL:
            with open(DICT + fn, encoding="utf-8") as f:
                _scowl.append(set(f.read().split("\n")) - {""})
    for i, s in enumerate(_scowl):
        if word in s or word.lower() in s:
            return i + 1
    return 5


def m(domain, proxy, **extra):
    return C.meta("bsdgames", domain, family=FAMILY, proxy=proxy, **extra)


def graded_form(s):
    """A string as the exact grader compares it: case and punctuation
    ignored, accents kept ("Brasilia" is not "Brasília")."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", s).casefold())


def keep_aliases(answer, al):
    a0 = graded_form(answer)
    return sorted({a for a in al if graded_form(a) != a0 and graded_form(a)}, key=lambda x: (len(x), x))


# ---------------------------------------------------------------- literature

ACT_SCENE = re.compile(r"\{ [IVX]+-[ivx]+\}")
ARTICLE = re.compile(r"^(The|A|An|King) ")
SECTION = re.compile(r" (Book [IVX]+|Canto [IVX]+|\d+)$")     # "Endymion Book I"
# Poems whose title in the file is generic or a number in a sequence, while
# the poem is usually called by its first line ("Death, be not proud"), and
# a title the file spells otherwise than the poet (Blake's "The Tyger"): an
# answer by the usual name would be graded wrong, so no title question.
POEM_TITLE_SKIP = re.compile(r"^(Song|Sonnet \d+|Holy Sonnets? \d+|Sonnets? From the Portuguese \d+|The Tiger)$")


def short_alias_ok(alias, answer):
    """A one-word alias of a title or name is kept only when the full form
    (without a leading article or "King") has at most two words: "Caesar"
    for "Julius Caesar", not "Romeo" for "Romeo and Juliet" nor "Merchant"
    for "The Merchant of Venice"."""
    if len(C.words(ARTICLE.sub("", alias))) > 1:
        return True
    return len(C.words(ARTICLE.sub("", SECTION.sub("", answer)))) <= 2


def part_aliases(names):
    """"Part I"/"Part II" also written with an Arabic numeral."""
    out = []
    for n in names:
        out.append(n)
        mm = re.search(r"Part (II|I)$", n)
        if mm:
            out.append(n[:mm.start()] + "Part " + ("2" if mm.group(1) == "II" else "1"))
    return out


def line_text(p):
    return canonical(p).rstrip(":;,").strip()


# Authors whose name the poetry file misspells, so that the exact grader
# would reject the right spelling: no author question for them.
MISSPELT_AUTHORS = {"Marvel": "Marvell", "Houseman": "Housman"}

BARD_TIERS = (5, 4, 3, 2)


# Where the quiz files are wrong or short of the usual form, the answer
# and what else is accepted (the file's own form stays accepted):
# "Love's Labo{u}r Lost" lacks the second possessive of the title.
TITLE_FIX = {"Love's Labour Lost": ("Love's Labour's Lost",
                                    ["Love's Labor's Lost", "Love's Labour Lost", "Love's Labor Lost"])}


def accented(forms):
    """The Rubaiyat's usual printed spelling beside the file's plain one."""
    return [f.replace("Rubaiyat", "Rub\u00e1iy\u00e1t").replace("Khayyam", "Khayy\u00e1m")
            for f in forms if "Rubaiyat" in f or "Khayyam" in f]


def d_literature():
    dom = "humanities/literature-quote"
    items, seen = [], Counter()
    bard = records("bard")
    works = []
    for r in bard:
        if len(r) != 4 or any(not f.strip() for f in r):
            continue
        works.append((r, ACT_SCENE.sub("", r[2])))
    per_work = Counter(canonical(w) for _, w in works)
    for r, w in works:
        line = line_text(r[0])
        ans = canonical(w)
        al = [a for a in part_aliases(expand(w)) if short_alias_ok(a, ans)]
        if ans in TITLE_FIX:
            al = al + [ans] + TITLE_FIX[ans][1]
            ans = TITLE_FIX[ans][0]
        n = per_work[ans]
        key = "bard-" + "-".join(C.words(line)[:8])
        seen[key] += 1
        items.append(C.item(
            id="literature-quote/%s" % key,
            input="From which play by William Shakespeare is the line \"%s\"? "
                  "Answer with the title of the play." % line,
            answer=ans, aliases=keep_aliases(ans, al) or None, category=dom,
            difficulty=C.tier(n, BARD_TIERS),
            meta=m(dom, n, file=quiz_file("bard"), proxy_kind="bard records quoting the play")))
    poems = [r for r in records("poetry") if len(r) == 4 and all(f.strip() for f in r)]
    author_forms = {}
    for r in poems:
        author_forms.setdefault(canonical(r[3]), set()).update(C.norm(x) for x in expand(r[3]))
    for r in poems:
        line = line_text(r[0])
        poem = canonical(r[2])
        author = canonical(r[3])
        surname = C.norm(author).split()[-1].capitalize()
        t = scowl_tier(surname)
        key = "poem-" + "-".join(C.words(line)[:8])
        al = [a for a in expand(r[2]) if short_alias_ok(a, poem)]
        al += accented(al + [poem])
        if not POEM_TITLE_SKIP.match(poem):
            items.append(C.item(
                id="literature-quote/%s" % key,
                input="From which poem is the line \"%s\"? Answer with the title of the poem." % line,
                answer=poem, aliases=keep_aliases(poem, al) or None, category=dom,
                difficulty=t, meta=m(dom, t, file=quiz_file("poetry"),
                                     proxy_kind="SCOWL tier of the poet's surname")))
        if surname in MISSPELT_AUTHORS:
            continue
        items.append(C.item(
            id="literature-quote/%s-author" % key,
            input="Which poet wrote the line \"%s\"? Answer with the poet's name." % line,
            # not a form another poet's name also takes ("Browning" is
            # Robert and Elizabeth Barrett Browning)
            # FitzGerald's Rubaiyat renders Omar Khayyam's quatrains: the
            # original's poet is a right answer too
            answer=author, aliases=keep_aliases(author, [
                a for a in expand(r[3])
                if not any(C.norm(a) in f for o, f in sorted(author_forms.items()) if o != author)]
                + (["Omar Khayyam", "Omar Khayy\u00e1m"] if "Rubaiyat" in poem else [])) or None,
            category=dom,
            difficulty=t, meta=m(dom, t, file=quiz_file("poetry"),
                                 proxy_kind="SCOWL tier of the poet's surname")))
    dup = [k for k, v in seen.items() if v > 1]
    if dup:
        raise SystemExit("gen: duplicate quote keys %s" % dup)
    return items


# ---------------------------------------------------------------- presidents

SHARED_SURNAMES = {"adams", "johnson", "harrison", "roosevelt", "bush"}
TERM_NOTE = re.compile(r"\s*\((1st|2nd) term\)")
# Names by which two presidents are usually called that the quiz file's
# patterns do not spell (it has "James Earl Carter, Junior", "William
# Jefferson Clinton").
USUAL_NAMES = {"James E. Carter": ["Jimmy Carter"],
               "William J. Clinton": ["Bill Clinton"]}


def leading_groups(p):
    """A name pattern split into its leading optional groups (the given
    names: "{J{ohn} }{Q{uincy} }Adams") and the rest (the surname)."""
    groups = []
    while p.startswith("{"):
        depth = 0
        for j, ch in enumerate(p):
            depth += ch == "{"
            depth -= ch == "}"
            if depth == 0:
                break
        groups.append(p[1:j])
        p = p[j + 1:]
    return groups, p


def display_name(pat):
    """A president's name as asked: the first given name in full, the
    others as initials, the surname, without the file's ", Junior", "II"
    and term note ("John Q. Adams", "George H. W. Bush", "Harry S. Truman")."""
    given, rest = leading_groups(split_top(pat, "|")[0])
    names = [canonical(g).strip() for g in given]
    surname = re.sub(r",? (Junior|II)$", "", TERM_NOTE.sub("", canonical(rest)))
    out = names[:1] + [n[0] + "." for n in names[1:]]
    return " ".join(out + [surname])


def presidents():
    """Closed records of the pres file, in order: dicts with the president's
    pattern, shown name, term ordinal ("" or "first"/"second"), first year
    and the successor's pattern. The last record (no successor, its term
    open in the file) is dropped."""
    out = []
    for r in records("pres"):
        if len(r) != 4:
            continue
        pat, term, _, succ = r
        if not succ.strip():
            continue
        note = TERM_NOTE.search(canonical(pat))
        out.append({"pat": pat, "name": display_name(pat),
                    "term": {"1st": "first", "2nd": "second"}[note.group(1)] if note else "",
                    "year": int(expand(term)[0][:4]), "succ": succ})
    return out


def person_forms(pat):
    return {C.norm(TERM_NOTE.sub("", x)) for x in expand(pat)}


def pres_aliases(pat, name, others):
    """Accepted forms of a president's name: the pattern's expansions, less
    the term note, less any form another president's pattern also accepts
    ("John Adams" in John Quincy Adams's, "George Bush"), and less a bare
    surname shared by two presidents."""
    forms = sorted({TERM_NOTE.sub("", x) for x in expand(pat)} | set(USUAL_NAMES.get(name, [])))
    out = []
    for a in forms:
        n = C.norm(a)
        if n in SHARED_SURNAMES or any(n in o for o in others):
            continue
        out.append(a)
    return out


def wordnet_presidents():
    """WordNet's synsets of US presidents (a noun synset whose gloss says
    "President of the United States"): list of (lemma forms in normal
    form, score), where score = lemmas (names and nicknames: "JFK",
    "Ike", "Dubya") + 2 x (pointers - 1) (a pointer beyond the instance
    hypernym is a second "instance of" -- general, chief justice -- or an
    eponymous derived word: "Lincolnesque", "Jeffersonian")."""
    out = []
    with open(WN_NOUN, encoding="utf-8") as f:
        for ln in f:
            if ln.startswith(" ") or not PRES_GLOSS.search(ln.split("|", 1)[-1]):
                continue
            w = ln.split("|", 1)[0].split()
            n = int(w[3], 16)
            lem = [C.norm(w[4 + 2 * i].replace("_", " ")) for i in range(n)]
            p = int(w[4 + 2 * n])
            out.append((set(lem), n + 2 * (p - 1)))
    return out


PRES_GLOSS = re.compile(r"\b[Pp]resident of the (United States|US)\b")
PRES_TIERS = (7, 6, 5, 4)


def pres_score(name, forms, others, wn):
    """The WordNet score of a president (see wordnet_presidents): that of
    the synset holding a form of his name of 2+ words; when several do
    ("George Bush"), the one holding the longest such form ("George Walker
    Bush"). None when WordNet 3.0 (2006) has none (Barack Obama)."""
    own = {f for f in forms if len(f.split()) > 1}
    hits = [(lem, sc) for lem, sc in wn if lem & own]
    if len(hits) > 1:
        best = max((f for lem, _ in hits for f in lem & own), key=lambda f: (len(f), f))
        hits = [(lem, sc) for lem, sc in hits if best in lem]
    return hits[0][1] if len(hits) == 1 else None


def d_presidents():
    dom = "humanities/us-president"
    P = presidents()
    people = {}
    for p in P:
        people.setdefault(p["name"], set()).update(person_forms(p["pat"]))
    for p in P:
        people.setdefault(display_name(p["succ"]), set()).update(person_forms(p["succ"]))

    def others(name):
        return [f for k, f in sorted(people.items()) if k != name]

    def label(name, term):
        return "%s (%s term)" % (name, term) if term else name

    wn = wordnet_presidents()

    def score(name):
        return pres_score(name, people[name], others(name), wn)

    def tier_of(name):
        sc = score(name)
        return 3 if sc is None else C.tier(sc, PRES_TIERS)

    def wmeta(name, t, kind):
        return C.meta("bsdgames", dom, family=FAMILY, proxy=score(name), file=quiz_file("pres"),
                      proxy_kind=kind, proxy_source="wordnet-base " + C.pkg_version("wordnet-base"))
    KIND = "WordNet 3.0 synset: lemmas + 2 x (pointers - 1)"

    items = []
    for p in P:
        sname = display_name(p["succ"])
        snote = TERM_NOTE.search(canonical(p["succ"]))
        sterm = {"1st": "first", "2nd": "second"}[snote.group(1)] if snote else ""
        key = "-".join(C.words(p["name"])) + ("-" + p["term"] if p["term"] else "")
        skey = "-".join(C.words(sname)) + ("-" + sterm if sterm else "")
        t = tier_of(p["name"])
        ts = tier_of(sname)
        who = ("%s at the end of his %s term" % (p["name"], p["term"])) if p["term"] else p["name"]
        items.append(C.item(
            id="us-president/successor-%s" % key,
            input="Who immediately succeeded %s as President of the United States?" % who,
            answer=sname, aliases=keep_aliases(sname, pres_aliases(p["succ"], sname, others(sname))) or None,
            category=dom, difficulty=t, meta=wmeta(p["name"], t, KIND)))
        start = ("did %s's %s term as President of the United States begin" % (p["name"], p["term"])
                 if p["term"] else "did %s take office as President of the United States" % p["name"])
        ty = min(5, t + 1)
        items.append(C.item(
            id="us-president/year-%s" % key,
            input="In which year %s? Answer with the year." % start,
            answer=p["year"], aliases=[str(p["year"])],
            grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=ty, meta=wmeta(p["name"], t, KIND + "; +1 for a year")))
        whos = ("%s's %s term" % (sname, sterm)) if sterm else sname
        items.append(C.item(
            id="us-president/predecessor-%s" % skey,
            input="Who was President of the United States immediately before %s?" % whos,
            answer=p["name"], aliases=keep_aliases(p["name"], pres_aliases(p["pat"], p["name"], others(p["name"]))) or None,
            category=dom, difficulty=ts, meta=wmeta(sname, ts, KIND)))
    return items


# ---------------------------------------------------------------- capitals

COUNTRY_FILES = ("africa", "america", "asia", "europe")
COUNTRY_TIERS = (500, 100, 20, 1)
# Countries left out although the quiz file names them and iso-codes
# matches them: the answer is not one city, or not settled, or stale.
DROPPED_COUNTRIES = {
    "Benin": "Porto-Novo is the official capital, Cotonou the seat of government",
    "Côte d'Ivoire": "Yamoussoukro is the official capital, Abidjan the seat of most government",
    "South Africa": "three capitals (Pretoria, Cape Town, Bloemfontein); the file gives one",
    "Bolivia": "two capitals (La Paz, Sucre) in the file",
    "Netherlands": "Amsterdam is the capital, The Hague the seat of government",
    "Sri Lanka": "Sri Jayawardenepura Kotte is the official capital, Colombo the commercial one",
    "Malaysia": "Kuala Lumpur is the capital, Putrajaya the seat of government",
    "Tanzania": "Dodoma is the official capital, Dar es Salaam still holds government offices",
    "Israel": "the status of Jerusalem as capital is internationally disputed",
    "Taiwan": "contested sovereignty",
    "Yemen": "contested: the recognised government sits in Aden",
    "Burundi": "stale: the political capital moved to Gitega in 2019",
    "Indonesia": "in transition: the capital is being moved to Nusantara",
    "Equatorial Guinea": "in transition: the capital is being moved to Ciudad de la Paz",
    "Montserrat": "two capitals (Plymouth, abandoned; Brades, de facto) in the file",
    "South Georgia and the South Sandwich Islands": "two settlements in the file",
    "Mongolia": "the file spells Ulan Bator only; Ulaanbaatar would be graded wrong",
    "Kazakhstan": "renamed twice since 2019 (Astana, Nur-Sultan, Astana)",
}


def iso_countries():
    return sorted(C.load_iso("3166-1"), key=lambda c: c["alpha_2"])


def country_name(c):
    return C.clean_name(c.get("common_name", c["name"]))


def iso_match(pat, countries):
    """The ISO 3166-1 countries a quiz country pattern names: those one of
    its expansions equals (name, common or official name, compared with
    common.norm); kept only when the canonical form (without a leading
    "The") names the same country, so that "{DR }Congo" is not Congo."""
    names = {}
    for c in countries:
        for k in ("name", "common_name", "official_name"):
            if k in c:
                names.setdefault(C.norm(c[k]), set()).add(c["alpha_2"])
    hit = set()
    for x in expand(pat):
        hit |= names.get(C.norm(x), set())
    can = set()
    for alt in split_top(pat, "|"):
        cn = canonical(alt)
        can |= names.get(C.norm(cn), set()) | names.get(C.norm(re.sub(r"^The ", "", cn)), set())
    return sorted(hit) if hit and hit == can else []


def asked_country(c, pat):
    """The country's name as asked: iso-codes' common name or name, or,
    when that is an inverted form with a comma ("Virgin Islands, British"),
    its official name, else the quiz file's own name; "(the country)" is
    added where a US state has the same name (Georgia)."""
    name = country_name(c)
    if "," in name:
        name = c.get("official_name") or canonical(pat)
    states = {C.norm(canonical(r[0])) for r in records("state")}
    if C.norm(name) in states:
        name += " (the country)"
    return name


def saint_aliases(names):
    out = []
    for n in names:
        out.append(n)
        for a, b in (("Saint ", "St "), ("Saint ", "St. "), ("St. ", "Saint "), ("St. ", "St "),
                     ("Saint-", "St-"), ("Saint-", "St.-")):
            if n.startswith(a):
                out.append(b + n[len(a):])
    return out


def capital_rows():
    """(country, pattern, capital pattern, file) of every country record
    that iso-codes matches to one country, with its capital's accepted
    forms; a country listed in two files with the same capital once."""
    countries = iso_countries()
    byc = {c["alpha_2"]: c for c in countries}
    rows, stats = {}, Counter()
    for fn in COUNTRY_FILES:
        for r in records(fn):
            if len(r) != 2:
                continue
            stats["records"] += 1
            codes = iso_match(r[0], countries)
            if len(codes) != 1:
                stats["unmatched"] += 1
                continue
            c = byc[codes[0]]
            caps = split_top(r[1], "|")
            ans = canonical(caps[0])
            forms = sorted({x for alt in caps for x in expand(alt)})
            prev = rows.get(c["alpha_2"])
            if prev and C.norm(prev[2]) != C.norm(ans):
                raise SystemExit("gen: %s has two capitals in the quiz files" % country_name(c))
            rows[c["alpha_2"]] = (c, r[0], ans, forms, fn)
    return rows, stats


# Capitals the file spells short of the city's name: Moldova's is written
# without its breves ("Chi[ş|s]inau"); and city-states whose capital has a
# name of its own in English beside the country's.
CAPITAL_FIX = {"MDA": ("Chi\u0219in\u0103u", ["Chi\u015fin\u0103u", "Chi\u015finau", "Chisinau", "Kishinev"])}
CITY_NAMES = {"LUX": ["Luxembourg City"], "DJI": ["Djibouti City"], "SMR": ["City of San Marino"],
              "MCO": ["Monaco-Ville"]}


def d_capitals():
    dom = "geography/capital"
    import knowledge as K
    ccount = K.country_oui_counts()
    rows, _ = capital_rows()
    items = []
    for cc in sorted(rows):
        c, pat, ans, forms, fn = rows[cc]
        if country_name(c) in DROPPED_COUNTRIES:
            continue
        name = asked_country(c, pat)
        n = ccount.get(cc, 0)
        if c["alpha_3"] in CAPITAL_FIX:
            ans, extra = CAPITAL_FIX[c["alpha_3"]]
            forms = sorted(set(forms) | set(extra))
        forms = sorted(set(forms) | set(CITY_NAMES.get(c["alpha_3"], [])))
        items.append(C.item(
            id="capital/%s" % c["alpha_3"],
            input="What is the capital of %s? Answer with the city's name." % name,
            answer=ans, aliases=keep_aliases(ans, saint_aliases(forms)) or None,
            category=dom, difficulty=C.tier(n, COUNTRY_TIERS),
            meta=C.meta("bsdgames", dom, family="geography", proxy=n, file=quiz_file(fn),
                        iso3166_1=c["alpha_2"],
                        proxy_kind="IEEE MA-L assignments registered in the country")))
    for r in records("state"):
        if len(r) != 4:
            continue
        state = canonical(r[0])
        caps = split_top(r[1], "|")
        ans = canonical(caps[0])
        forms = sorted({x for alt in caps for x in expand(alt)})
        t = max(scowl_tier(w) for w in ans.split())
        items.append(C.item(
            id="capital/US-%s" % r[2].split("|")[0],
            input="What is the capital of the US state of %s? Answer with the city's name." % state,
            answer=ans, aliases=keep_aliases(ans, saint_aliases(forms)) or None,
            category=dom, difficulty=t,
            meta=C.meta("bsdgames", dom, family="geography", proxy=t, file=quiz_file("state"),
                        proxy_kind="SCOWL tier of the capital's name (its rarest word)")))
    return items


# ---------------------------------------------------------------- fabricated

FP_COUNT = 40


def fp_presidents():
    """False premise: "Which president immediately succeeded X and was
    immediately succeeded by Y?" where X and Y are presidents of the file
    and nobody's term both followed X's and preceded Y's (checked per
    person, so Cleveland's two terms count as one man)."""
    dom = "false-premise/us-president"
    P = presidents()
    after = {}      # person -> set of persons who came directly after
    before = {}     # person -> set of persons who came directly before
    for p in P:
        s = display_name(p["succ"])
        after.setdefault(p["name"], set()).add(s)
        before.setdefault(s, set()).add(p["name"])
    names = []
    for p in P:
        if p["name"] not in names:
            names.append(p["name"])
    # X must have a successor in the file whose own successor is there too
    # (the last closed record's successor has an open term: not usable)
    r = C.rng("fp:us-president")
    cands = []
    for i, x in enumerate(names):
        for y in names[i + 2:i + 6]:
            mids = [z for z in sorted(after.get(x, ())) if z in after]
            if len(mids) != len(after.get(x, ())):
                continue
            if any(y in after[z] for z in mids):
                continue
            if y in after.get(x, ()):
                continue
            cands.append((x, y))
    r.shuffle(cands)
    out = []
    for x, y in sorted(cands[:FP_COUNT]):
        key = "%s--%s" % ("-".join(C.words(x)), "-".join(C.words(y)))
        out.append(C.item(
            id="%s/%s" % (dom, key),
            input="Which President of the United States immediately succeeded %s and was "
                  "immediately succeeded by %s?" % (x, y),
            category=dom,
            meta=C.meta("bsdgames", dom, checked_absent_in=[quiz_file("pres")], family=FAMILY)))
    return [(dom, out)]


# ---------------------------------------------------------------- interface

def knowledge_groups():
    groups = []
    for dom, its in (("humanities/literature-quote", d_literature()),
                     ("humanities/us-president", d_presidents()),
                     ("geography/capital", d_capitals())):
        groups.append((dom, its, len(its)))
    return groups


def fabricated_groups():
    return fp_presidents()


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: kd_humanities.py OUTDIR")
    out = argv[1]
    items = []
    for dom, its, cap in knowledge_groups():
        picked = C.stratified(its, cap, dom)
        print("knowledge %s: %d of %d" % (dom, len(picked), len(its)))
        items += picked
    items.sort(key=lambda x: x["id"])
    fab = []
    for dom, its in fabricated_groups():
        print("fabricated %s: %d" % (dom, len(its)))
        fab += its
    fab.sort(key=lambda x: x["id"])
    for sub, its in (("knowledge", items), ("fabricated", fab)):
        for fam in sorted({it["meta"]["family"] for it in its}):
            C.write_jsonl(os.path.join(out, sub, fam + ".jsonl"),
                          [it for it in its if it["meta"]["family"] == fam])
    print("knowledge items:", len(items), "difficulty:", sorted(Counter(i["difficulty"] for i in items).items()))


if __name__ == "__main__":
    main(sys.argv)
