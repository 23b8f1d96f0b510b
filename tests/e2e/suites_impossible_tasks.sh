#!/bin/sh
# suites_impossible_tasks.sh -- the impossible suite's constraint and math
# items: counts, every impossible item paired with a feasible twin, and the
# numbers that make an item impossible (or its twin feasible) re-computed
# here from the item text, independently of the generator.
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites

/usr/bin/python3 - "$S" >"$T/results" 2>"$T/py.err" <<'EOF'
import json, math, os, re, sys
from fractions import Fraction

S = sys.argv[1]
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, msg.replace("\t", " ").replace("\n", " ")))

with open(os.path.join(S, "impossible", "items.jsonl"), encoding="utf-8") as f:
    ALL = [json.loads(l) for l in f if l.strip()]
I = [i for i in ALL if i.get("category") in ("constraint", "math")]
BY = {i["id"]: i for i in I}
imp = [i for i in I if i["grader"]["type"] == "impossible"]
cons = [i for i in imp if i["category"] == "constraint"]
mth = [i for i in imp if i["category"] == "math"]
fams = sorted({i["meta"].get("family", "") for i in cons})

report("constraint: >= 25 families", len(fams) >= 25, "%d" % len(fams))
report("constraint: >= 200 impossible items", len(cons) >= 200, "%d" % len(cons))
report("math: >= 100 impossible items", len(mth) >= 100, "%d" % len(mth))
report("math: >= 8 families", len({i["meta"].get("family") for i in mth}) >= 8)
report("ids unique", len(BY) == len(I))
report("inputs unique", len({i["input"] for i in ALL}) == len(ALL))
report("inputs under 700 characters", all(len(i["input"]) < 700 for i in I),
       str([i["id"] for i in I if len(i["input"]) >= 700][:5]))
report("no item carries an answer", all("answer" not in i for i in I))

bad = []
for i in imp:
    m = i["meta"]
    t = BY.get(i["id"] + "/twin")
    if (m.get("feasible") is not False or m.get("twin") != i["id"] + "/twin" or not t
            or t["grader"] != {"type": "feasible"} or t["meta"].get("feasible") is not True
            or t["meta"].get("twin") != i["id"] or not t["meta"].get("relaxed")
            or any(t["meta"].get(k) != m.get(k) for k in ("family", "lang", "form"))
            or t["category"] != i["category"] or t["input"] == i["input"]):
        bad.append(i["id"])
report("every impossible item has a feasible twin", not bad, str(bad[:5]))
twins = [i for i in I if i["grader"]["type"] == "feasible"]
report("every twin belongs to an impossible item",
       len(twins) == len(imp) and all(BY.get(i["meta"].get("twin"), {}).get("grader") == {"type": "impossible"}
                                      for i in twins))
bad = [i["id"] for i in imp if not i["meta"].get("reason") or not i["meta"].get("family")
       or not i["id"].startswith("%s/%s/" % (i["category"], i["meta"]["family"]))]
report("every impossible item has a reason and a family", not bad, str(bad[:5]))
report("constraint items name a language and a form",
       all(i["meta"].get("lang") and i["meta"].get("form") for i in cons))
report("several languages and forms per constraint family",
       all(len({i["meta"]["lang"] for i in cons if i["meta"]["family"] == f}) >= 3
           and len({i["meta"]["form"] for i in cons if i["meta"]["family"] == f}) >= 3 for f in fams))

# ---- re-computation, per family; each check returns an error or None
def ints(s):
    return [int(x) for x in re.findall(r"\d+", s.replace(",", ""))]

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

def kth_root_floor(n, k):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid ** k <= n:
            lo = mid
        else:
            hi = mid
    return lo

FERMAT = [2 ** (2 ** j) + 1 for j in range(5) if is_prime(2 ** (2 ** j) + 1)]
def gauss_wantzel(n):
    while n % 2 == 0:
        n //= 2
    for p in FERMAT:
        if n % p == 0:
            n //= p
            if n % p == 0:
                return False
    return n == 1

def edges_of(text):
    return sorted(tuple(sorted((int(a), int(b)))) for a, b in re.findall(r"(\d+)–(\d+)", text))

def bipartite(nv, E):
    col = {}
    for s in range(1, nv + 1):
        if s in col:
            continue
        col[s], todo = 0, [s]
        while todo:
            u = todo.pop()
            for a, b in E:
                for x, y in ((a, b), (b, a)):
                    if x == u:
                        if y not in col:
                            col[y] = 1 - col[u]; todo.append(y)
                        elif col[y] == col[u]:
                            return False
    return True

