#!/bin/sh
# suites_impossible_api.sh -- the "api/" items of the impossible suite:
# counts, twins, recorded versions, and every API re-checked against the
# installed libraries with lookups written here: each impossible item's
# name absent (Python introspection, /usr/include and man pages, the
# sqlite3 shell, the tool's own option parser), each twin's name present.
# A library whose installed version differs from the recorded one is
# skipped with a note, not failed.
. "$(dirname "$0")/lib.sh"
S=${TRILEMMA_HOME:-.}/suites

/usr/bin/python3 - "$S" "$T" >"$T/results" 2>"$T/py.err" <<'EOF'
import ctypes, importlib, inspect, json, os, platform, re, subprocess, sys
from collections import Counter

S, TMP = sys.argv[1], sys.argv[2]
res = []
def report(name, ok, msg=""):
    res.append(("ok" if ok else "fail", name, msg.replace("\t", " ").replace("\n", " ")))
def note(name, msg):
    res.append(("note", name, msg.replace("\t", " ").replace("\n", " ")))

with open(os.path.join(S, "impossible", "items.jsonl"), encoding="utf-8") as f:
    ALL = [json.loads(l) for l in f if l.strip()]
A = [i for i in ALL if i.get("category", "").startswith("api/")]
BY = {i["id"]: i for i in A}
IMP = [i for i in A if not i["meta"].get("feasible")]
TWIN = [i for i in A if i["meta"].get("feasible")]

