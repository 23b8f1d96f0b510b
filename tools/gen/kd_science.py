#!/usr/bin/python3
"""Science registries for suites/knowledge and suites/fabricated.

Usage: /usr/bin/python3 tools/gen/kd_science.py OUTDIR

Imported by knowledge.py and fabricated.py; run alone it writes
OUTDIR/knowledge/science.jsonl and OUTDIR/fabricated/science.jsonl and
prints the counts per domain and the difficulty histogram.

Sources (read as text, never imported or executed):
  * python3-periodictable: core.py (element_base: Z -> name, symbol) and
    mass.py (massdata: one isotope a line, the last field the element's
    standard atomic weight, or a bracketed mass number);
  * units: /usr/share/units/definitions.units (CODATA 2018 constants) and
    its program /usr/bin/units, which evaluates the derived constants;
  * wamerican-small, wamerican, wamerican-large, wamerican-huge: the SCOWL
    word lists, for the popularity proxy and for the absence checks.
"""

import ast
import math
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

FAMILY = "science"
PT = "python3-periodictable"
UNITS = "units"
SOURCES = [PT, UNITS, "wamerican-small", "wamerican", "wamerican-large", "wamerican-huge"]

PT_DIR = "/usr/lib/python3/dist-packages/periodictable"
UNITS_FILE = "/usr/share/units/definitions.units"
UNITS_BIN = "/usr/bin/units"
DICTS = [("wamerican-small", "/usr/share/dict/american-english-small"),
         ("wamerican", "/usr/share/dict/american-english"),
         ("wamerican-large", "/usr/share/dict/american-english-large"),
         ("wamerican-huge", "/usr/share/dict/american-english-huge")]

# IUPAC accepts both spellings; periodictable writes the US/IUPAC one.
# the other names IUPAC accepts: British spellings, and wolfram, the name
# behind the symbol W, still used beside tungsten
BRITISH = {"Aluminum": ["Aluminium"], "Cesium": ["Caesium"], "Sulfur": ["Sulphur"], "Tungsten": ["Wolfram"]}


# ---------------------------------------------------------------- readers

def elements():
    """core.py's element_base -> {Z: (name, symbol)} for Z 1..118."""
    with open(os.path.join(PT_DIR, "core.py"), encoding="latin-1") as f:
        src = f.read()
    body = src[src.index("element_base = {") + len("element_base = "):]
    body = re.sub(r"#.*", "", body[:body.index("\n}\n") + 2])
    base = ast.literal_eval(body)
    out = {z: (v[0], v[1]) for z, v in base.items() if 1 <= z <= 118}
    if sorted(out) != list(range(1, 119)):
        raise SystemExit("gen: periodictable core.py does not list Z 1..118")
    return out


def atomic_weights():
    """mass.py's massdata -> {Z: "1.00794(7)"}: the standard atomic weight
    with its uncertainty, only where it is one (not "[98]", a mass number)."""
    with open(os.path.join(PT_DIR, "mass.py"), encoding="latin-1") as f:
        src = f.read()
    md = src[src.index('massdata = """\\\n') + 16:]
    md = md[:md.index('"""')]
    out = {}
    for ln in md.splitlines():
        f = ln.split(",")
        z, w = int(f[0].split("-")[0]), f[3].strip()
        if w and not w.startswith("["):
            if out.setdefault(z, w) != w:
                raise SystemExit("gen: two atomic weights for Z=%d" % z)
    return out


_tiers = None


def dict_sets():
    global _tiers
    if _tiers is None:
        _tiers = []
        for _, path in DICTS:
            with open(path, encoding="utf-8") as f:
                _tiers.append({w for w in f.read().split("\n") if w})
    return _tiers


def scowl_tier(word):
    """1 = in wamerican-small (SCOWL size 35), 2 = wamerican (50),
    3 = wamerican-large (70), 4 = wamerican-huge (80), 5 = in none. A
    hyphenated word the lists lack has the tier of its rarer part."""
    if "-" in word:
        t = min(scowl_tier(word.replace("-", "")), scowl_tier(word.replace("-", " ")))
        return t if t < 5 else max(scowl_tier(p) for p in word.split("-"))
    for i, s in enumerate(dict_sets()):
        if word in s or word.lower() in s or word.capitalize() in s:
            return i + 1
    return 5


