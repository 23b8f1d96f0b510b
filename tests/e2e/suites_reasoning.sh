#!/bin/sh
# suites_reasoning.sh -- the reasoning suite: counts per kind and level,
# short prompts, and every answer recomputed here from the question text
# (base conversions checked in the opposite direction with int(s, base)).
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites

/usr/bin/python3 - "$S" >"$T/results" 2>"$T/py.err" <<'EOF'
import datetime, json, os, re, sys
from collections import Counter
from decimal import Decimal

S = sys.argv[1]
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, msg.replace("\t", " ").replace("\n", " ")))

with open(os.path.join(S, "reasoning", "items.jsonl"), encoding="utf-8") as f:
    R = [json.loads(l) for l in f]
with open(os.path.join(S, "reasoning", "suite.yaml"), encoding="utf-8") as f:
    yml = f.read()

kinds = Counter(i["category"] for i in R)
report("reasoning has >= 600 items", len(R) >= 600, "%d" % len(R))
report("nine kinds of question", len(kinds) == 9, str(kinds))
lv = Counter((i["category"], i["difficulty"]) for i in R)
report("every kind has every difficulty 1-5",
       all(lv[(k, d)] > 0 for k in kinds for d in range(1, 6)))
report("axis capability", "\naxis: capability\n" in yml)
long_ = [i["id"] for i in R if len(i["input"]) > 160]
report("prompts are short (<= 160 characters)", not long_, str(long_[:3]))
report("no question mentions today or the current date",
       not [i for i in R if re.search(r"\b(today|now|current|this year|ago)\b", i["input"], re.I)])

MONTHS = {m: k + 1 for k, m in enumerate("January February March April May June July August "
                                          "September October November December".split())}
def date(s):
    d, m, y = s.split()
    return datetime.date(int(y), MONTHS[m], int(d))

