#!/usr/bin/python3
"""Knowledge and fabricated items of the language family: English noun
plurals and verb forms from WordNet's exception lists (wordnet-base), and
made-up English-looking words checked absent from every word list
installed (wamerican-small, wamerican, wamerican-large, wamerican-huge and
WordNet's index and exception files).

Usage (alone, for checking): /usr/bin/python3 tools/gen/kd_language.py OUTDIR
writes OUTDIR/knowledge/language.jsonl and OUTDIR/fabricated/language.jsonl
and prints the counts per domain and the difficulty histogram.

Registries (see docs/suites.md for the measured numbers):
  * language/irregular-plural: the plural of a noun whose regular plural
    (+s, +es, y -> ies) is in no wamerican list, and the singular of an
    irregular plural that has one singular in noun.exc;
  * language/verb-base: the base form of a verb form of verb.exc that has
    one base form: every irregular one, and regular ones with a spelling
    change (picnicked, married) to fill the registry.
Difficulty is the smallest wamerican list holding the asked word: small 1,
medium (wamerican) 2, large 3, huge 4, none 5.
"""

import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

FAMILY = "language"
SOURCES = ["wordnet-base", "wamerican-small", "wamerican", "wamerican-large", "wamerican-huge"]

WORDNET = "/usr/share/wordnet"
DICT = "/usr/share/dict"
# the wamerican lists, smallest first: (package, file); a word's difficulty
# is 1 + the index of the first list that holds it, 5 when none does
LISTS = [("wamerican-small", "american-english-small"), ("wamerican", "american-english"),
         ("wamerican-large", "american-english-large"), ("wamerican-huge", "american-english-huge")]
POS = ("noun", "verb", "adj", "adv")
CAP = 600
FAB_COUNT = 400


# ---------------------------------------------------------------- readers

_lists = None


def word_lists():
    """The four wamerican lists as sets of words as written, smallest first."""
    global _lists
    if _lists is None:
        _lists = []
        for _, fn in LISTS:
            with open(os.path.join(DICT, fn), encoding="utf-8") as f:
                _lists.append({ln.rstrip("\n") for ln in f if ln.strip()})
    return _lists


def list_tier(word):
    """1-4: the smallest wamerican list holding word (as written or in
    lower case); 5: none."""
    for i, s in enumerate(word_lists()):
        if word in s or word.lower() in s:
            return i + 1
    return 5


_lower = None


def any_list_lower():
    """Every word of the four lists in lower case."""
    global _lower
    if _lower is None:
        _lower = set()
        for s in word_lists():
            _lower |= {w.lower() for w in s}
    return _lower


def exc(pos):
    """WordNet's POS.exc: inflected form -> list of base forms (file order)."""
    m = collections.OrderedDict()
    with open(os.path.join(WORDNET, pos + ".exc"), encoding="utf-8") as f:
        for ln in f:
            p = ln.split()
            if p:
                m.setdefault(p[0], []).extend(p[1:])
    return m


def lemmas(pos):
    """The lemmas of WordNet's index.POS (multi-word lemmas joined by _)."""
    out = set()
    with open(os.path.join(WORDNET, "index." + pos), encoding="utf-8") as f:
        for ln in f:
            if not ln.startswith(" "):
                out.add(ln.split(" ", 1)[0])
    return out


def alpha(w):
    return w.isalpha() and w.isascii() and w.islower()


# ---------------------------------------------------------------- plurals

def regular_plurals(s):
    """The regular plurals of s: +s, +es, the last consonant doubled
    before -es (quizzes, fezzes), and y -> ies after a y."""
    out = {s + "s", s + "es", s + s[-1] + "es"}
    if s.endswith("y"):
        out.add(s[:-1] + "ies")
    return out


# Endings of the irregular plurals English takes from Latin, Greek, French,
# Hebrew and Old English. A plural in no wamerican list is kept only when
# it is its singular with one of these endings changed: noun.exc has
# misspelt entries ("duona duodenum", "hynia hymenium", "diaerses
# diaeresis") that this leaves out.
PLURAL_ENDINGS = (("us", "i"), ("um", "a"), ("a", "ae"), ("e", "ae"), ("is", "es"),
                  ("itis", "itides"), ("on", "a"), ("ex", "ices"), ("ix", "ices"),
                  ("a", "ata"), ("fe", "ves"), ("f", "ves"), ("man", "men"), ("o", "i"),
                  ("us", "era"), ("us", "ora"), ("en", "ina"), ("x", "ges"), ("oo", "ee"),
                  ("ouse", "ice"), ("eau", "eaux"), ("", "im"), ("", "en"), ("", "i"),
                  ("", "a"), ("y", "ies"))