def units_value(expr, unit):
    """The value of expr in unit, computed by the package's own program."""
    out = subprocess.run([UNITS_BIN, "-t", "-o", "%.15g", expr, unit],
                         check=True, capture_output=True, text=True).stdout.split()
    return float(out[0])


def units_names():
    """Names defined in definitions.units outside !var/!locale blocks ->
    their definition (the first one)."""
    defs, block, cont = {}, 0, False
    with open(UNITS_FILE, encoding="utf-8") as f:
        for ln in f:
            ln = ln.rstrip("\n")
            if ln.startswith("!"):
                d = ln[1:].split()
                if d and d[0] in ("var", "varnot", "locale", "unitlist", "utf8"):
                    block += 1
                if d and d[0] in ("endvar", "endlocale", "endutf8"):
                    block -= 1
                continue
            if cont:
                cont = ln.rstrip().endswith("\\")
                continue
            body = ln.partition("#")[0]
            if not body.strip() or body[0].isspace():
                continue
            cont = body.rstrip().endswith("\\")
            p = body.split(None, 1)
            if len(p) == 2 and not block and p[0] not in defs:
                defs[p[0]] = p[1].strip()
    return defs


# ---------------------------------------------------------------- elements

def el_meta(domain, proxy, **extra):
    return C.meta(PT, domain, family=FAMILY, proxy=proxy, **extra)


def g_element_symbol(el):
    dom = "science/element-symbol"
    items = []
    for z in sorted(el):
        name, sym = el[z]
        d = scowl_tier(name)
        items.append(C.item(
            id="element-symbol/name-%s" % sym,
            input="What is the chemical symbol of the element %s?" % name.lower(),
            answer=sym, category=dom, difficulty=d, meta=el_meta(dom, d, atomic_number=z)))
        items.append(C.item(
            id="element-symbol/symbol-%s" % sym,
            input="Which chemical element has the symbol %s?" % sym,
            answer=name, aliases=BRITISH.get(name), category=dom, difficulty=d,
            meta=el_meta(dom, d, atomic_number=z)))
    return items


def g_element_number(el):
    dom = "science/element-number"
    items = []
    for z in sorted(el):
        name, sym = el[z]
        d = scowl_tier(name)
        items.append(C.item(
            id="element-number/name-%s" % sym,
            input="What is the atomic number of the element %s?" % name.lower(),
            answer=z, grader={"type": "numeric", "abs": 0, "rel": 0},
            category=dom, difficulty=d, meta=el_meta(dom, d, symbol=sym)))
        items.append(C.item(
            id="element-number/number-%d" % z,
            input="Which chemical element has atomic number %d?" % z,
            answer=name, aliases=BRITISH.get(name), category=dom, difficulty=d,
            meta=el_meta(dom, d, symbol=sym)))
    return items


# the largest change of a standard atomic weight between the values the
# package ships (IUPAC 2001) and later IUPAC tables is zinc's,
# 65.409 -> 65.38 (2007): 0.03 from the key 65.41, and the numeric grader
# compares |got - want| <= tolerance in floating point, where 65.41 - 65.38
# is a little over 0.03; see docs/suites.md
WEIGHT_ABS = 0.035


def weight_key(w):
    """"65.409(4)" -> (answer, decimals asked, tolerance)."""
    m = re.fullmatch(r"(\d+)\.(\d+)\((\d+)\)", w)
    if not m:
        raise SystemExit("gen: unreadable atomic weight %r" % w)
    ip, dec, unc = m.groups()
    unc = int(unc) * 10 ** -len(dec)            # "(4)" on "65.409": 0.004
    places = min(2, len(dec))
    q = Decimal(ip + "." + dec).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    tol = max(WEIGHT_ABS if places == 2 else 0.1, unc)
    return float(q), places, round(tol, 6)


