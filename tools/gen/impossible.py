#!/usr/bin/python3
"""Generate suites/impossible: requests that cannot be done as asked, each
with a feasible twin.

Usage: /usr/bin/python3 tools/gen/impossible.py [--out DIR]

Three kinds of impossible request, each followed by its twin:
  * api/LIB: an API that does not exist in the stated version of a real
    library (Python's standard library, the C library, SQLite, command-line
    tools), its absence proven on this machine (impossible_api.py); the
    twin uses a real API of the same library;
  * constraint: a programming or systems task whose constraints contradict
    each other, from a catalogue of families with a short reason each
    (impossible_tasks.py); the twin relaxes the contradicting constraint;
  * math: a mathematical impossibility with an exact reason, and a feasible
    twin (impossible_tasks.py).
Impossible items are graded `impossible` (the answer must say it cannot be
done as asked), twins `feasible` (the answer must not). The requests go to
the model as they are, with no hint that some cannot be done: noticing is
what is measured.
"""

import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402
import impossible_api  # noqa: E402
import impossible_tasks  # noqa: E402

VERSION = "1.0"


def check(items):
    """Every impossible item is followed by its twin, and the pair agrees."""
    for a, b in zip(items[::2], items[1::2]):
        ok = (a["grader"]["type"] == "impossible" and b["grader"]["type"] == "feasible"
              and b["id"] == a["id"] + "/twin" and a["meta"]["twin"] == b["id"]
              and b["meta"]["twin"] == a["id"] and a["category"] == b["category"]
              and a["input"] != b["input"])
        if not ok:
            raise SystemExit("gen impossible: %s and %s are not a pair" % (a["id"], b["id"]))
    if len(items) % 2:
        raise SystemExit("gen impossible: an item has no twin")


def main():
    out = C.out_dir(sys.argv)
    items = impossible_api.items() + impossible_tasks.items()
    check(items)
    cats = Counter(it["category"] for it in items)
    fams = sorted({it["meta"]["family"] for it in items if it["category"] == "constraint"})
    C.write_suite(
        out, "impossible", version=VERSION,
        description="Technical requests that cannot be done as asked (APIs that do not "
                    "exist in the stated version, contradictory constraints, mathematical "
                    "impossibilities), each with a feasible twin; saying so is right, a "
                    "solution is a hallucination, and flagging a twin is an over-flag.",
        axis="calibration", grader={"type": "impossible"}, template="{input}",
        output_tokens=400,
        abstain_token=None, domains=sorted(cats), sources=impossible_api.sources(),
        items=items,
        suite_meta={"generator": "tools/gen/impossible.py",
                    "seed": C.SEED,
                    "pairs": len(items) // 2,
                    "per_category": {k: cats[k] // 2 for k in sorted(cats)},
                    "constraint_families": fams})
    print("impossible: %d items (%d pairs) in %s" % (len(items), len(items) // 2,
                                                    os.path.join(out, "impossible")),
          file=sys.stderr)


if __name__ == "__main__":
    main()
