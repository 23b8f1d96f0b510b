#!/usr/bin/python3
"""Generate suites/reasoning: short questions with exact, computed answers.

Usage: /usr/bin/python3 tools/gen/reasoning.py [--out DIR]

Nine kinds of question, 15 per difficulty level 1-5 each (675 items). The
answers are computed here with integers, fractions.Fraction and
datetime.date (proleptic Gregorian), never with floating point. Words for
the letter-counting and sorting items come from ISO 3166-1 country names.
No question depends on today's date. Every question states what it would
otherwise leave open: which days a span counts, which ounce, pound or mile,
and to how many decimal places a result that is not whole is asked.
"""

import datetime
import os
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

VERSION = "1.0"
PER_LEVEL = 15
TEMPLATE = "{input}\nGive only the final answer."
NUM = {"type": "numeric", "abs": 0, "rel": 0}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def rnd(r, digits):
    return r.randrange(10 ** (digits - 1), 10 ** digits)


def num(x):
    """A Fraction with a finite decimal expansion as an int or a float."""
    x = Fraction(x)
    if x.denominator == 1:
        return x.numerator
    s = str(float(x))
    assert Fraction(s) == x, x
    return float(s)


def fmt(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else str(float(x))


def datestr(d):
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


# Each generator takes (r, level) and returns (question, answer, grader|None, aliases|None).

def g_arithmetic(r, lv):
    if lv == 1:
        a, b = rnd(r, 2), rnd(r, 3)
        return "What is %d + %d?" % (a, b), a + b, NUM, None
    if lv == 2:
        a, b = rnd(r, 4), rnd(r, 4)
        a, b = max(a, b), min(a, b)
        return "What is %d - %d?" % (a, b), a - b, NUM, None
    if lv == 3:
        a, b = rnd(r, 3), rnd(r, 2)
        return "What is %d × %d?" % (a, b), a * b, NUM, None
    if lv == 4:
        a, b = rnd(r, 3), rnd(r, 3)
        return "What is %d × %d?" % (a, b), a * b, NUM, None
    a, b, c = rnd(r, 4), rnd(r, 3), rnd(r, 5)
    return "What is %d × %d - %d?" % (a, b, c), a * b - c, NUM, None


def g_modular(r, lv):
    if lv == 1:
        a, m = rnd(r, 2), r.randrange(3, 10)
        return "What is %d mod %d?" % (a, m), a % m, NUM, None
    if lv == 2:
        a, m = rnd(r, 4), r.randrange(11, 50)
        return "What is %d mod %d?" % (a, m), a % m, NUM, None
    if lv == 3:
        a, m = rnd(r, 7), r.randrange(51, 1000)
        return "What is %d mod %d?" % (a, m), a % m, NUM, None
    if lv == 4:
        a, b, m = rnd(r, 3), rnd(r, 3), r.randrange(11, 100)
        return "What is (%d × %d) mod %d?" % (a, b, m), (a * b) % m, NUM, None
    a, e, m = r.randrange(2, 20), r.randrange(20, 200), r.choice([7, 11, 13, 17, 19, 23, 29, 31])
    return "What is %d^%d mod %d?" % (a, e, m), pow(a, e, m), NUM, None


YEARS = {1: (1990, 2030), 2: (1900, 1989), 3: (1800, 1899), 4: (1700, 1799), 5: (1600, 1699)}


def rdate(r, lo, hi):
    a = datetime.date(lo, 1, 1).toordinal()
    b = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randrange(a, b + 1))


def g_weekday(r, lv):
    d = rdate(r, *YEARS[lv])
    w = DAYS[d.weekday()]
    return ("What day of the week is %s (Gregorian calendar)?" % datestr(d),
            w, None, [w[:3]])


SPANS = {1: 27, 2: 364, 3: 5 * 365, 4: 50 * 365, 5: 300 * 365}


def g_days_between(r, lv):
    a = rdate(r, 1700, 2100)
    span = r.randrange(2, SPANS[lv])
    if lv == 1:   # within one month
        a = a.replace(day=1)
        span = r.randrange(2, 27)
    b = datetime.date.fromordinal(a.toordinal() + span)
    # "how many days from A to B" is ambiguous (are both ends counted?):
    # the question says that the last day counts and the first does not,
    # so the answer is the difference of the dates
    return ("How many days are there from %s to %s, counting the last day but not the first?"
            % (datestr(a), datestr(b)), span, NUM, None)


DIGITS = "0123456789ABCDEF"


def to_base(n, b):
    s = ""
    while True:
        s = DIGITS[n % b] + s
        n //= b
        if n == 0:
            return s