def g_atomic_weight(el, aw):
    dom = "science/atomic-weight"
    items = []
    for z in sorted(aw):
        name, sym = el[z]
        ans, places, tol = weight_key(aw[z])
        d = scowl_tier(name)
        items.append(C.item(
            id="atomic-weight/%s" % sym,
            input="What is the standard atomic weight of %s, to %s?" % (
                name.lower(), "two decimal places" if places == 2 else "one decimal place"),
            answer=ans, grader={"type": "numeric", "abs": tol, "rel": 0},
            category=dom, difficulty=d,
            meta=el_meta(dom, d, atomic_number=z, package_value=aw[z])))
    return items


# ---------------------------------------------------------------- constants

# (key, units expression, unit to express it in, unit as written in the
# question, description, significant figures (None: the exact value),
# the word whose SCOWL tier is the popularity proxy). Every expression is
# a name defined in definitions.units outside any !var/!locale block
# ("1/alpha" aside). Reviewed: values are CODATA 2018 (the file's header);
# the particle radii are left out (protonchargeradius is CODATA 2014's
# 0.8751 fm), as are the 1990 conventional K_J90/R_K90, amu_chem/amu_phys,
# the mercury and water density tables, "mach" and the standard
# temperature (conventions that differ between bodies), and the signed
# g-factors (texts disagree on the sign; only magnitudes are asked).
CONSTANTS = [
    ("c", "c", "m/s", "metres per second", "the speed of light in vacuum", None, "light"),
    ("gravity", "gravity", "m/s^2", "metres per second squared",
     "the standard acceleration of gravity (standard gravity, g_n)", None, "gravity"),
    ("atm", "atm", "Pa", "pascals", "one standard atmosphere", None, "atmosphere"),
    ("astronomicalunit", "astronomicalunit", "m", "metres",
     "the astronomical unit (as defined by the IAU in 2012)", None, "astronomical"),
    ("h", "h", "J s", "J s", "the Planck constant", 4, "Planck"),
    ("hbar", "hbar", "J s", "J s", "the reduced Planck constant (h-bar)", 4, "Planck"),
    ("boltzmann", "boltzmann", "J/K", "J/K", "the Boltzmann constant", 4, "Boltzmann"),
    ("e", "e", "C", "coulombs", "the elementary charge", 4, "charge"),
    ("avogadro", "avogadro", "1/mol", "per mole", "the Avogadro constant", 4, "Avogadro"),
    ("G", "G", "N m^2/kg^2", "N m^2 kg^-2", "the Newtonian constant of gravitation (G)", 4,
     "gravitation"),
    ("atomicmassunit", "atomicmassunit", "kg", "kilograms",
     "the unified atomic mass unit (dalton)", 4, "dalton"),
    ("gasconstant", "gasconstant", "J/mol K", "J mol^-1 K^-1", "the molar gas constant (R)", 4,
     "gas"),
    ("faraday", "faraday", "C", "coulombs per mole", "the Faraday constant", 5, "Faraday"),
    ("stefanboltzmann", "stefanboltzmann", "W/m^2 K^4", "W m^-2 K^-4",
     "the Stefan-Boltzmann constant", 4, "Stefan"),
    ("wiendisplacement", "wiendisplacement", "m K", "metre kelvins",
     "the Wien wavelength displacement law constant (b)", 4, "Wien"),
    ("mu0", "mu0", "N/A^2", "N/A^2", "the vacuum magnetic permeability (mu_0)", 4,
     "permeability"),
    ("epsilon0", "epsilon0", "F/m", "farads per metre",
     "the vacuum electric permittivity (epsilon_0)", 4, "permittivity"),
    ("Z0", "Z0", "ohm", "ohms", "the characteristic impedance of vacuum (Z_0)", 4, "impedance"),
    ("coulombconst", "coulombconst", "N m^2/C^2", "N m^2 C^-2",
     "the Coulomb constant (1/(4 pi epsilon_0))", 4, "Coulomb"),
    ("K_J", "K_J", "Hz/V", "hertz per volt", "the Josephson constant (K_J)", 4, "Josephson"),
    ("R_K", "R_K", "ohm", "ohms", "the von Klitzing constant (R_K)", 5, "Klitzing"),
    ("conductancequantum", "conductancequantum", "S", "siemens",
     "the conductance quantum (2e^2/h)", 4, "conductance"),
    ("hartree", "hartree", "J", "joules", "the Hartree energy", 4, "Hartree"),
    ("hartree-eV", "hartree", "eV", "electronvolts", "the Hartree energy", 4, "Hartree"),
    ("Rinfinity", "Rinfinity", "1/m", "per metre", "the Rydberg constant (R_infinity)", 4,
     "Rydberg"),
    ("alpha", "alpha", "1", "", "the fine-structure constant (alpha)", 4, "fine-structure"),
    ("alpha-inverse", "1/alpha", "1", "", "the inverse fine-structure constant (1/alpha)", 6,
     "fine-structure"),
    ("bohrradius", "bohrradius", "m", "metres", "the Bohr radius", 4, "Bohr"),
    ("electronradius", "electronradius", "m", "metres", "the classical electron radius", 4,
     "electron"),
    ("electronwavelength", "electronwavelength", "m", "metres",
     "the Compton wavelength of the electron (h/(m_e c))", 4, "Compton"),
    ("electronmass", "electronmass", "kg", "kilograms", "the electron mass", 4, "electron"),
    ("electronmass-u", "electronmass", "u", "daltons (unified atomic mass units)",
     "the electron mass", 4, "electron"),
    ("protonmass", "protonmass", "kg", "kilograms", "the proton mass", 4, "proton"),
    ("protonmass-u", "protonmass", "u", "daltons (unified atomic mass units)",
     "the proton mass", 6, "proton"),
    ("neutronmass", "neutronmass", "kg", "kilograms", "the neutron mass", 4, "neutron"),
    ("neutronmass-u", "neutronmass", "u", "daltons (unified atomic mass units)",
     "the neutron mass", 6, "neutron"),
    ("muonmass", "muonmass", "kg", "kilograms", "the muon mass", 4, "muon"),
    ("taumass", "taumass", "kg", "kilograms", "the tau lepton mass", 4, "lepton"),
    ("deuteronmass", "deuteronmass", "kg", "kilograms", "the deuteron mass", 4, "deuteron"),
    ("alphaparticlemass", "alphaparticlemass", "kg", "kilograms", "the alpha particle mass", 4,
     "alpha"),
    ("bohrmagneton", "bohrmagneton", "J/T", "joules per tesla", "the Bohr magneton (mu_B)", 4,
     "magneton"),
    ("nuclearmagneton", "nuclearmagneton", "J/T", "joules per tesla",
     "the nuclear magneton (mu_N)", 4, "magneton"),
    ("g_e", "g_e", "1", "", "the magnitude of the electron g-factor", 6, "electron"),
    ("g_p", "g_p", "1", "", "the proton g-factor", 4, "proton"),
    ("fermicoupling", "fermicoupling", "GeV^-2", "GeV^-2",
     "the Fermi coupling constant (G_F/(hbar c)^3)", 4, "Fermi"),
    ("molarvolume", "molarvolume", "L", "litres per mole",
     "the molar volume of an ideal gas at 273.15 K and 101.325 kPa", 4, "volume"),
    ("loschmidt", "loschmidt", "m^-3", "per cubic metre",
     "the Loschmidt constant (ideal gas at 273.15 K and 101.325 kPa)", 4, "Loschmidt"),
    ("lightyear", "lightyear", "m", "metres", "one light-year (Julian year)", 4, "light-year"),
    ("parsec", "parsec", "m", "metres", "one parsec", 4, "parsec"),
]