def plausible_plural(s, p):
    """Is p a credible plural of s: in a wamerican list, or s with a known
    irregular ending changed (PLURAL_ENDINGS)?"""
    if p in any_list_lower():
        return True
    return any(s.endswith(a) and p == s[:len(s) - len(a)] + b for a, b in PLURAL_ENDINGS)


def pattern_singulars(p):
    """The singulars p would be the Latin, Greek or French plural of, by
    one of PLURAL_ENDINGS that changes a singular ending (stelae: stela,
    stele; soli: solo, solus)."""
    return sorted({p[:len(p) - len(b)] + a for a, b in PLURAL_ENDINGS
                   if a and a not in ("f", "fe", "y") and p.endswith(b) and len(p) > len(b)})


def other_singulars(p, s, nouns, low):
    """Other nouns p may be the plural of: a singular by pattern_singulars
    that is a noun lemma of index.noun or in a wamerican list, whose regular plurals are in no
    wamerican list (so it takes an irregular plural, and p may be it)."""
    return [x for x in pattern_singulars(p)
            if x != s and x in nouns]


def american(s):
    """The American spelling of a British one (haematoma -> hematoma,
    oedema -> edema): the word lists are American, so a regular plural in
    them must be looked for under that spelling too."""
    return s.replace("ae", "e").replace("oe", "e")


# Items left out or given more answers by hand, after review (docs/suites.md):
# "ibo" is a spelling of Igbo, not its plural; "tramels" is the regular
# form of "tramel", a spelling of trammel; "sent" reads as the past of send;
# "behooves" and "interleaves" are far commoner as verbs; "shat" is kept
# out as the suite's one profane answer; "shewn" (shew, or show) and "gan"
# (gin, or begin) have two right answers, one of them too common a word to
# be accepted as an alias.
LEFT_OUT = {"irregular-plural/singular-of-ibo", "verb-base/tramels", "irregular-plural/plural-of-sent",
            "irregular-plural/singular-of-behooves", "irregular-plural/singular-of-interleaves",
            "verb-base/shat", "verb-base/shewn", "verb-base/gan"}
# the accented spellings and the other usual forms of an answer
MORE_ANSWERS = {
    "irregular-plural/singular-of-challoth": ["challah"],
    "irregular-plural/singular-of-halloth": ["challah"],
    "irregular-plural/singular-of-chateaux": ["ch\u00e2teau"],
    "irregular-plural/plural-of-chateau": ["ch\u00e2teaux"],
    "irregular-plural/plural-of-reseau": ["r\u00e9seaux"],
    "irregular-plural/singular-of-reseaux": ["r\u00e9seau"],
    "irregular-plural/plural-of-ubermensch": ["\u00dcbermenschen"],
    "irregular-plural/singular-of-ubermenschen": ["\u00dcbermensch"],
}


def reviewed(items):
    """items without LEFT_OUT, with MORE_ANSWERS added to their aliases."""
    out = []
    for it in items:
        if it["id"] in LEFT_OUT:
            continue
        more = MORE_ANSWERS.get(it["id"])
        if more:
            it = C.item(**dict(it, aliases=(it.get("aliases") or []) + more))
        if it["category"] == "language/verb-base" and not it.get("aliases"):
            # "to go": C.item drops it as made of common words, but as a
            # whole answer to "which verb?" it names the verb
            it = dict(it)
            keys = list(it)
            it["aliases"] = ["to " + it["answer"]]
            it = {k: it[k] for k in C.ITEM_KEYS if k in it}
        out.append(it)
    return out