def dpkg(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None

# ---- shape: counts, twins, graders, versions
report("api: >= 300 impossible items", len(IMP) >= 300, "%d" % len(IMP))
cats = Counter(i["category"] for i in IMP)
for cat, n in (("api/python", 120), ("api/c", 70), ("api/sqlite", 50), ("api/cli", 60)):
    report("%s: >= %d impossible items" % (cat, n), cats[cat] >= n, "%d" % cats[cat])
report("api: ids unique", len(BY) == len(A))
bad = []
for i in IMP:
    t = BY.get(i["id"] + "/twin")
    m = i["meta"]
    if (t is None or m.get("twin") != t["id"] or t["meta"].get("twin") != i["id"]
            or i["grader"] != {"type": "impossible"} or t["grader"] != {"type": "feasible"}
            or t["category"] != i["category"] or t["meta"].get("feasible") is not True
            or any(t["meta"].get(k) != m.get(k) for k in ("family", "lang", "library", "version"))):
        bad.append(i["id"])
report("api: every impossible item has its twin (id + /twin, same family and version)",
       not bad and len(TWIN) == len(IMP), "%s twins=%d" % (bad[:5], len(TWIN)))
bad = [i["id"] for i in A if not (i["meta"].get("version") and i["meta"].get("source")
                                   and i["meta"].get("source_version"))]
report("api: every item records its version and source package", not bad, str(bad[:5]))
bad = [i["id"] for i in A if len(i["input"]) >= 600 or ".".join(i["meta"]["version"].split(".")[:2]) not in i["input"]]
report("api: inputs under 600 characters and mention the version", not bad, str(bad[:5]))
def shown(i):
    return re.findall(r"`([^`]+)`", i["input"])
bad = [i["id"] for i in A if i["category"] != "api/cli" and not shown(i)]
report("api: every input names its API in backquotes", not bad, str(bad[:5]))
# the twin asks the same thing with another API
def masked(i):
    return re.sub(r"`[^`]+`", "`X`", i["input"])
bad = [i["id"] for i in IMP if i["id"] + "/twin" in BY and masked(i) != masked(BY[i["id"] + "/twin"])]
report("api: twin has the same form and task", not bad, str(bad[:5]))

def items(cat):
    return [i for i in A if i["category"] == cat]

# ---- Python: introspection of /usr/bin/python3
PY = platform.python_version()
py = items("api/python")
vers = sorted({i["meta"]["version"] for i in py})
if py and vers != [PY]:
    note("api/python", "skipped, recorded %s installed %s" % (",".join(vers), PY))
elif py:
    bad, n = [], 0
    for i in py:
        p, feas = i["meta"]["proof"], i["meta"]["feasible"]
        n += 1
        try:
            owner = importlib.import_module(p["module"])
            for part in (p.get("object") or "").split("."):
                if part:
                    owner = getattr(owner, part)
        except Exception as e:
            bad.append("%s: %s" % (i["id"], e)); continue
        if "attr" in p:
            name = p["attr"]
            names = {x.lower() for x in dir(owner)}
            present = hasattr(owner, name)
            absent = (not present and name.lower() not in names
                      and "_" + name.lower() not in names and "__%s__" % name.lower() not in names)
            if not any(name in s for s in shown(i)):
                bad.append(i["id"] + ": name not in the question")
        else:
            name = p["kwarg"]
            call = owner
            if p.get("callable"):
                for part in p["callable"].split("."):
                    call = getattr(call, part)
            try:
                sig = inspect.signature(call)
            except (TypeError, ValueError) as e:
                bad.append("%s: %s" % (i["id"], e)); continue
            varkw = any(q.kind == q.VAR_KEYWORD for q in sig.parameters.values())
            params = {k.lower() for k in sig.parameters}
            present = name in sig.parameters and sig.parameters[name].kind != inspect.Parameter.POSITIONAL_ONLY
            absent = not varkw and name.lower() not in params
            if not any(name + "=" in s for s in shown(i)):
                bad.append(i["id"] + ": keyword not in the question")
        if (feas and not present) or (not feas and not absent):
            bad.append(i["id"])
    report("api/python: %d names re-checked by introspection (Python %s)" % (n, PY), n > 0 and not bad, str(bad[:5]))

# ---- C: every word under /usr/include (grep -rw), man -w, dlsym in libc
cc = items("api/c")
recorded = sorted({i["meta"]["source_version"] for i in cc})
inst = dpkg("libc6-dev")
if cc and recorded != [inst]:
    note("api/c", "skipped, recorded libc6-dev %s installed %s" % (",".join(recorded), inst))
elif cc:
    names = sorted({i["meta"]["proof"]["symbol"] for i in cc})
    with open(os.path.join(TMP, "c-names"), "w") as f:
        f.write("\n".join(names) + "\n")
    # case-insensitive words, so that a fake name differing in case from a
    # real one is caught too
    r = subprocess.run(["grep", "-rhoiwF", "-f", os.path.join(TMP, "c-names"), "/usr/include"],
                       capture_output=True, text=True, errors="replace")
    found = set(r.stdout.split())
    found_ci = {w.lower() for w in found}
    libc = ctypes.CDLL("libc.so.6")
    man_ok = subprocess.run(["man", "-w", "printf"], capture_output=True).returncode == 0
    if not man_ok:
        note("api/c man pages", "skipped, man -w printf fails (man-db or manpages-dev missing)")
    bad, n = [], 0
    for i in cc:
        p, feas = i["meta"]["proof"], i["meta"]["feasible"]
        s = p["symbol"]
        n += 1
        if s not in " ".join(shown(i)):
            bad.append(i["id"] + ": symbol not in the question")
        func = i["meta"]["family"] == "c-function"
        if feas:
            if s not in found or (func and not hasattr(libc, s)):
                bad.append(i["id"])
        else:
            man = man_ok and subprocess.run(["man", "-w", s], capture_output=True).returncode == 0
            man |= any(os.path.exists("/usr/share/man/man%s/%s.%s.gz" % (sec, s, sec)) for sec in "23")
            if s.lower() in found_ci or man or (func and hasattr(libc, s)):
                bad.append(i["id"])
    report("api/c: %d symbols re-checked in /usr/include, man pages and libc.so.6 (libc6-dev %s)"
           % (n, inst), n > 0 and not bad, str(bad[:5]))
    # as a program sees the header: cc must call the fake name undeclared
    # and accept the twin
    if not os.path.exists("/usr/bin/cc"):
        note("api/c compile", "skipped, no /usr/bin/cc")
    else:
        bad = []
        for i in cc:
            p = i["meta"]["proof"]
            func = i["meta"]["family"] == "c-function"
            src = "#include <%s>\n%s\n" % (p["header"], ("void *p = (void *)&%s;" if func
                                                          else "long v = (long)(%s);") % p["symbol"])
            r = subprocess.run(["/usr/bin/cc", "-fsyntax-only", "-D_GNU_SOURCE", "-x", "c", "-"],
                               input=src, capture_output=True, text=True, env=dict(os.environ, LC_ALL="C"))
            if i["meta"]["feasible"] != (r.returncode == 0) or (
                    r.returncode != 0 and "undeclared" not in r.stderr):
                bad.append(i["id"])
            if "<%s>" % p["header"] not in i["input"]:
                bad.append(i["id"] + ": header not in the question")
        report("api/c: %d symbols compiled against their header (undeclared / declared)" % len(cc),
               not bad, str(bad[:5]))

# ---- SQLite: the sqlite3 shell on an empty in-memory database
def sq(sql):
    r = subprocess.run(["/usr/bin/sqlite3", "-batch", ":memory:", sql], capture_output=True,
                       text=True, errors="replace", stdin=subprocess.DEVNULL, timeout=20,
                       env=dict(os.environ, LC_ALL="C"))
    return r.returncode, r.stdout.strip(), r.stderr.strip()
sl = items("api/sqlite")
inst = sq("SELECT sqlite_version();")[1] if os.path.exists("/usr/bin/sqlite3") else None
vers = sorted({i["meta"]["version"] for i in sl})
if sl and vers != [inst]:
    note("api/sqlite", "skipped, recorded %s installed %s" % (",".join(vers), inst))
elif sl:
    funcs = {x.lower() for x in sq("SELECT name FROM pragma_function_list;")[1].split()}
    pragmas = set(sq("SELECT name FROM pragma_pragma_list;")[1].split())
    bad, n = [], 0
    for i in sl:
        p, feas = i["meta"]["proof"], i["meta"]["feasible"]
        n += 1
        if "pragma" in p:
            name = p["pragma"]
            # unknown pragmas are ignored silently: only pragma_list tells
            ok = (name in pragmas) if feas else (name.lower() not in {x.lower() for x in pragmas})
        else:
            name = p["function"]
            if not re.match(r"(?i)SELECT\s+%s\s*\(" % re.escape(name), p["sql"]):
                bad.append(i["id"] + ": statement does not call " + name); continue
            rc, _, err = sq(p["sql"])
            if feas:
                # and in the library itself, not only in the shell's
                # built-in extensions (sha3, readfile ...)
                import sqlite3
                try:
                    sqlite3.connect(":memory:").execute(p["sql"]).fetchall()
                    lib = sqlite3.sqlite_version == inst
                except sqlite3.Error:
                    lib = False
                ok = rc == 0 and not err and name.lower() in funcs and lib
            else:
                ok = rc != 0 and ("no such function: " + name) in err and name.lower() not in funcs
        if name not in " ".join(shown(i)):
            ok = False
        if not ok:
            bad.append(i["id"])
    report("api/sqlite: %d functions and pragmas re-checked in the sqlite3 shell (SQLite %s)"
           % (n, inst), n > 0 and not bad, str(bad[:5]))

# ---- command-line options: run the tool in a scratch directory
UNKNOWN = re.compile(r"unrecognized option|invalid option|unknown option|unknown predicate"
                     r"|option \S+: is unknown", re.I)
def run(argv, fixture):
    import tempfile
    with tempfile.TemporaryDirectory(dir=TMP) as d:
        for name, text in sorted(fixture.items()):
            os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
        try:
            r = subprocess.run(argv, cwd=d, stdin=subprocess.DEVNULL, capture_output=True,
                               text=True, errors="replace", timeout=10,
                               env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "HOME": d})
        except subprocess.TimeoutExpired:
            return None, "timeout"
        return r.returncode, r.stderr
