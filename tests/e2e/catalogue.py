"""catalogue.py -- a suite's tools.json as the truth tests read it.

resolve_tools(suite_dir, items, report) checks that every item names its
tools and that the catalogue is sorted, unique and wholly used (each a
report(name, ok) line), then puts each tool's schema in place of its name
in the items, as the loader does."""
import json
import os


def resolve_tools(suite_dir, items, report):
    with open(os.path.join(suite_dir, "tools.json"), encoding="utf-8") as f:
        listed = json.load(f)
    cat = {t["name"]: t for t in listed}
    report("every item names its tools (schemas in tools.json)",
           all(isinstance(t, str) for i in items for t in i["tools"]))
    report("tools.json: sorted, unique, every tool used",
           list(cat) == sorted(cat) and len(cat) == len(listed)
           and set(cat) == {t for i in items for t in i["tools"]})
    for i in items:
        i["tools"] = [cat[t] if isinstance(t, str) else t for t in i["tools"]]