def chk_triangle(it, feas):
    s = it["meta"]["proof"]["sides"]
    if ints(it["input"])[:3] != s:
        return "sides differ from the text"
    a, b, c = sorted(s)
    return None if (a + b > c) == feas else "%d + %d vs %d" % (a, b, c)

def chk_square(it, feas):
    p = it["meta"]["proof"]
    m, e, base = p["modulus"], p["residue"], p["base"]
    t = it["input"]
    digits = "0123456789ABCDEF"
    want = "two digits %02d." % e if "two digits" in t else "digit %s." % digits[e]
    if m != base ** (2 if "two digits" in t else 1) or not t.endswith(want) \
            or (base != 10) != ("base-%d " % base in t):
        return "ending not as in the text"
    squares = {(n * n) % m for n in range(m)}
    if feas:
        return None if (p["witness"] ** 2) % m == e else "witness"
    return None if e not in squares else "%d is a square residue mod %d" % (e, m)

def chk_two_colour(it, feas):
    t = it["input"]
    nv = int(re.search(r"vertices 1 to (\d+)", t).group(1))
    E = edges_of(t)
    if [tuple(e) for e in it["meta"]["proof"]["edges"]] != E:
        return "edges differ from the text"
    if feas:
        c = it["meta"]["proof"]["colouring"]
        return None if all(c[a - 1] != c[b - 1] for a, b in E) and bipartite(nv, E) else "not a 2-colouring"
    cyc = it["meta"]["proof"]["cycle"]
    ok = len(cyc) % 2 == 1 and len(set(cyc)) == len(cyc) and all(
        tuple(sorted((cyc[j], cyc[(j + 1) % len(cyc)]))) in E for j in range(len(cyc)))
    return None if ok and not bipartite(nv, E) else "no odd cycle"

def chk_euler(it, feas):
    t = it["input"]
    nv = int(re.search(r"vertices 1 to (\d+)", t).group(1))
    E = edges_of(t)
    deg = [sum(v in e for e in E) for v in range(1, nv + 1)]
    if deg != it["meta"]["proof"]["degrees"]:
        return "degrees differ: %s" % deg
    odd = [d for d in deg if d % 2]
    if not feas:
        return None if odd else "all degrees even"
    reach, todo = {1}, [1]
    while todo:
        u = todo.pop()
        for a, b in E:
            for x, y in ((a, b), (b, a)):
                if x == u and y not in reach:
                    reach.add(y); todo.append(y)
    return None if not odd and len(reach) == nv else "odd degrees or disconnected"

def chk_planar(it, feas):
    g = re.search(r"K(\d+)(?:,(\d+))?", it["input"])
    a, b = int(g.group(1)), g.group(2)
    if b is None:
        v, e, bound = a, a * (a - 1) // 2, 3 * a - 6
        planar_known = a <= 4
    else:
        b = int(b)
        v, e, bound = a + b, a * b, 2 * (a + b) - 4
        planar_known = min(a, b) <= 2
    if feas:
        return None if planar_known else "not a known planar family"
    return None if e > bound else "e = %d <= %d" % (e, bound)

def chk_polygon(it, feas):
    n = ints(it["input"])[0]
    return None if gauss_wantzel(n) == feas else "n = %d" % n

def chk_trisect(it, feas):
    ang = ints(it["input"])[0]
    if 360 % ang:
        return "angle does not divide 360"
    n = 360 // ang
    if not gauss_wantzel(n):
        return "the given angle itself is not constructible"
    return None if gauss_wantzel(3 * n) == feas else "3n = %d" % (3 * n)

def chk_root(it, feas):
    t = it["input"]
    m = re.search(r"x\^(\d+)(?: =| −) (\d+)", t)
    if m:
        k, n = int(m.group(1)), int(m.group(2))
    else:
        k = 5 if "fifth" in t else 3 if "cube" in t else 2
        n = ints(re.search(r"(√\d+|root of \d+)", t).group(1))[0]
    if kth_root_floor(n, k) ** k == n:
        return "%d is a perfect %d-th power" % (n, k)
    if not feas:
        return None
    a, b = it["meta"]["proof"]["witness"]
    if m:
        return None if abs(Fraction(a, b) ** k - n) < Fraction(1, 10 ** 4) else "|x^k - n| too large"
    return None if a ** k <= n * b ** k < (a + 1) ** k and b >= 10 ** 6 else "witness off by >= 1e-6"