EXACT_LITERAL = re.compile(r"^[0-9.]+(?:e[-+]?\d+)?\b")


def sig_round(v, sf):
    """v rounded to sf significant figures, and the exponent of its
    leading digit."""
    e = math.floor(math.log10(abs(v)))
    m = Decimal(repr(v)).scaleb(-e).quantize(Decimal(1).scaleb(1 - sf), rounding=ROUND_HALF_UP)
    if abs(m) >= 10:                 # 9.9996 -> 10.00
        e += 1
        m = (m / 10).quantize(Decimal(1).scaleb(1 - sf), rounding=ROUND_HALF_UP)
    return m, e


def constant_item(key, expr, unit, shown, desc, sf, word, defs):
    dom = "science/physical-constant"
    base = expr[2:] if expr.startswith("1/") else expr
    if base not in defs:
        raise SystemExit("gen: %s is not defined in definitions.units" % base)
    v = units_value(expr, unit)
    d = scowl_tier(word)
    label = (" " + shown) if shown else ""
    extra = {}
    if sf is None:
        ans, tol = (int(v) if v == int(v) else v), 0
        q = "What is the exact value of %s in %s?" % (desc, shown)
    else:
        m, e = sig_round(v, sf)
        if -2 <= e <= 5:             # asked as it is: 8.314, 376.7, 96485
            ans = m.scaleb(e)
            ans = int(ans) if ans == ans.to_integral_value() else float(ans)
            tol = 10.0 ** (e - sf + 1)
            q = "What is %s%s%s, to %d significant figures?" % (
                "" if desc.startswith("the magnitude") else "the value of ", desc, " in " + shown if shown else "", sf)
        else:                        # asked as the mantissa of x × 10^e
            ans = float(m)
            tol = 10.0 ** (1 - sf)
            extra["exponent"] = e
            q = "%s is x × 10^%d%s. What is x, to %d significant figures?" % (
                desc[0].upper() + desc[1:], e, label, sf)
        ans = abs(ans) if "magnitude" in desc or key == "g_p" else ans
        tol = float("%.3g" % tol)
    return C.item(
        id="physical-constant/%s" % key, input=q, answer=ans,
        grader={"type": "numeric", "abs": tol, "rel": 0}, category=dom, difficulty=d,
        meta=C.meta(UNITS, dom, family=FAMILY, proxy=word, proxy_tier=d, units_expr=expr,
                    units_unit=unit, significant_figures=sf, **extra))