UNITS = {("metres", "kilometres"): 1000, ("grams", "kilograms"): 1000,
         ("millilitres", "litres"): 1000, ("centimetres", "metres"): 100,
         ("minutes", "hours"): 60, ("hours", "days"): 24, ("seconds", "minutes"): 60,
         ("bytes", "kibibytes"): 1024, ("days", "weeks"): 7,
         ("centimetres", "inches"): Decimal("2.54"), ("centimetres", "feet"): Decimal("30.48"),
         ("metres", "yards"): Decimal("0.9144"), ("seconds", "days"): 86400,
         ("metres", "international miles"): Decimal("1609.344"),
         ("grams", "avoirdupois pounds"): Decimal("453.59237"),
         ("grams", "avoirdupois ounces"): Decimal("28.349523125"), ("kibibytes", "gibibytes"): 1024 ** 2}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def expect(it):
    """Recompute an item: returns (expected, how to compare)."""
    s, k = it["input"], it["category"].split("/")[1]
    n = [int(x) for x in re.findall(r"\d+", s)]
    if k == "arithmetic":
        m = re.fullmatch(r"What is (\d+) ([+×-]) (\d+)(?: - (\d+))?\?", s)
        a, op, b, c = m.groups()
        v = {"+": int(a) + int(b), "-": int(a) - int(b), "×": int(a) * int(b)}[op]
        return v - int(c) if c else v
    if k == "modular":
        m = re.fullmatch(r"What is (\d+) mod (\d+)\?", s)
        if m:
            return n[0] % n[1]
        m = re.fullmatch(r"What is \((\d+) × (\d+)\) mod (\d+)\?", s)
        if m:
            return n[0] * n[1] % n[2]
        m = re.fullmatch(r"What is (\d+)\^(\d+) mod (\d+)\?", s)
        return pow(n[0], n[1], n[2])
    if k == "weekday":
        d = re.fullmatch(r"What day of the week is (.+) \(Gregorian calendar\)\?", s).group(1)
        return WD[date(d).weekday()]
    if k == "days-between":
        # the question says which ends count: the last day but not the first
        a, b = re.fullmatch(r"How many days are there from (.+) to (.+), "
                            r"counting the last day but not the first\?", s).groups()
        return (date(b) - date(a)).days
    if k == "base-conversion":
        m = re.fullmatch(r"Write the decimal number (\d+) in (binary|hexadecimal|base (\d+))\.", s)
        if m:
            base = {"binary": 2, "hexadecimal": 16}.get(m.group(2)) or int(m.group(3))
            ans = str(it["answer"])
            # the answer must be the number in that base, canonical upper case
            ok = int(ans, base) == int(m.group(1)) and ans == ans.upper() and not ans.startswith("0")
            return it["answer"] if ok else "not %s in base %d" % (m.group(1), base)
        m = re.fullmatch(r"Convert the (binary|hexadecimal) number ([0-9A-F]+) to decimal\.", s)
        return int(m.group(2), 2 if m.group(1) == "binary" else 16)
    if k == "letter-count":
        ch, w = re.fullmatch(r'How many times does the letter "(.)" occur in "(.+)" \(ignoring case\)\?', s).groups()
        return sum(1 for c in w.lower() if c == ch)
    if k == "sorting":
        m = re.fullmatch(r"Sort in ascending order: (.+)\.", s)
        if m:
            return ", ".join(str(x) for x in sorted(int(x) for x in m.group(1).split(", ")))
        m = re.fullmatch(r"Sort alphabetically: (.+)\.", s)
        if m:
            return ", ".join(sorted(m.group(1).split(", ")))
        m = re.fullmatch(r"What is the second largest of: (.+)\?", s)
        if m:
            return sorted(int(x) for x in m.group(1).split(", "))[-2]
        xs = sorted(int(x) for x in re.fullmatch(r"What is the median of: (.+)\?", s).group(1).split(", "))
        return xs[len(xs) // 2]
    if k == "unit-conversion":
        m = re.fullmatch(r"How many (\w+) are in ([\d.]+) ([\w ]+)\?( Give the answer to two decimal places\.)?", s)
        if m:
            v = Decimal(m.group(2)) * UNITS[(m.group(1), m.group(3))]
            if v == v.to_integral_value():
                # a whole result: asked as it is, graded exactly
                return v if not m.group(4) and it["grader"] == {"type": "numeric", "abs": 0, "rel": 0} \
                    else "whole %s asked with a precision" % v
            # not whole: asked to two places, the key rounded, within 0.005
            # (and never exactly half way, where rounding rules differ)
            if not m.group(4) or it["grader"] != {"type": "numeric", "abs": 0.005, "rel": 0}:
                return "%s not asked to two places with abs 0.005" % v
            if (v * 1000) % 10 == 5 and v * 1000 == (v * 1000).to_integral_value():
                return "%s is half way" % v
            return v.quantize(Decimal("0.01"))
        m = re.fullmatch(r"What is (-?\d+) degrees Celsius in degrees Fahrenheit\?", s)
        if m:
            return Decimal(m.group(1)) * 9 / 5 + 32
        m = re.fullmatch(r"What is (\d+) km/h in metres per second\?", s)
        return Decimal(m.group(1)) / Decimal("3.6")
    if k == "word-problem":
        if s.startswith("Anna has"):
            return n[0] + n[1]
        if s.startswith("A box holds"):
            return -(-n[1] // n[0])
        m = re.fullmatch(r"A train travels at (\d+) km/h for ([\d.]+) hours\. .*", s)
        if m:
            return Decimal(m.group(1)) * Decimal(m.group(2))
        m = re.fullmatch(r"Pens cost \$(\d+) for (\d+)\. How many dollars do (\d+) pens cost\?", s)
        if m:
            return Decimal(n[0]) * n[2] / n[1]
        m = re.fullmatch(r"(\d+) workers build a wall in (\d+) days\. How many days would (\d+) workers take at the same rate\?", s)
        return Decimal(n[0] * n[1]) / n[2]
    raise ValueError("unknown kind " + k)

for kind in sorted(kinds):
    bad = []
    for it in R:
        if it["category"] != kind:
            continue
        try:
            want = expect(it)
        except Exception as e:
            bad.append("%s: unparsed (%r)" % (it["id"], e)); continue
        got = it["answer"]
        if isinstance(want, str):
            ok = want == got
        else:
            ok = isinstance(got, (int, float)) and Decimal(str(got)) == Decimal(want)
        if not ok:
            bad.append("%s: answer %r, computed %r" % (it["id"], got, want))
    report("%s: every answer recomputed" % kind, not bad, "; ".join(bad[:3]))

bad = [i["id"] for i in R if "grader" in i and i["grader"]["type"] == "numeric"
       and not isinstance(i["answer"], (int, float))]
report("numeric items have numeric answers", not bad, str(bad[:3]))
bad = [i["id"] for i in R if re.search(r"\b(ounces?|pounds?)\b", i["input"])
       and not re.search(r"\bavoirdupois (ounces?|pounds?)\b", i["input"])
       or re.search(r"\bmiles?\b", i["input"]) and "international mile" not in i["input"]]
report("ounces, pounds and miles are named unambiguously", not bad, str(bad[:3]))
bad = [i["id"] for i in R if "grader" in i and i["grader"]["type"] == "numeric"
       and 0 < max(i["grader"].get("abs", 0), i["grader"].get("rel", 0)) < 1e-6]
report("no numeric tolerance finer than the precision asked", not bad, str(bad[:3]))
bad = [i["id"] for i in R if "grader" not in i and not isinstance(i["answer"], str)]
report("exact items have string answers", not bad, str(bad[:3]))

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "reasoning checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