def chk_quintic(it, feas):
    t = it["input"]
    if feas:
        return None if re.search(r"x\^5 − \d+ = 0|x\^4 − \d+x\^2 \+ \d+ = 0", t) else "twin not x^5 - c or biquadratic"
    m = re.search(r"x\^5 − (\d+)x ([+−]) (\d+) = 0", t)
    a, b = int(m.group(1)), int(m.group(3)) * (1 if m.group(2) == "+" else -1)
    eis = [p for p in range(2, 50) if is_prime(p) and a % p == 0 and b % p == 0 and b % (p * p)]
    f = lambda x: x ** 5 - a * x + b
    R = 1 + a + abs(b)
    xs = [-R + 2 * R * j / 200000 for j in range(200001)]
    signs = sum(1 for u, v in zip(xs, xs[1:]) if f(u) * f(v) < 0)
    return None if eis and signs == 3 and 3125 * b ** 4 < 256 * a ** 5 else "eis %s, real roots %d" % (eis, signs)

def chk_pell(it, feas):
    m = re.search(r"x\^2 − (\d+)·y\^2 = ([01])", it["input"])
    n = int(m.group(1))
    if kth_root_floor(n, 2) ** 2 == n:
        return "n is a square"
    if not feas:
        return None if m.group(2) == "0" else "rhs"
    x, y = it["meta"]["proof"]["witness"]
    return None if x > 0 and y > 0 and x * x - n * y * y == 1 else "witness"

def chk_largest_prime(it, feas):
    p = ints(it["input"])[0]
    if not is_prime(p):
        return "%d not prime" % p
    if feas:
        return None
    q = it["meta"]["proof"]["larger_prime"]
    return None if q > p and is_prime(q) else "no larger prime given"

def chk_fermat(it, feas):
    if not feas:
        return None if re.search(r"a\^(\d+) \+ b\^\1 = c\^\1", it["input"]) and \
            int(re.search(r"a\^(\d+)", it["input"]).group(1)) >= 3 else "exponent"
    a, b, c = it["meta"]["proof"]["witness"]
    lo = ints(it["input"].split("c >")[-1])[0]
    return None if min(a, b, c) > 0 and a * a + b * b == c * c and c > lo else "witness"

def chk_magic(it, feas):
    t = it["input"]
    hi = ints(t.split("from 1 to")[-1])[0]
    if feas:
        w = it["meta"]["proof"]["witness"]
        cells = [x for r in w for x in r]
        lines = w + [list(c) for c in zip(*w)] + [[w[j][j] for j in range(3)], [w[j][2 - j] for j in range(3)]]
        return None if len(set(cells)) == 9 and max(cells) <= hi and len({sum(l) for l in lines}) == 1 else "witness"
    rng = range(1, hi + 1)
    found = [(a, b, c, d) for a in rng for b in rng for c in rng for d in rng
             if len({a, b, c, d}) == 4 and len({a + b, c + d, a + c, b + d, a + d, b + c}) == 1]
    return None if not found else str(found[0])

def chk_no_consec(it, feas):
    k, hi = [int(x) for x in re.search(r"Choose (\d+) .* from 1 to (\d+)", it["input"]).groups()]
    # the largest subset of 1..hi without two consecutive numbers, by DP
    take, skip = 0, 0
    for _ in range(hi):
        take, skip = skip + 1, max(take, skip)
    best = max(take, skip)
    if not feas:
        return None if k > best else "k = %d <= %d" % (k, best)
    w = it["meta"]["proof"]["witness"]
    return None if len(w) == k and len(set(w)) == k and all(1 <= x <= hi for x in w) and \
        all(b - a > 1 for a, b in zip(sorted(w), sorted(w)[1:])) else "witness"

# constraint families whose impossibility depends on the numbers in them
def chk_sort(it, feas):
    N, k = ints(it["input"].split("up to")[1])[0], None
    if feas:
        return None
    k = int(re.search(r"more than (\d+)·n", it["input"]).group(1))
    return None if k * N < math.lgamma(N + 1) / math.log(2) else "k·N >= log2 N!"

def chk_byz(it, feas):
    n, f = [int(x) for x in re.search(r"on (\d+) servers .* when (\d+) of them", it["input"]).groups()]
    return None if (n >= 3 * f + 1) == feas else "n = %d, f = %d" % (n, f)