def g_base(r, lv):
    if lv == 1:
        n = r.randrange(5, 64)
        s = to_base(n, 2)
        return "Write the decimal number %d in binary." % n, s, None, ["0b" + s]
    if lv == 2:
        n = r.randrange(64, 256)
        return "Convert the binary number %s to decimal." % to_base(n, 2), n, NUM, None
    if lv == 3:
        n = r.randrange(256, 65536)
        s = to_base(n, 16)
        return ("Write the decimal number %d in hexadecimal." % n, s, None,
                ["0x" + s, s.lower(), "0x" + s.lower()])
    if lv == 4:
        n = r.randrange(4096, 1 << 20)
        return "Convert the hexadecimal number %s to decimal." % to_base(n, 16), n, NUM, None
    b = r.choice([3, 5, 6, 7, 9])
    n = r.randrange(200, 5000)
    return "Write the decimal number %d in base %d." % (n, b), to_base(n, b), None, None


def country_words():
    ws = []
    for c in C.load_iso("3166-1"):
        n = c.get("common_name", c["name"])
        if n.replace(" ", "").isascii() and n.replace(" ", "").isalpha():
            ws.append(n)
    return sorted(set(ws))


WORDS = None


def g_letters(r, lv):
    lim = {1: (4, 6), 2: (7, 9), 3: (10, 14), 4: (15, 24), 5: (25, 60)}[lv]
    pool = [w for w in WORDS if lim[0] <= len(w.replace(" ", "")) <= lim[1]]
    if lv == 5 or not pool:
        # two or three names joined: a longer string to count in
        while True:
            k = r.choice([2, 3])
            w = ", ".join(r.sample(WORDS, k))
            if lim[0] <= sum(ch.isalpha() for ch in w) <= lim[1]:
                break
    else:
        w = r.choice(pool)
    present = sorted({ch for ch in w.lower() if ch.isalpha()})
    ch = r.choice(present)
    n = w.lower().count(ch)
    return ("How many times does the letter \"%s\" occur in \"%s\" (ignoring case)?" % (ch, w),
            n, NUM, None)


def list_answer(xs):
    return ", ".join(xs), [" ".join(xs), ",".join(xs), "[" + ", ".join(xs) + "]"]


def g_sorting(r, lv):
    if lv in (1, 2):
        xs = r.sample(range(1, 100 if lv == 1 else 1000), 4 if lv == 1 else 7)
        a, al = list_answer([str(x) for x in sorted(xs)])
        return ("Sort in ascending order: %s." % ", ".join(map(str, xs)), a, None, al)
    if lv == 3:
        xs = r.sample(range(10, 1000), 8)
        return ("What is the second largest of: %s?" % ", ".join(map(str, xs)),
                sorted(xs)[-2], NUM, None)
    if lv == 4:
        xs = r.sample(range(10, 10000), 9)
        return ("What is the median of: %s?" % ", ".join(map(str, xs)),
                sorted(xs)[4], NUM, None)
    ws = r.sample([w for w in WORDS if " " not in w], 6)
    a, al = list_answer(sorted(ws))
    return ("Sort alphabetically: %s." % ", ".join(ws), a, None, al)


# (from, to, factor) with exact factors (SI, and the international yard
# and pound of 1959: inch 2.54 cm, foot 30.48 cm, yard 0.9144 m, pound
# 453.59237 g). Units with more than one meaning are named in full: the
# ounce and the pound are avoirdupois (not troy; the ounce not the fluid
# ounce), the mile is the international mile (not the nautical mile, nor
# the US survey mile, which differs by 3 mm a mile: more than the
# tolerance at two decimal places).
UNITS = {
    1: [("kilometres", "metres", 1000), ("kilograms", "grams", 1000),
        ("litres", "millilitres", 1000), ("metres", "centimetres", 100)],
    2: [("hours", "minutes", 60), ("days", "hours", 24), ("minutes", "seconds", 60),
        ("kibibytes", "bytes", 1024), ("weeks", "days", 7)],
    3: [("inches", "centimetres", Fraction("2.54")), ("feet", "centimetres", Fraction("30.48")),
        ("yards", "metres", Fraction("0.9144")), ("days", "seconds", 86400)],
    4: [("international miles", "metres", Fraction("1609.344")),
        ("avoirdupois pounds", "grams", Fraction("453.59237")),
        ("avoirdupois ounces", "grams", Fraction("28.349523125")),
        ("gibibytes", "kibibytes", 1024 * 1024)],
}
PLACES = 2          # decimal places asked for when the result is not whole
ROUNDED = {"type": "numeric", "abs": 0.5 * 10 ** -PLACES, "rel": 0}