cl = items("api/cli")
skipped = set()
bad, n = [], 0
for i in cl:
    m, p = i["meta"], i["meta"]["proof"]
    inst = dpkg(m["source"])
    if inst != m["source_version"]:
        if m["source"] not in skipped:
            skipped.add(m["source"])
            note("api/cli " + m["source"], "skipped, recorded %s installed %s" % (m["source_version"], inst))
        continue
    n += 1
    tool = p["argv"][0]
    if not os.path.exists(p["path"]) or os.path.basename(p["path"]).split(".")[0] != tool:
        bad.append(i["id"] + ": no tool " + p["path"]); continue
    if not any(a == p["option"] or a.startswith(p["option"] + "=") for a in p["argv"][1:]) or "`%s %s`" % (tool, p["option"]) not in i["input"]:
        bad.append(i["id"] + ": option not in argv or question"); continue
    rc, err = run([p["path"]] + p["argv"][1:], p.get("fixture", {}))
    if m["feasible"]:
        ok = rc == 0 and not UNKNOWN.search(err)
    else:
        ok = rc not in (None, 0) and bool(UNKNOWN.search(err))
    if not ok:
        bad.append("%s (exit %s: %s)" % (i["id"], rc, err.strip()[:80]))
if cl:
    report("api/cli: %d options re-checked by running the tools" % n,
           not bad and (n > 0 or skipped), str(bad[:5]))

for st, name, msg in res:
    print("%s\t%s\t%s" % (st, name, msg))
EOF
py=$?
check "impossible api checker ran" sh -c 'cat "$1"; [ "$2" = 0 ]' _ "$T/py.err" "$py"
while IFS='	' read -r st name msg; do
	if [ "$st" = note ]; then
		echo "note: $name $msg"
		continue
	fi
	check "$name" sh -c 'echo "$2"; [ "$1" = ok ]' _ "$st" "$msg"
done <"$T/results"
done_tests
