"""What the family truth tests share (tests/e2e/suites_knowledge_*.sh
import it): the results list and report(), reading a .jsonl, and the
package versions the built-in suites record."""

import json
import os
import re

res = []


def report(name, ok, msg=""):
    """One check: printed as "ok|fail<TAB>name<TAB>message" by results()."""
    res.append(("ok" if ok else "fail", name, str(msg).replace("\t", " ").replace("\n", " ")))


def results():
    for st, name, msg in res:
        print("%s\t%s\t%s" % (st, name, msg))


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f.read().splitlines() if line.strip()]


def recorded_versions(suites):
    """The package versions the knowledge and fabricated suites record
    (suite.yaml's sources). The data packages move with Debian's point
    releases, so an item is checked against what its suite says it was
    made from, not what happens to be installed."""
    out = {}
    for suite in ("knowledge", "fabricated"):
        p = os.path.join(suites, suite, "suite.yaml")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                out.update(re.findall(r'\{package: "([^"]+)", version: "([^"]+)"\}', f.read()))
    return out