def g_physical_constant():
    defs = units_names()
    return [constant_item(*c, defs) for c in sorted(CONSTANTS)]


# ---------------------------------------------------------------- groups

def knowledge_groups():
    el = elements()
    aw = atomic_weights()
    sym = g_element_symbol(el)
    num = g_element_number(el)
    wt = g_atomic_weight(el, aw)
    pc = g_physical_constant()
    return [("science/element-symbol", sym, len(sym)),
            ("science/element-number", num, len(num)),
            ("science/atomic-weight", wt, len(wt)),
            ("science/physical-constant", pc, len(pc))]


# ---------------------------------------------------------------- fabricated

FAB_COUNT = 120
PREFIX = 6
# names once proposed or used for elements that no Debian list here holds
# (the wamerican lists hold columbium, hahnium, masurium, illinium, niton,
# glucinum, virginium, alabamine, kurchatovium, joliotium, nielsbohrium ...)
HISTORICAL = ["florentium", "ilmenium", "pelopium", "dianium", "norwegium", "austrium",
              "nipponium", "moldavium", "helvetium", "anglohelvetium",
              "lutecium", "cassiopeium", "celtium", "emanation", "thoron", "actinon",
              "unnilquadium", "unnilpentium", "unnilhexium", "unnilseptium", "unniloctium",
              "unnilennium", "ununnilium", "unununium", "ununbium", "ununtrium",
              "ununquadium", "ununpentium", "ununhexium", "ununseptium", "ununoctium",
              "aluminium", "caesium", "sulphur", "wolfram", "kalium", "natrium",
              "stibium", "plumbum", "hydrargyrum", "ferrum", "cuprum", "argentum", "aurum",
              "stannum", "deuterium", "tritium", "protium", "neutronium", "coronium",
              "nebulium", "geocoronium", "didymium", "decipium", "philippium", "mosandrium",
              "victorium", "demonium", "lucium", "incognitum", "damarium", "glaucodymium",
              "wasium", "idunium", "donarium", "neptunium", "virginium",
              "moseleyum", "rutherfordium", "lawrencium", "nobelium", "meitnerium",
              "joliotium", "hahnium", "kurchatovium", "nielsbohrium", "columbium"]

ROOTS = ["nil", "un", "bi", "tri", "quad", "pent", "hex", "sept", "oct", "enn"]


def systematic_names():
    """IUPAC systematic element names for Z 1..999 (unbinilium, unennium
    ... with the elisions of the 1978 rules: "bi"/"tri" + "ium" -> "bium",
    "trium"; "enn" + "nil" -> "ennil")."""
    out = []
    for z in range(1, 1000):
        s = "".join(ROOTS[int(c)] for c in str(z)) + "ium"
        s = s.replace("iium", "ium").replace("nnn", "nn")
        out.append(s)
    return out