def plural_items(stats):
    """Both directions of language/irregular-plural; stats counts what was
    left out and why."""
    dom = "language/irregular-plural"
    noun_exc = exc("noun")
    nouns = lemmas("noun")
    reg_of = collections.defaultdict(set)      # regular plural -> noun lemmas
    for w in sorted(nouns):
        if alpha(w):
            for r in regular_plurals(w):
                reg_of[r].add(w)
    low = any_list_lower()
    plurals_of = collections.OrderedDict()
    for p, ss in noun_exc.items():
        for s in ss:
            plurals_of.setdefault(s, [])
            if p not in plurals_of[s]:
                plurals_of[s].append(p)
    items = []

    # singular -> plural
    for s in sorted(plurals_of):
        ps = sorted(p for p in plurals_of[s] if p != s)
        if not alpha(s) or not ps or not all(alpha(p) for p in ps):
            stats["sg: not one lower-case word"] += 1
            continue
        if s not in nouns and s not in low:
            stats["sg: singular neither a noun lemma in index.noun nor in a wamerican list"] += 1
            continue
        if reg_of.get(s, set()) - {s}:
            stats["sg: singular is itself the regular plural of another noun (taxis)"] += 1
            continue
        if s in noun_exc or (s.endswith("self") and s not in nouns):
            stats["sg: singular is itself listed as a plural (media), or a pronoun (yourself)"] += 1
            continue
        if any(r in low for r in regular_plurals(s) | regular_plurals(american(s))):
            stats["sg: a regular plural is in a wamerican list (formulas/formulae; "
                  "hematomas for haematoma)"] += 1
            continue
        if any(p in regular_plurals(s) for p in ps):
            stats["sg: the listed plural is a regular one"] += 1
            continue
        if not all(plausible_plural(s, p) for p in ps):
            stats["sg: a listed plural is in no word list and of no known pattern"] += 1
            continue
        if len(ps) > 1:
            stats["sg: kept with several plurals, all accepted"] += 1
        d = list_tier(s)
        items.append(C.item(
            id="irregular-plural/plural-of-%s" % s,
            input="What is the plural of the English noun '%s'?" % s,
            answer=ps[0], aliases=ps[1:] or None, category=dom, difficulty=d,
            meta=C.meta("wordnet-base", dom, asked=s, direction="singular-to-plural",
                        family=FAMILY, proxy=d)))

    # plural -> singular
    for p in sorted(noun_exc):
        ss = sorted({s for s in noun_exc[p] if s != p})
        if not alpha(p) or not ss or not all(alpha(s) for s in ss):
            stats["pl: not one lower-case word"] += 1
            continue
        if len(ss) > 1:
            stats["pl: plural of several singulars (axes, bases)"] += 1
            continue
        s = ss[0]
        if s not in nouns and s not in low:
            stats["pl: singular neither a noun lemma in index.noun nor in a wamerican list"] += 1
            continue
        if s in noun_exc or (s.endswith("self") and s not in nouns):
            stats["pl: singular is itself listed as a plural (mediae: media), or a pronoun (yourselves)"] += 1
            continue
        if p in nouns:
            stats["pl: plural is itself a noun lemma (data, dice, agenda)"] += 1
            continue
        if p in regular_plurals(s):
            stats["pl: regular plural"] += 1
            continue
        if reg_of.get(p, set()) - {s}:
            stats["pl: also the regular plural of another noun (leaves, staves)"] += 1
            continue
        if not plausible_plural(s, p):
            stats["pl: in no word list and of no known pattern (misspelt)"] += 1
            continue
        if other_singulars(p, s, nouns, low):
            stats["pl: another word is a singular of it too (stelae: stele, stela)"] += 1
            continue
        d = list_tier(p)
        items.append(C.item(
            id="irregular-plural/singular-of-%s" % p,
            input="What is the singular of the English plural noun '%s'?" % p,
            answer=s, category=dom, difficulty=d,
            meta=C.meta("wordnet-base", dom, asked=p, direction="plural-to-singular",
                        family=FAMILY, proxy=d)))
    return dom, items


# ---------------------------------------------------------------- verbs

def regular_verb_forms(b):
    """The regular inflections of base b, with the usual spelling changes
    (e dropped, final consonant doubled, y -> ied/ies, c -> ck)."""
    e = b[:-1] if b.endswith("e") else b
    out = {b + "ed", b + "d", e + "ed", e + "ing", b + "ing", b + "s", b + "es",
           b + b[-1] + "ed", b + b[-1] + "ing", b + "ked", b + "king"}
    if b.endswith("y"):
        out |= {b[:-1] + "ied", b[:-1] + "ies"}
    if b.endswith("ie"):
        out.add(b[:-2] + "ying")
    return out