def rounded(v):
    """v rounded to PLACES decimal places, or None when v is exactly half
    way (no rounding convention would then be implied by the question)."""
    q = v * 10 ** PLACES
    if (q - q.numerator // q.denominator) == Fraction(1, 2):
        return None
    return Fraction(round(q), 10 ** PLACES)


def g_units(r, lv):
    """A conversion. A result that is not a whole number is asked to two
    decimal places: the key is the rounded value and the grader accepts
    half a unit of the last place either side (0.005), so the correctly
    rounded answer and any more precise one pass and a wrong last digit
    fails. Draws whose exact value lies half way between two roundings are
    drawn again."""
    if lv == 5:
        if r.randrange(2):
            c = r.randrange(-8, 41) * 5
            f = Fraction(c) * 9 / 5 + 32
            return ("What is %d degrees Celsius in degrees Fahrenheit?" % c, num(f), NUM, None)
        v = r.randrange(2, 60) * 18
        ms = Fraction(v) * 1000 / 3600
        return ("What is %d km/h in metres per second?" % v, num(ms), NUM, None)
    while True:
        a, b, f = r.choice(UNITS[lv])
        q = Fraction(r.randrange(2, 200)) if lv != 4 else Fraction(r.randrange(2, 400), 4)
        v = q * f
        if v.denominator == 1:
            return ("How many %s are in %s %s?" % (b, fmt(q), a), num(v), NUM, None)
        v2 = rounded(v)
        if v2 is not None:
            return ("How many %s are in %s %s? Give the answer to %s decimal places."
                    % (b, fmt(q), a, "two" if PLACES == 2 else PLACES), num(v2), ROUNDED, None)


def g_word(r, lv):
    if lv == 1:
        a, b = r.randrange(5, 60), r.randrange(5, 60)
        return ("Anna has %d stamps and is given %d more. How many stamps does she have in total?" % (a, b),
                a + b, NUM, None)
    if lv == 2:
        box, n = r.randrange(6, 30), r.randrange(100, 1000)
        return ("A box holds %d pencils. How many boxes are needed to pack %d pencils?" % (box, n),
                -(-n // box), NUM, None)
    if lv == 3:
        v, t = r.randrange(40, 130), Fraction(r.randrange(3, 20), 2)
        return ("A train travels at %d km/h for %s hours. How many kilometres does it travel?" % (v, fmt(t)),
                num(v * t), NUM, None)
    if lv == 4:
        k, p = r.randrange(2, 6), r.randrange(1, 10)
        n = k * r.randrange(3, 30)
        return ("Pens cost $%d for %d. How many dollars do %d pens cost?" % (p, k, n),
                num(Fraction(p * n, k)), NUM, None)
    while True:
        w, d = r.randrange(2, 13), r.randrange(2, 30)
        total = w * d
        divs = [x for x in range(2, 25) if total % x == 0 and x != w]
        if divs:
            break
    w2 = r.choice(divs)
    return ("%d workers build a wall in %d days. How many days would %d workers take at the same rate?"
            % (w, d, w2), total // w2, NUM, None)


KINDS = [("arithmetic", g_arithmetic), ("modular", g_modular), ("weekday", g_weekday),
         ("days-between", g_days_between), ("base-conversion", g_base),
         ("letter-count", g_letters), ("sorting", g_sorting), ("unit-conversion", g_units),
         ("word-problem", g_word)]


def build():
    global WORDS
    WORDS = country_words()
    items = []
    for kind, g in KINDS:
        dom = "reasoning/" + kind
        r = C.rng(dom)
        seen = set()
        for lv in range(1, 6):
            k = 0
            while k < PER_LEVEL:
                q, a, grader, al = g(r, lv)
                if q in seen:
                    continue
                seen.add(q)
                k += 1
                src = "iso-codes" if kind in ("letter-count",) or (kind == "sorting" and lv == 5) else None
                m = C.meta(src, dom) if src else {"source": "tools/gen/reasoning.py",
                                                  "source_version": VERSION, "domain": dom}
                items.append(C.item(id="%s/%d-%02d" % (kind, lv, k), input=q, answer=a,
                                    aliases=al, grader=grader, category=dom,
                                    difficulty=lv, meta=m))
    return items


def main(argv):
    out = C.out_dir(argv)
    items = build()
    C.write_suite(
        out, "reasoning", version=VERSION,
        description="Short questions with exact, computed answers: arithmetic, modular "
                    "arithmetic, calendars, bases, letter counts, sorting, units, word "
                    "problems. Measures capability and tokens per correct answer.",
        axis="capability", grader={"type": "exact"}, template=TEMPLATE,
        abstain_token=None, domains=["reasoning/" + k for k, _ in KINDS], output_tokens=16,
        sources=["iso-codes"], items=items,
        suite_meta={"seed": C.SEED, "generator": "tools/gen/reasoning.py"})


if __name__ == "__main__":
    main(sys.argv)