def element_registry(el):
    import fabricated as F
    reg = F.Registry()
    for z in sorted(el):
        reg.add(el[z][0])
    for n in HISTORICAL + systematic_names():
        reg.add(n)
    # dictionary words in an element's style: obsolete element names are in
    # the large lists (columbium, masurium, niton, glucinum ...)
    for s in dict_sets():
        for w in sorted(s):
            lw = w.lower()
            if lw.isalpha() and re.search(r"(ium|um|on|ine|en)$", lw) and len(lw) >= 5:
                reg.add(lw)
    return reg


def fabricated_groups():
    dom = "fabricated/element"
    el = elements()
    reg = element_registry(el)
    words = set()
    for s in dict_sets():
        words |= {w.lower() for w in s}
    names = sorted(el[z][0].lower() for z in el)
    prefixes = {n[:PREFIX] for n in names + HISTORICAL if len(n) >= PREFIX}
    mk = C.Markov(names, k=2)
    r = C.rng("fab:" + dom)
    out, seen, tries = [], set(), 0
    while len(out) < FAB_COUNT and tries < 50000:
        tries += 1
        w = mk.make(r, 6, 12)
        if not w or not w.isalpha() or not re.search(r"(ium|on)$", w):
            continue
        if w in seen or w in words or reg.clashes(w):
            continue
        # no real name inside it (Flerbohrium, Sineodymium), no doubled
        # ending (Cerbiumium)
        if any(n in w for n in names if len(n) >= 4) or re.search(r"(ium|um|on)(ium|on)$", w):
            continue
        # nor a real or historical name's first 6 letters (Technessium,
        # Ytterbidium, Astatinium: a reader would take them for a variant)
        if w[:PREFIX] in prefixes:
            continue
        # nor the end of one (Dymium, the tail of didymium), nor a fourth
        # "-dymium" beside neodymium and praseodymium
        if any(n.endswith(w) for n in names + HISTORICAL) or \
                (w.endswith("dymium") and sum(x.endswith("dymium") for x in out) >= 1):
            continue
        seen.add(w)
        out.append(w)
    if len(out) < FAB_COUNT:
        raise SystemExit("gen: could not fabricate %d element names" % FAB_COUNT)
    files = ["periodictable/core.py (118 names)", "IUPAC systematic names Z 1-999",
             "historical element names (kd_science.HISTORICAL)",
             "american-english-small", "american-english", "american-english-large",
             "american-english-huge"]
    items = []
    for i, w in enumerate(out):
        name = w[0].upper() + w[1:]
        if i % 2 == 0:
            q = "What is the atomic number of the chemical element %s?" % name.lower()
        else:
            q = "What is the chemical symbol of the chemical element %s?" % name.lower()
        items.append(C.item(id="%s/%s" % (dom, name), input=q, category=dom,
                            meta=C.meta(PT, dom, checked_absent_in=files, family=FAMILY)))
    return [(dom, sorted(items, key=lambda x: x["id"]))]


# ---------------------------------------------------------------- main

def main(argv):
    if len(argv) != 2:
        sys.exit("usage: kd_science.py OUTDIR")
    out = argv[1]
    kn = []
    for dom, its, cap in knowledge_groups():
        picked = C.stratified(its, cap, dom)
        hist = Counter(i["difficulty"] for i in picked)
        print("%-28s %4d  difficulty %s" % (dom, len(picked), dict(sorted(hist.items()))))
        kn += picked
    kn.sort(key=lambda x: x["id"])
    fab = []
    for dom, its in fabricated_groups():
        print("%-28s %4d" % (dom, len(its)))
        fab += its
    fab.sort(key=lambda x: x["id"])
    hist = Counter(i["difficulty"] for i in kn)
    print("knowledge %d, fabricated %d; difficulty %s" % (
        len(kn), len(fab), dict(sorted(hist.items()))))
    C.write_jsonl(os.path.join(out, "knowledge", FAMILY + ".jsonl"), kn)
    C.write_jsonl(os.path.join(out, "fabricated", FAMILY + ".jsonl"), fab)


if __name__ == "__main__":
    main(sys.argv)