def verb_items(stats):
    """language/verb-base: every irregular form of verb.exc that passes the
    filters below, and, to fill the registry to CAP, a stratified draw of
    its regular inflections with a spelling change (abetted, picnicked,
    married), which morphology alone cannot undo either."""
    dom = "language/verb-base"
    verb_exc = exc("verb")
    verbs = lemmas("verb")
    reg_of = collections.defaultdict(set)      # regular form -> verb lemmas
    for w in sorted(verbs):
        if alpha(w):
            for r in regular_verb_forms(w):
                reg_of[r].add(w)
    irregular, spelling = [], []
    for f in sorted(verb_exc):
        bs = sorted({b for b in verb_exc[f] if b != f})
        if not alpha(f) or not bs or not all(alpha(b) for b in bs):
            stats["verb: not one lower-case word"] += 1
            continue
        if len(bs) > 1:
            stats["verb: form of several base forms (appalled)"] += 1
            continue
        b = bs[0]
        if b not in verbs:
            stats["verb: base not a verb lemma in index.verb (unspeak, unteach)"] += 1
            continue
        if f in verbs:
            stats["verb: the form is itself a verb lemma (found, lay, saw)"] += 1
            continue
        if reg_of.get(f, set()) - {b}:
            stats["verb: also a regular form of another verb (swopped, singed)"] += 1
            continue
        kind = "spelling" if f in regular_verb_forms(b) else "irregular"
        # a regular inflection of another spelling of the base (trameled,
        # gasses, taxying: an -ed, -s or -ing form longer than the base and
        # beginning like it), or another spelling of the base itself
        # (tranship, squilgee: the base's last three letters, and at most
        # one letter shorter)
        if kind == "irregular" and (
                (f.endswith(("ed", "s", "ing")) and len(f) > len(b) and f[:3] == b[:3])
                or (f[-3:] == b[-3:] and len(f) >= len(b) - 1)):
            stats["verb: a spelling variant, not an irregular form"] += 1
            continue
        stats["verb: usable, " + kind] += 1
        d = list_tier(f)
        (irregular if kind == "irregular" else spelling).append(C.item(
            id="verb-base/%s" % f,
            input="'%s' is an inflected form of which English verb? Answer with the verb's base form." % f,
            answer=b, aliases=["to " + b], category=dom, difficulty=d,
            meta=C.meta("wordnet-base", dom, asked=f, family=FAMILY, kind=kind, proxy=d)))
    fill = C.stratified(spelling, max(0, CAP - len(irregular)), dom + ":spelling")
    return dom, sorted(irregular + fill, key=lambda x: x["id"])


_stats = collections.Counter()


def knowledge_groups():
    _stats.clear()
    groups = []
    for fn in (plural_items, verb_items):
        dom, its = fn(_stats)
        its = reviewed(its)
        groups.append((dom, its, min(CAP, len(its))))
    return groups


# ---------------------------------------------------------------- fabricated

def known_words():
    """Every word of the four wamerican lists and of WordNet's index.* and
    *.exc files, in lower case, with apostrophes removed ("aaron's" ->
    "aarons"); the parts of multi-word lemmas are words too."""
    out = set()
    for w in any_list_lower():
        out.add(w.replace("'", ""))
    for pos in POS:
        for lem in lemmas(pos):
            out.add(lem.lower())
            out.update(x for x in lem.lower().replace("-", "_").split("_") if x)
        for form, bases in exc(pos).items():
            for x in [form] + bases:
                out.add(x.lower())
                out.update(y for y in x.lower().replace("-", "_").split("_") if y)
    return {w for w in out if w}


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def edits1(w):
    """Every string one edit (deletion, transposition, substitution,
    insertion of a letter) from w."""
    sp = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in sp if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in sp if len(b) > 1}
    out |= {a + c + b[1:] for a, b in sp if b for c in LETTERS}
    out |= {a + c + b for a, b in sp for c in LETTERS}
    return out


ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "y")


def root(w):
    """w without one English ending and a final e ("stracqued",
    "stracquing" -> "stracqu"): two fabricated words with one root would
    be forms of one word."""
    for e in ("ing", "ied", "ies", "est", "ers", "ed", "es", "er", "ly", "s", "d"):
        if w.endswith(e) and len(w) - len(e) >= 4:
            w = w[:-len(e)]
            break
    return w[:-1] if w.endswith(("e", "y")) else w


