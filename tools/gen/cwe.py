#!/usr/bin/python3
"""Write data/scan/cwe.tsv, the CWE hierarchy the scanner reports and
matches with, from MITRE's CSV export of the Research Concepts view.

Input: 1000.csv from https://cwe.mitre.org/data/csv/1000.csv.zip (one row
per weakness of view 1000; the "Related Weaknesses" column holds the
ChildOf relations, e.g. ::NATURE:ChildOf:CWE ID:327:VIEW ID:1000:ORDINAL:Primary::).
Every weakness of the view is written, so that a label at any level of the
tree can be matched.

Output rows: id <TAB> parents <TAB> name. parents lists the view-1000
ChildOf ids, the primary one first ("-" for a pillar). The first data row
is "version <TAB> V <TAB> source".

Usage: cwe.py 1000.csv VERSION [OUT] (OUT defaults to data/scan/cwe.tsv).
Standard library only; deterministic (rows sorted by id).
"""

import csv
import os
import re
import sys

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REL = re.compile(r"NATURE:ChildOf:CWE ID:(\d+):VIEW ID:(\d+)(?::ORDINAL:(\w+))?$")


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: cwe.py 1000.csv VERSION [OUT]")
    src, version = argv[0], argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(TOP, "data", "scan", "cwe.tsv")
    csv.field_size_limit(1 << 30)
    rows = {}
    with open(src, encoding="utf-8") as f:
        for x in csv.DictReader(f):
            cid = int(x["CWE-ID"])
            prim, other = [], []
            for seg in x["Related Weaknesses"].split("::"):
                m = REL.match(seg)
                if m and m.group(2) == "1000":
                    (prim if m.group(3) == "Primary" else other).append(int(m.group(1)))
            name = " ".join(x["Name"].split())
            if "\t" in name:
                sys.exit("tab in the name of CWE-%d" % cid)
            rows[cid] = (prim + other, name)
    for cid, (parents, _) in rows.items():
        for p in parents:
            if p not in rows:
                sys.exit("CWE-%d names parent CWE-%d, which the file lacks" % (cid, p))
    # every primary chain must end at a pillar without a cycle
    for cid in rows:
        seen, c = {cid}, cid
        while rows[c][0]:
            c = rows[c][0][0]
            if c in seen:
                sys.exit("cycle through CWE-%d" % c)
            seen.add(c)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# The CWE hierarchy (MITRE CWE, Research Concepts view, CWE-1000), written by\n")
        f.write("# tools/gen/cwe.py from MITRE's CSV export of the view. Columns: CWE id, its\n")
        f.write("# parents in the view (ChildOf; the primary parent first; - for a pillar),\n")
        f.write("# its name. The scanner reports each finding's chain of primary parents\n")
        f.write("# and matches a CWE with its ancestors and descendants (docs/scan.md).\n")
        f.write("version\t%s\thttps://cwe.mitre.org/data/csv/1000.csv.zip\n" % version)
        for cid in sorted(rows):
            parents, name = rows[cid]
            f.write("%d\t%s\t%s\n" % (cid, ",".join(map(str, parents)) or "-", name))


if __name__ == "__main__":
    main(sys.argv[1:])