def chk_search(it, feas):
    N = ints(re.search(r"array of ([\d,]+)", it["input"]).group(1))[0]
    k = int(re.search(r"at most (\d+) in the worst", it["input"]).group(1))
    return None if (k >= math.ceil(math.log2(N + 1))) == feas else "N = %d, k = %d" % (N, k)

def chk_merge(it, feas):
    n = int(re.search(r"arrays of (\d+)", it["input"]).group(1))
    k = int(re.search(r"at most (\d+) comparisons", it["input"]).group(1))
    return None if (k >= 2 * n - 1) == feas else "n = %d, k = %d" % (n, k)

def chk_minmax(it, feas):
    n = int(re.search(r"array of (\d+)", it["input"]).group(1))
    k = int(re.search(r"at most (\d+) comparisons", it["input"]).group(1))
    return None if (k >= math.ceil(3 * n / 2) - 2) == feas else "n = %d, k = %d" % (n, k)

def chk_clock(it, feas):
    m, a, b = [int(x) for x in re.search(r"clocks of (\d+) servers .* between (\d+) and (\d+) ms", it["input"]).groups()]
    lim = (b - a) * (1 - 1 / m) / 2
    g = re.search(r"at most (\d+) (µs|ms)", it["input"])
    eps = int(g.group(1)) / (1000 if g.group(2) == "µs" else 1)
    return None if (eps >= lim) == feas else "eps %s vs %s ms" % (eps, lim)

def chk_decimal(it, feas):
    x = re.search(r"decimal value ([\d.]+) in", it["input"]).group(1)
    fx = Fraction(x)
    if feas:
        return None if abs(Fraction(float(x)) - fx) < Fraction(1, 10 ** 12) else "error >= 1e-12"
    d = fx.denominator
    return None if d & (d - 1) else "%s is a dyadic rational" % x

def chk_checksum(it, feas):
    n = int(re.search(r"(\d+)-byte message", it["input"]).group(1))
    alg = re.search(r"(CRC-32|SHA-256|MD5|Adler-32) value", it["input"]).group(1)
    bits = {"CRC-32": 32, "SHA-256": 256, "MD5": 128, "Adler-32": 32}[alg]
    return None if feas or 8 * n > bits else "%d bytes fit in %d bits" % (n, bits)

CHECKS = {
    ("math", "triangle-inequality"): chk_triangle, ("math", "square-ending"): chk_square,
    ("math", "two-colouring"): chk_two_colour, ("math", "eulerian-circuit"): chk_euler,
    ("math", "planar-embedding"): chk_planar, ("math", "constructible-polygon"): chk_polygon,
    ("math", "angle-trisection"): chk_trisect, ("math", "irrational-root"): chk_root,
    ("math", "quintic-radicals"): chk_quintic, ("math", "pell-zero"): chk_pell,
    ("math", "largest-prime"): chk_largest_prime, ("math", "fermat"): chk_fermat,
    ("math", "magic-square-2"): chk_magic, ("math", "no-consecutive"): chk_no_consec,
    ("constraint", "comparison-sort-bound"): chk_sort, ("constraint", "byzantine-third"): chk_byz,
    ("constraint", "sorted-search-bound"): chk_search, ("constraint", "merge-bound"): chk_merge,
    ("constraint", "min-max-bound"): chk_minmax, ("constraint", "clock-sync-bound"): chk_clock,
    ("constraint", "binary64-exact-decimal"): chk_decimal, ("constraint", "invert-checksum"): chk_checksum,
}
for (cat, fam), fn in sorted(CHECKS.items()):
    its = [i for i in I if i["category"] == cat and i["meta"].get("family") == fam]
    bad = []
    for it in its:
        try:
            err = fn(it, it["grader"]["type"] == "feasible")
        except Exception as e:  # an unparsable item is a failure too
            err = "%s: %s" % (type(e).__name__, e)
        if err:
            bad.append("%s (%s)" % (it["id"], err))
    report("%s/%s: %d items re-computed" % (cat, fam, len(its)), its and not bad, str(bad[:3]))
unchecked = sorted({i["meta"]["family"] for i in I if i["meta"].get("proof", {}).get("computed")
                    and (i["category"], i["meta"]["family"]) not in CHECKS})
report("every family with computed proofs is re-checked here", not unchecked, str(unchecked))

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "impossible tasks checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