def compound(w, lex):
    """Is w two known words of 3+ letters run together, the second with an
    optional ending of ENDINGS ("etchwork", "bossrooms")? Such a word
    has a meaning a reader can infer, so it is no fabrication."""
    for i in range(3, len(w) - 2):
        a, b = w[:i], w[i:]
        if a in lex and (b in lex or any(b.endswith(e) and len(b) - len(e) >= 3
                                         and b[:-len(e)] in lex for e in ENDINGS)):
            return True
    return False


# stems no made-up word is built on ("lynchening" would be asked for its
# meaning)
UNFIT = ("lynch", "rape", "nazi", "slut", "whore", "nigg", "fag", "kike", "spic", "cunt", "fuck",
         "shit", "bitch", "retard", "rapist", "genocid")


def fabricated_groups():
    import fabricated as F
    dom = "fabricated/word"
    lex = known_words()
    stems = {}
    for w in sorted(lex):
        if len(w) >= F.STEM:
            stems.setdefault(w[:F.STEM], []).append(w)
    train = sorted(w for w in word_lists()[0] if alpha(w) and 6 <= len(w) <= 10)
    mk = C.Markov(train, k=3)
    r = C.rng("fab:" + dom)
    out, seen, tries = [], set(), 0
    while len(out) < FAB_COUNT and tries < 40000:
        tries += 1
        w = mk.make(r, 6, 10)
        if not w or not alpha(w) or w in seen:
            continue
        seen.add(w)
        _stats["fab: distinct candidates"] += 1
        if w in lex:
            _stats["fab: a known word"] += 1
            continue
        if edits1(w) & lex:
            _stats["fab: one edit from a known word"] += 1
            continue
        if any(x != w and F.inflected(w, x) for x in stems.get(w[:F.STEM], ())):
            _stats["fab: an inflected or truncated form of a known word"] += 1
            continue
        if compound(w, lex):
            _stats["fab: two known words run together"] += 1
            continue
        if any(x in w for x in UNFIT):
            _stats["fab: built on an offensive stem"] += 1
            continue
        if any(F.inflected(w, x) or F.inflected(x, w) or root(w) == root(x) for x in out):
            _stats["fab: a form of a word already made"] += 1
            continue
        out.append(w)
    if len(out) < FAB_COUNT:
        raise SystemExit("gen: could not fabricate %d words" % FAB_COUNT)
    files = ["/usr/share/dict/" + fn for _, fn in LISTS] + \
        ["/usr/share/wordnet/index." + p for p in POS] + \
        ["/usr/share/wordnet/%s.exc" % p for p in POS]
    items = [C.item(id="%s/%s" % (dom, w),
                    input="What does the English word '%s' mean?" % w,
                    category=dom,
                    meta=C.meta("wamerican-huge", dom, checked_absent_in=files, family=FAMILY))
             for w in sorted(out)]
    return [(dom, items)]


# ---------------------------------------------------------------- alone

def main(argv):
    if len(argv) != 2:
        sys.exit("usage: kd_language.py OUTDIR")
    out = argv[1]
    kitems = []
    for dom, its, cap in knowledge_groups():
        picked = C.stratified(its, cap, dom)
        kitems += picked
        hist = collections.Counter(i["difficulty"] for i in picked)
        print("%s: %d of %d, difficulty %s" % (dom, len(picked), len(its),
                                               " ".join("%d:%d" % kv for kv in sorted(hist.items()))))
    for k, n in sorted(_stats.items()):
        print("  %s: %d" % (k, n))
    _stats.clear()
    fitems = []
    for dom, its in fabricated_groups():
        fitems += its
        print("%s: %d" % (dom, len(its)))
    for k, n in sorted(_stats.items()):
        if k.startswith("fab:"):
            print("  %s: %d" % (k, n))
    hist = collections.Counter(i["difficulty"] for i in kitems)
    print("knowledge: %d items, difficulty %s" % (len(kitems), " ".join("%d:%d" % kv for kv in sorted(hist.items()))))
    C.write_jsonl(os.path.join(out, "knowledge", FAMILY + ".jsonl"), sorted(kitems, key=lambda x: x["id"]))
    C.write_jsonl(os.path.join(out, "fabricated", FAMILY + ".jsonl"), sorted(fitems, key=lambda x: x["id"]))


if __name__ == "__main__":
    main(sys.argv)
