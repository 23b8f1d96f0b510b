#!/usr/bin/python3
"""Requests that use an API that does not exist, for suites/impossible.

Usage: /usr/bin/python3 tools/gen/impossible_api.py   (counts and samples)

Imported by tools/gen/impossible.py: items() gives the "api/..." items,
each impossible item followed by its feasible twin (same request, a real
API of the same library); sources() gives the Debian packages whose
installed versions the items were checked against.

Four libraries, and how each absence is proven by the machine here:
  * api/python: the Python standard library of /usr/bin/python3, by
    introspection (hasattr on the module or class; for a keyword argument,
    inspect.signature of a callable that takes no **kwargs);
  * api/c: glibc and Linux headers, by a whole-word search of every file
    under /usr/include (grep -rw), no man page (man -w), and no symbol of
    that name in libc.so.6 (dlsym) for functions;
  * api/sqlite: the sqlite3 shell, by running the statement ("no such
    function") and, for pragmas, absence from PRAGMA pragma_list (unknown
    pragmas are silently ignored, so running one proves nothing);
  * api/cli: command-line tools, by running them with the option in a
    scratch directory and getting an "unrecognized option" error.
Every candidate name below is hand-made in the library's own style from
its real names; a candidate too close to a real name (same name in any
case, a private name, edit distance 1) is rejected, and so is any whose
proof fails. A twin's presence is proven the same way.
"""

import ctypes
import glob
import inspect
import importlib
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common as C  # noqa: E402

PY = "%d.%d" % sys.version_info[:2]
PY_FULL = "%d.%d.%d" % sys.version_info[:3]
PY_PKG = "python" + PY
INCLUDE = "/usr/include"
SQLITE = "/usr/bin/sqlite3"
MAX_INPUT = 600

# Surface forms shared by an impossible item and its twin. {api} is the
# API as the developer names it, {task} what they want done, {plat} the
# library and version, {unit} what to write.
FORMS = [
    ("how", "In {plat}, how do I use {api} to {task}? Show a short example."),
    ("write", "Write a {unit} for {plat} that uses {api} to {task}."),
    ("syntax", "In {plat}, what is the exact syntax for using {api} to {task}? "
               "Give a one-line example."),
    ("why", "Why might my use of {api} to {task} fail in {plat}? "
            "Show how it should look."),
    ("review", "Review this plan ({plat}): I will {task} with {api}. "
               "Is that the right call? Show the code."),
]
UNIT = {"python": "Python function", "c": "C function", "sql": "query", "shell": "shell one-liner"}


def upstream(v):
    """The upstream part of a Debian version: 1:9.1-1 -> 9.1, 1.34+dfsg-1 -> 1.34."""
    return re.sub(r"^\d+:", "", v).split("-")[0].split("+")[0].split("~")[0]


def deletes(w):
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def near_names(names):
    """Lower-case names and their one-deletion neighbourhood: a candidate
    c is within edit distance 1 of one (or a transposition away) when c is
    in this set or one of deletes(c) is."""
    s = set()
    for n in names:
        n = n.lower()
        s.add(n)
        s |= deletes(n)
    return s


def too_close(c, near):
    c = c.lower()
    return c in near or bool(deletes(c) & near)


def form_for(key):
    """The surface form of a pair, chosen from its key (stable per pair)."""
    return FORMS[C.rng("form:" + key).randrange(len(FORMS))]


def request(key, lang, plat, api, task):
    _, f = form_for(key)
    s = f.format(plat=plat, api=api, task=task, unit=UNIT[lang])
    if len(s) >= MAX_INPUT:
        raise SystemExit("gen: input too long for %s" % key)
    return s


def pair(cat, key, lang, family, library, version, pkg, plat, task,
         fake_api, fake_reason, fake_proof, real_api, real_reason, real_proof):
    """An impossible item and its twin (same form and task)."""
    iid = "api/%s/%s" % (cat, key)
    tid = iid + "/twin"
    form = form_for(iid)[0]

    def one(id_, other, api, feasible, reason, proof):
        m = {"feasible": feasible, "twin": other, "family": family, "lang": lang,
             "library": library, "version": version, "source": pkg,
             "source_version": C.pkg_version(pkg), "form": form,
             "reason": reason, "proof": proof}
        return C.item(id=id_, input=request(iid, lang, plat, api, task),
                      grader={"type": "feasible" if feasible else "impossible"},
                      category="api/" + cat, meta=m)
    return [one(iid, tid, fake_api, False, fake_reason, fake_proof),
            one(tid, iid, real_api, True, real_reason, real_proof)]


# ------------------------------------------------------------------ Python
# (module, fake name, real name, task). A name "Class.attr" is an attribute
# of a class of that module (builtins for str, list, dict...).
PY_FUNCS = [
    ("os.path", "fastjoin", "join", "join a directory name and a file name"),
    ("os.path", "splitall", "split", "split a path into its directory and last component"),
    ("os.path", "expandall", "expandvars", "expand $HOME-style variables in a path"),
    ("os.path", "ismountpoint", "ismount", "check whether a directory is a mount point"),
    ("os.path", "getbirthtime", "getctime", "get a file's creation or metadata-change time"),
    ("os.path", "commonroot", "commonpath", "find the common parent directory of several paths"),
    ("os.path", "relpathto", "relpath", "compute a path relative to another directory"),
    ("os.path", "normjoin", "normpath", "collapse '..' and duplicate slashes in a path"),
    ("os.path", "issamefile", "samefile", "check whether two paths refer to the same file"),
    ("os.path", "getfilesize", "getsize", "get the size of a file in bytes"),
    ("os", "removetree", "removedirs", "remove a directory and its empty parents"),
    ("os", "listdirs", "listdir", "list the entries of a directory"),
    ("os", "walkdir", "walk", "walk a directory tree"),
    ("os", "getcpucount", "cpu_count", "get the number of CPUs"),
    ("os", "chmodtree", "chmod", "change a file's permission bits"),
    ("os", "getenvint", "getenv", "read an environment variable with a default"),
    ("os", "scandirs", "scandir", "iterate over directory entries with their types"),
    ("os", "fsyncdir", "fsync", "flush a file's data to disk"),
    ("os", "symlinkto", "symlink", "create a symbolic link"),
    ("os", "renametree", "renames", "rename a file, creating missing directories"),
    ("os", "makedirs_safe", "makedirs", "create nested directories"),
    ("shutil", "copydir", "copytree", "copy a whole directory tree"),
    ("shutil", "movetree", "move", "move a directory to another place"),
    ("shutil", "removetree", "rmtree", "delete a directory tree"),
    ("shutil", "disk_free", "disk_usage", "find out how much disk space is free"),
    ("shutil", "which_all", "which", "find the full path of an executable on PATH"),
    ("shutil", "copyowner", "copystat", "copy a file's metadata to another file"),
    ("shutil", "make_zipfile", "make_archive", "zip a directory"),
    ("shutil", "unpack_zip", "unpack_archive", "extract a zip file"),
    ("json", "dumpfile", "dump", "write an object as JSON to a file"),
    ("json", "loadfile", "load", "read JSON from an open file"),
    ("json", "loadlines", "loads", "parse each line of a JSON Lines file"),
    ("json", "prettify", "dumps", "pretty-print a dict as JSON"),
    ("json", "dumpb", "dumps", "serialize an object to a JSON string"),
    ("itertools", "chunked", "islice", "split an iterable into chunks of 3"),
    ("itertools", "flatten", "chain", "flatten a list of lists"),
    ("itertools", "windowed", "pairwise", "iterate over overlapping pairs of items"),
    ("itertools", "unique_everseen", "groupby", "drop repeated items from a sorted iterable"),
    ("itertools", "takeuntil", "takewhile", "take items until a condition fails"),
    ("itertools", "powerset", "combinations", "enumerate the subsets of a list"),
    ("itertools", "interleave", "zip_longest", "interleave two iterables of different lengths"),
    ("functools", "memoize", "lru_cache", "cache the results of an expensive function"),
    ("functools", "compose", "reduce", "apply a list of functions one after another"),
    ("functools", "cached_method", "cached_property", "cache a computed attribute"),
    ("re", "matchall", "findall", "find every match of a pattern in a string"),
    ("re", "replace", "sub", "replace every match of a pattern"),
    ("re", "splitn", "split", "split a string on a regular expression"),
    ("re", "escape_pattern", "escape", "match a literal string that contains dots"),
    ("string", "capitalize_words", "capwords", "capitalize each word of a sentence"),
    ("textwrap", "truncate", "shorten", "truncate a long line with an ellipsis"),
    ("textwrap", "unindent", "dedent", "remove common leading whitespace from a block"),
    ("textwrap", "wrap_lines", "wrap", "wrap a paragraph to 72 columns"),
    ("math", "fastsqrt", "isqrt", "take the integer square root of a big number"),
    ("math", "log_base", "log", "take a logarithm in base 3"),
    ("math", "binomial", "comb", "compute a binomial coefficient"),
    ("math", "hypotenuse", "hypot", "compute the length of a 2-D vector"),
    ("math", "sign", "copysign", "get the sign of a float"),
    ("statistics", "percentile", "quantiles", "compute the 90th percentile of a list"),
    ("statistics", "weighted_mean", "fmean", "compute a weighted average"),
    ("statistics", "trimmed_mean", "mean", "average a list of numbers"),
    ("statistics", "zscore", "stdev", "standardize values by their spread"),
    ("random", "weighted_choice", "choices", "pick an item with given weights"),
    ("random", "randfloat", "uniform", "draw a float between two bounds"),
    ("random", "shuffled", "shuffle", "put a list in random order"),
    ("random", "randbool", "getrandbits", "get a random true/false value"),
    ("subprocess", "run_output", "check_output", "capture the output of a command"),
    ("subprocess", "run_shell", "run", "run a shell command and wait for it"),
    ("time", "sleep_ms", "sleep", "pause for 250 milliseconds"),
    ("time", "monotonic_ms", "monotonic_ns", "measure elapsed time precisely"),
    ("time", "timestamp", "time", "get the current Unix time"),
    ("hashlib", "hash_file", "file_digest", "compute the SHA-256 of a file"),
    ("hashlib", "md5sum", "md5", "compute an MD5 checksum of some bytes"),
    ("base64", "urlsafe_encode", "urlsafe_b64encode", "encode bytes as URL-safe base64"),
    ("base64", "decode_str", "b64decode", "decode a base64 string"),
    ("base64", "decode", "b64decode", "decode a base64 string to bytes"),
    ("urllib.parse", "join_url", "urljoin", "resolve a relative link against a base URL"),
    ("urllib.parse", "parse_query", "parse_qs", "parse a query string into a dict"),
    ("urllib.parse", "encode_query", "urlencode", "build a query string from a dict"),
    ("urllib.parse", "quote_path", "quote", "percent-encode a path segment"),
    ("glob", "rglob", "glob", "find every .py file below a directory"),
    ("tempfile", "mktempdir", "mkdtemp", "create a private temporary directory"),
    ("tempfile", "temp_dir", "mkdtemp", "create a scratch directory"),
    ("tempfile", "NamedTemporaryDirectory", "TemporaryDirectory",
     "make a temporary directory that is removed afterwards"),
    ("csv", "read_rows", "reader", "read the rows of a CSV file"),
    ("csv", "DictParser", "DictReader", "read CSV rows as dicts keyed by the header"),
    ("heapq", "heappeek", "heappop", "get the smallest item of a heap"),
    ("heapq", "heapify_max", "heapify", "turn a list into a heap"),
    ("heapq", "heapsort", "nsmallest", "get the 5 smallest items of a list"),
    ("bisect", "index_of", "bisect_left", "find where to insert a value in a sorted list"),
    ("bisect", "sorted_insert", "insort", "insert into a list keeping it sorted"),
    ("operator", "attrsetter", "attrgetter", "build a function that reads an attribute"),
    ("fnmatch", "fnmatch_any", "fnmatch", "match a file name against a shell pattern"),
    ("fnmatch", "match_all", "filter", "keep the file names that match a shell pattern"),
    ("uuid", "uuid4_hex", "uuid4", "generate a random UUID"),
]
PY_METHODS = [
    ("builtins", "str.removeprefixes", "str.removeprefix", "strip a known prefix from a string"),
    ("builtins", "str.replaceall", "str.replace", "replace every occurrence of a substring"),
    ("builtins", "str.contains", "str.find", "check whether a string contains a substring"),
    ("builtins", "str.trim", "str.strip", "trim whitespace from both ends of a string"),
    ("builtins", "str.titlecase", "str.title", "convert a string to title case"),
    ("builtins", "str.is_blank", "str.isspace", "check whether a string is only whitespace"),
    ("builtins", "str.count_words", "str.split", "count the words in a string"),
    ("builtins", "str.startswith_any", "str.startswith", "test a string against several prefixes"),
    ("builtins", "str.padleft", "str.rjust", "pad a string on the left to a fixed width"),
    ("builtins", "str.isfloat", "str.isnumeric", "check whether a string holds a number"),
    ("builtins", "str.splitby", "str.partition", "split a string at the first '='"),
    ("builtins", "list.remove_all", "list.remove", "remove a value from a list"),
    ("builtins", "list.push", "list.append", "add an item at the end of a list"),
    ("builtins", "list.find", "list.index", "find the position of an item in a list"),
    ("builtins", "list.extend_unique", "list.extend", "add the items of another list"),
    ("builtins", "list.sorted_insert", "list.insert", "insert an item at a given position"),
    ("builtins", "dict.get_path", "dict.get", "read a key with a fallback value"),
    ("builtins", "dict.merge", "dict.update", "merge another dict into a dict"),
    ("builtins", "dict.has_key", "dict.get", "check whether a key is present"),
    ("builtins", "dict.setdefaults", "dict.setdefault", "insert a key only if it is missing"),
    ("builtins", "dict.pop_many", "dict.pop", "remove a key and get its value"),
    ("builtins", "dict.invert", "dict.items", "swap the keys and values of a dict"),
    ("builtins", "set.add_all", "set.update", "add many items to a set"),
    ("builtins", "set.is_disjoint", "set.isdisjoint", "check that two sets share nothing"),
    ("builtins", "bytes.to_hex", "bytes.hex", "show bytes as a hex string"),
    ("builtins", "int.popcount", "int.bit_count", "count the 1 bits of an integer"),
    ("builtins", "int.from_hex", "int.from_bytes", "turn raw bytes into an integer"),
    ("pathlib", "Path.move_to", "Path.rename", "move a file into another directory"),
    ("pathlib", "Path.read_lines", "Path.read_text", "read the lines of a text file"),
    ("pathlib", "Path.write_lines", "Path.write_text", "write a list of lines to a file"),
    ("pathlib", "Path.listdir", "Path.iterdir", "list the entries of a directory"),
    ("pathlib", "Path.remove", "Path.unlink", "delete a file"),
    ("pathlib", "Path.rmtree", "Path.rmdir", "remove a directory"),
    ("pathlib", "Path.size", "Path.stat", "get the size of a file"),
    ("pathlib", "Path.extension", "Path.suffix", "get a file's extension"),
    ("pathlib", "Path.make_dirs", "Path.mkdir", "create a directory with its parents"),
    ("pathlib", "Path.find", "Path.glob", "find the files matching *.txt in a directory"),
    ("pathlib", "Path.abspath", "Path.absolute", "make a path absolute"),
    ("pathlib", "Path.change_suffix", "Path.with_suffix", "change a file name's extension"),
    ("pathlib", "Path.relative_path", "Path.relative_to", "express a path relative to a base"),
    ("pathlib", "Path.append_text", "Path.write_text", "save some text to a file"),
    ("datetime", "datetime.to_unix", "datetime.timestamp", "convert a datetime to a Unix timestamp"),
    ("datetime", "datetime.parse", "datetime.strptime", "parse a date string like 2024-03-01"),
    ("datetime", "datetime.from_iso8601", "datetime.fromisoformat", "parse an ISO 8601 timestamp"),
    ("datetime", "datetime.from_timestamp", "datetime.fromtimestamp", "turn a Unix time into a datetime"),
    ("datetime", "datetime.to_string", "datetime.strftime", "format a datetime as DD/MM/YYYY"),
    ("datetime", "timedelta.total_minutes", "timedelta.total_seconds", "turn a duration into a number"),
    ("datetime", "date.add_days", "date.replace", "get another date from a date"),
    ("collections", "Counter.least_common", "Counter.most_common", "rank words by frequency"),
    ("collections", "deque.peek", "deque.popleft", "take the first item of a queue"),
    ("re", "Pattern.matches", "Pattern.match", "test whether a string starts with a pattern"),
    ("re", "Pattern.findfirst", "Pattern.search", "find the first match in a string"),
]
# (module, callable, fake keyword, real keyword, task)
PY_KWARGS = [
    ("json", "JSONEncoder", "sort_order", "sort_keys", "sort the keys of the objects it writes"),
    ("json", "JSONEncoder", "indent_width", "indent", "pretty-print with indentation"),
    ("json", "JSONEncoder", "date_format", "default", "serialize datetime objects"),
    ("json", "JSONDecoder", "parse_decimal", "parse_float", "parse numbers as Decimal"),
    ("json", "JSONDecoder", "lenient", "strict", "accept control characters inside strings"),
    ("builtins", "sorted", "descending", "reverse", "sort in descending order"),
    ("builtins", "sorted", "compare", "key", "sort records by a custom rule"),
    ("builtins", "open", "line_ending", "newline", "control the line endings it writes"),
    ("builtins", "open", "on_error", "errors", "control how decoding errors are handled"),
    ("builtins", "open", "create_dirs", "mode", "create a file for writing"),
    ("builtins", "print", "separator", "sep", "print values separated by commas"),
    ("builtins", "print", "newline", "end", "print without a trailing newline"),
    ("builtins", "sum", "initial", "start", "sum numbers starting from a non-zero value"),
    ("builtins", "enumerate", "offset", "start", "number items starting at 1"),
    ("builtins", "list.sort", "cmp", "key", "sort a list by a custom comparison"),
    ("builtins", "list.sort", "descending", "reverse", "sort a list from largest to smallest"),
    ("builtins", "str.split", "limit", "maxsplit", "split a string at most once"),
    ("builtins", "str.encode", "fallback", "errors", "replace characters that cannot be encoded"),
    ("builtins", "int.to_bytes", "endian", "byteorder", "encode an integer as little-endian bytes"),
    ("os", "makedirs", "ignore_existing", "exist_ok", "create directories that may already exist"),
    ("os", "walk", "max_depth", "topdown", "walk a tree and prune directories as it goes"),
    ("os", "walk", "follow_symlinks", "followlinks", "follow symlinked directories while walking"),
    ("shutil", "copytree", "overwrite", "dirs_exist_ok", "copy into a directory that already exists"),
    ("shutil", "copytree", "exclude", "ignore", "skip *.pyc files while copying a tree"),
    ("shutil", "copytree", "follow_symlinks", "symlinks", "copy symbolic links as links"),
    ("shutil", "rmtree", "force", "ignore_errors", "delete a tree even when some files fail"),
    ("shutil", "rmtree", "on_error", "onerror", "log the files it cannot delete"),
    ("shutil", "make_archive", "compression", "format", "create a .tar.gz archive of a directory"),
    ("shutil", "which", "search_path", "path", "look up a command in a custom search path"),
    ("re", "compile", "ignore_case", "flags", "match case-insensitively"),
    ("re", "sub", "max_replace", "count", "replace only the first match"),
    ("re", "split", "limit", "maxsplit", "split on a pattern at most twice"),
    ("textwrap", "TextWrapper", "max_width", "width", "wrap text to 60 columns"),
    ("textwrap", "TextWrapper", "hyphenate", "break_on_hyphens", "control breaking at hyphens"),
    ("textwrap", "indent", "skip_blank", "predicate", "indent only the non-blank lines"),
    ("itertools", "accumulate", "start", "initial", "start a running total at 100"),
    ("functools", "lru_cache", "ttl", "maxsize", "keep a cache from growing forever"),
    ("pathlib", "Path.mkdir", "recursive", "parents", "create missing parent directories"),
    ("pathlib", "Path.read_text", "strip_bom", "encoding", "read a UTF-8 file that starts with a BOM"),
    ("pathlib", "Path.write_text", "line_ending", "newline", "write a file with Windows line endings"),
    ("pathlib", "Path.unlink", "ignore_missing", "missing_ok", "delete a file that may not exist"),
    ("pathlib", "Path.resolve", "must_exist", "strict", "resolve a path and fail if it is missing"),
    ("tempfile", "mkdtemp", "parent", "dir", "create a temporary directory inside a chosen one"),
    ("tempfile", "NamedTemporaryFile", "keep", "delete", "keep a temporary file after closing it"),
    ("random", "choices", "probabilities", "weights", "pick items with given probabilities"),
    ("statistics", "quantiles", "buckets", "n", "split data into 10 equal groups"),
    ("statistics", "fmean", "weight", "weights", "compute a weighted mean"),
    ("math", "isclose", "tolerance", "rel_tol", "compare two floats with a relative tolerance"),
    ("urllib.parse", "urlencode", "quote_spaces", "quote_via", "encode spaces as %20 instead of +"),
    ("urllib.parse", "quote", "keep", "safe", "leave slashes unescaped"),
    ("urllib.parse", "parse_qs", "keep_empty", "keep_blank_values", "keep parameters with empty values"),
    ("glob", "glob", "hidden", "include_hidden", "match dot-files too"),
    ("argparse", "ArgumentParser", "allow_abbreviations", "allow_abbrev",
     "reject abbreviated long options"),
    ("zipfile", "ZipFile", "level", "compresslevel", "set the compression level"),
    ("dataclasses", "dataclass", "immutable", "frozen", "make instances read-only"),
    ("dataclasses", "dataclass", "sortable", "order", "make instances comparable with <"),
    ("collections", "namedtuple", "default_values", "defaults", "give the fields default values"),
]


def resolve(modname, path):
    obj = importlib.import_module(modname)
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def module_pool(modname):
    """Every name of a module and of its classes (public and private)."""
    mod = importlib.import_module(modname)
    names = set(dir(mod))
    for n in sorted(dir(mod)):
        v = getattr(mod, n, None)
        if isinstance(v, type):
            names |= set(dir(v))
    return names


def py_rejects(modname, name, pool):
    """Why a fake Python name cannot be used, or None."""
    folded = {n.lower() for n in pool}
    bare = {n.strip("_").lower() for n in pool}
    if name.lower() in folded:
        return "exists in the module or one of its classes (case-insensitive)"
    if name.strip("_").lower() in bare:
        return "exists as a private or dunder name"
    if too_close(name, near_names(pool)):
        return "within edit distance 1 of a real name"
    return None


def py_items(rejected):
    out = []
    plat = "Python " + PY
    lib = "Python standard library"
    for modname, fake, real, task in PY_FUNCS + PY_METHODS:
        obj_path, fname = fake.rpartition(".")[0], fake.rpartition(".")[2]
        rname = real.rpartition(".")[2]
        try:
            pool = module_pool(modname)
            owner = resolve(modname, obj_path) if obj_path else importlib.import_module(modname)
        except (ImportError, AttributeError) as e:
            rejected.append(("python", "%s.%s" % (modname, fake), "no such owner: %s" % e))
            continue
        pool |= set(dir(owner))
        why = py_rejects(modname, fname, pool)
        if why is None and hasattr(owner, fname):
            why = "exists"
        if why is None and not hasattr(owner, rname):
            why = "twin %s missing" % real
        if why:
            rejected.append(("python", "%s.%s" % (modname, fake), why))
            continue
        shown = fake if modname == "builtins" else "%s.%s" % (modname, fake)
        rshown = real if modname == "builtins" else "%s.%s" % (modname, real)
        owner_expr = obj_path if modname == "builtins" else ".".join(
            x for x in (modname, obj_path) if x)
        family = "python-method" if obj_path else "python-function"
        base = {"method": "introspection", "interpreter": "/usr/bin/python3",
                "module": modname, "object": obj_path or None}
        base = {k: v for k, v in base.items() if v is not None}
        out += pair("python", shown, "python", family, lib, PY_FULL, PY_PKG, plat, task,
                    "`%s()`" % shown if family == "python-function" else "`%s`" % shown,
                    "%s has no attribute %s in Python %s" % (owner_expr, fname, PY_FULL),
                    dict(base, attr=fname, exists=False,
                         check="hasattr(%s, %r) is False" % (owner_expr, fname)),
                    "`%s()`" % rshown if family == "python-function" else "`%s`" % rshown,
                    "uses %s, a real attribute of %s in Python %s" % (rname, owner_expr, PY_FULL),
                    dict(base, attr=rname, exists=True,
                         check="hasattr(%s, %r) is True" % (owner_expr, rname)))
    for modname, callname, fake, real, task in PY_KWARGS:
        shown = callname if modname == "builtins" else "%s.%s" % (modname, callname)
        try:
            sig = inspect.signature(resolve(modname, callname))
        except (ValueError, TypeError, ImportError, AttributeError):
            rejected.append(("python", "%s(%s=)" % (shown, fake), "signature not introspectable"))
            continue
        params = sorted(sig.parameters)
        why = None
        if any(p.kind == p.VAR_KEYWORD for p in sig.parameters.values()):
            why = "takes **kwargs"
        elif fake.lower() in {p.lower() for p in params}:
            why = "exists"
        elif too_close(fake, near_names(params)):
            why = "within edit distance 1 of a real keyword"
        elif real not in params or sig.parameters[real].kind == inspect.Parameter.POSITIONAL_ONLY:
            why = "twin keyword %s missing" % real
        if why:
            rejected.append(("python", "%s(%s=)" % (shown, fake), why))
            continue
        base = {"method": "introspection", "interpreter": "/usr/bin/python3",
                "module": modname, "callable": callname, "var_keyword": False,
                "params": params}
        out += pair("python", "%s(%s=)" % (shown, fake), "python", "python-kwarg", lib,
                    PY_FULL, PY_PKG, plat, task,
                    "the `%s=` keyword argument of `%s()`" % (fake, shown),
                    "%s() takes no keyword argument %s in Python %s" % (shown, fake, PY_FULL),
                    dict(base, kwarg=fake, exists=False,
                         check="%r not in inspect.signature(%s).parameters" % (fake, shown)),
                    "the `%s=` keyword argument of `%s()`" % (real, shown),
                    "uses %s=, a real keyword argument of %s() in Python %s" % (real, shown, PY_FULL),
                    dict(base, kwarg=real, exists=True,
                         check="%r in inspect.signature(%s).parameters" % (real, shown)))
    return out


# ----------------------------------------------------------------------- C
# (header, fake, real, task, kind): kind "func" for a function, "flag" for
# a constant used as a flag or command of the function named in the task.
C_NAMES = [
    ("string.h", "strrstr", "strstr", "find a substring in a string", "func"),
    ("string.h", "memzero", "explicit_bzero", "wipe a password buffer", "func"),
    ("string.h", "strtrim", "strspn", "skip leading whitespace in a string", "func"),
    ("string.h", "strjoin", "strcat", "concatenate two strings", "func"),
    ("string.h", "strsplit", "strtok_r", "split a string on commas", "func"),
    ("string.h", "memcasecmp", "memcmp", "compare two buffers", "func"),
    ("string.h", "strreplace", "strstr", "locate a word to replace in a string", "func"),
    ("string.h", "strlcpy", "strncpy", "copy a string into a fixed-size buffer", "func"),
    ("string.h", "strnstr", "strstr", "search for a substring in a buffer", "func"),
    ("string.h", "memrchr_n", "memrchr", "find the last newline in a buffer", "func"),
    ("stdio.h", "fgetline", "getline", "read a whole line of any length", "func"),
    ("stdio.h", "fprintln", "fputs", "print a line to a stream", "func"),
    ("stdio.h", "freadall", "fread", "read a whole file into memory", "func"),
    ("stdio.h", "fsize", "ftell", "get the size of an open file", "func"),
    ("stdio.h", "asprintf_l", "asprintf", "format into a newly allocated string", "func"),
    ("stdio.h", "fflushall", "fflush", "flush every open output stream", "func"),
    ("stdio.h", "fopenat", "fopen", "open a file for reading", "func"),
    ("stdlib.h", "strtoint", "strtol", "parse an integer from a string", "func"),
    ("stdlib.h", "getenv_int", "getenv", "read a number from an environment variable", "func"),
    ("stdlib.h", "mkdtempat", "mkdtemp", "create a private temporary directory", "func"),
    ("stdlib.h", "arc4random_range", "arc4random_uniform", "draw a random number below 100", "func"),
    ("stdlib.h", "callocarray", "reallocarray", "allocate an array with overflow checking", "func"),
    ("stdlib.h", "qsort_s", "qsort_r", "sort an array with a context pointer", "func"),
    ("stdlib.h", "setenv_once", "setenv", "set an environment variable", "func"),
    ("unistd.h", "readall", "read", "read exactly n bytes from a file descriptor", "func"),
    ("unistd.h", "writeall", "write", "write a buffer to a file descriptor", "func"),
    ("unistd.h", "pipe3", "pipe2", "create a pipe with O_CLOEXEC", "func"),
    ("unistd.h", "dup4", "dup3", "duplicate a descriptor with O_CLOEXEC", "func"),
    ("unistd.h", "sleep_ms", "usleep", "sleep for 250 milliseconds", "func"),
    ("unistd.h", "fsyncdir", "fsync", "flush a file to disk", "func"),
    ("unistd.h", "getcwd_alloc", "get_current_dir_name", "get the current directory in a malloc'd string", "func"),
    ("unistd.h", "closerange_cloexec", "close_range", "close every descriptor above 2", "func"),
    ("unistd.h", "unlinkall", "unlinkat", "remove a file relative to a directory descriptor", "func"),
    ("fcntl.h", "openat3", "openat", "open a file relative to a directory descriptor", "func"),
    ("fcntl.h", "O_NOFOLLOW_ANY", "O_NOFOLLOW", "open a file without following symlinks with open()", "flag"),
    ("fcntl.h", "O_EXLOCK", "O_EXCL", "create a file exclusively with open()", "flag"),
    ("fcntl.h", "O_SHLOCK", "O_CLOEXEC", "open a shared file with open()", "flag"),
    ("fcntl.h", "O_RESOLVE_BENEATH", "O_PATH", "open a path inside a directory with openat()", "flag"),
    ("fcntl.h", "O_EMPTY_PATH", "O_PATH", "get a descriptor for a path with openat()", "flag"),
    ("fcntl.h", "O_SYMLINK", "O_NOFOLLOW", "open a symlink itself with open()", "flag"),
    ("fcntl.h", "O_TEMPDIR", "O_TMPFILE", "create an unnamed temporary file with open()", "flag"),
    ("fcntl.h", "O_CREATE", "O_CREAT", "create a file if it does not exist with open()", "flag"),
    ("fcntl.h", "F_GETPATH", "F_GETFL", "query an open descriptor with fcntl()", "flag"),
    ("fcntl.h", "F_FULLFSYNC", "F_GETFD", "inspect a descriptor with fcntl()", "flag"),
    ("fcntl.h", "F_SETNOSIGPIPE", "F_SETPIPE_SZ", "configure a pipe with fcntl()", "flag"),
    ("fcntl.h", "F_DUPFD_CLOFORK", "F_DUPFD_CLOEXEC", "duplicate a descriptor with fcntl()", "flag"),
    ("sys/mman.h", "MAP_NOCACHE", "MAP_NORESERVE", "map a large file with mmap()", "flag"),
    ("sys/mman.h", "MAP_ALIGNED", "MAP_HUGETLB", "map memory on large pages with mmap()", "flag"),
    ("sys/mman.h", "MAP_PREFAULT_READ", "MAP_POPULATE", "prefault a file mapping with mmap()", "flag"),
    ("sys/mman.h", "MAP_GUARD", "MAP_ANONYMOUS", "reserve address space with mmap()", "flag"),
    ("sys/mman.h", "MAP_NOCORE", "MAP_LOCKED", "map secrets that stay in RAM with mmap()", "flag"),
    ("sys/mman.h", "MAP_FIXED_NOCLOBBER", "MAP_FIXED_NOREPLACE", "map at a fixed address safely with mmap()", "flag"),
    ("sys/mman.h", "msync_range", "msync", "flush part of a file mapping", "func"),
    ("sys/mman.h", "mlock3", "mlock2", "lock pages in memory", "func"),
    ("sys/socket.h", "SOCK_NOSIGPIPE", "SOCK_NONBLOCK", "create a socket with socket()", "flag"),
    ("sys/socket.h", "SO_NOSIGPIPE", "SO_KEEPALIVE", "set a socket option with setsockopt()", "flag"),
    ("sys/socket.h", "SO_EXCLUSIVEADDRUSE", "SO_REUSEADDR", "control address reuse with setsockopt()", "flag"),
    ("sys/socket.h", "MSG_NOSIGPIPE", "MSG_NOSIGNAL", "send on a closed connection with send()", "flag"),
    ("sys/socket.h", "accept5", "accept4", "accept a connection with flags", "func"),
    ("sys/socket.h", "getpeeraddr", "getpeername", "get the address of the connected peer", "func"),
    ("sys/socket.h", "recvall", "recv", "receive data from a socket", "func"),
    ("pthread.h", "pthread_mutex_trylock_for", "pthread_mutex_timedlock", "lock a mutex with a timeout", "func"),
    ("pthread.h", "pthread_join_timeout", "pthread_timedjoin_np", "wait for a thread with a timeout", "func"),
    ("pthread.h", "pthread_setname", "pthread_setname_np", "name a thread", "func"),
    ("pthread.h", "pthread_cond_wait_for", "pthread_cond_timedwait", "wait on a condition with a timeout", "func"),
    ("pthread.h", "pthread_rwlock_upgrade", "pthread_rwlock_wrlock", "take a read-write lock for writing", "func"),
    ("pthread.h", "pthread_barrier_trywait", "pthread_barrier_wait", "synchronize threads at a barrier", "func"),
    ("pthread.h", "pthread_getthreadid_np", "pthread_self", "get the calling thread's id", "func"),
    ("pthread.h", "pthread_mutex_isowned_np", "pthread_mutex_trylock", "check whether a mutex is free", "func"),
    ("time.h", "clock_gettime_ns", "clock_gettime", "read a monotonic clock", "func"),
    ("time.h", "mktime_utc", "timegm", "convert a UTC struct tm to time_t", "func"),
    ("time.h", "nanosleep_abs", "clock_nanosleep", "sleep until an absolute deadline", "func"),
    ("time.h", "timespec_diff", "difftime", "compute the difference between two times", "func"),
    ("sys/stat.h", "mkdirp", "mkdir", "create a directory", "func"),
    ("sys/stat.h", "lstatat", "fstatat", "stat a symlink relative to a directory descriptor", "func"),
    ("sys/stat.h", "fchmodat2", "fchmodat", "change permissions relative to a directory descriptor", "func"),
    ("dirent.h", "readdir_all", "scandir", "read every entry of a directory", "func"),
    ("dirent.h", "opendirat", "fdopendir", "open a directory from a descriptor", "func"),
    ("signal.h", "sigwait_timeout", "sigtimedwait", "wait for a signal with a timeout", "func"),
    ("signal.h", "SA_RESTARTABLE", "SA_RESTART", "restart interrupted system calls with sigaction()", "flag"),
    ("signal.h", "SA_NOZOMBIE", "SA_NOCLDWAIT", "avoid zombie children with sigaction()", "flag"),
    ("sys/wait.h", "waitpid_timeout", "waitpid", "wait for a child process", "func"),
    ("sys/wait.h", "WNOZOMBIE", "WNOHANG", "poll a child's status with waitpid()", "flag"),
    ("spawn.h", "posix_spawnattr_setcwd", "posix_spawn_file_actions_addchdir_np",
     "start a child in another working directory", "func"),
    ("sys/epoll.h", "EPOLLEDGE", "EPOLLET", "use edge-triggered notification with epoll_ctl()", "flag"),
    ("sys/epoll.h", "epoll_create2", "epoll_create1", "create an epoll instance with O_CLOEXEC", "func"),
    ("sys/epoll.h", "epoll_wait_ms", "epoll_wait", "wait for events for 100 ms", "func"),
    ("sys/inotify.h", "IN_RENAME", "IN_MOVED_FROM", "watch for renamed files with inotify_add_watch()", "flag"),
    ("glob.h", "GLOB_RECURSIVE", "GLOB_BRACE", "expand a file pattern with glob()", "flag"),
    ("fnmatch.h", "FNM_IGNORECASE", "FNM_CASEFOLD", "match a file name case-insensitively with fnmatch()", "flag"),
    ("sys/random.h", "GRND_BLOCK", "GRND_NONBLOCK", "get random bytes with getrandom()", "flag"),
    ("sys/random.h", "getrandom_buf", "getrandom", "fill a buffer with random bytes", "func"),
    ("sys/sendfile.h", "sendfile_all", "sendfile", "copy a file to a socket without a user buffer", "func"),
    ("sys/eventfd.h", "EFD_SHARED", "EFD_SEMAPHORE", "create an event counter with eventfd()", "flag"),
    ("sys/timerfd.h", "TFD_TIMER_RELATIVE", "TFD_TIMER_ABSTIME", "arm a timer with timerfd_settime()", "flag"),
    ("strings.h", "strcaseeq", "strcasecmp", "compare two strings ignoring case", "func"),
    ("stdlib.h", "reallocf", "realloc", "grow a heap buffer", "func"),
    ("stdlib.h", "strtonum", "strtoll", "parse a bounded integer from a string", "func"),
    ("unistd.h", "eaccessat", "faccessat", "check file access relative to a directory descriptor", "func"),
    ("unistd.h", "pread_all", "pread", "read at an offset without moving the file position", "func"),
    ("stdio.h", "fgetln", "getline", "read one line from a file", "func"),
    ("stdio.h", "fpurge", "fflush", "discard or flush a stream's buffer", "func"),
    ("fcntl.h", "O_DIRECTORY_ONLY", "O_DIRECTORY", "fail unless the path is a directory with open()", "flag"),
    ("fcntl.h", "O_ATOMIC", "O_SYNC", "make each write durable with open()", "flag"),
    ("fcntl.h", "F_OFD_TRYLOCK", "F_OFD_SETLK", "take a non-blocking record lock with fcntl()", "flag"),
    ("sys/mman.h", "MAP_ZERO", "MAP_ANONYMOUS", "allocate zeroed memory with mmap()", "flag"),
    ("sys/mman.h", "MADV_NOCACHE", "MADV_DONTNEED", "drop pages of a mapping with madvise()", "flag"),
    ("sys/mman.h", "MADV_PREFETCH", "MADV_WILLNEED", "prefetch pages of a mapping with madvise()", "flag"),
    ("sys/socket.h", "SOCK_CLOFORK", "SOCK_CLOEXEC", "keep a socket from leaking into children with socket()", "flag"),
    ("sys/socket.h", "MSG_NONBLOCK", "MSG_DONTWAIT", "do a non-blocking recv()", "flag"),
    ("netinet/tcp.h", "TCP_KEEPALIVE_SECS", "TCP_KEEPIDLE", "set the keepalive idle time with setsockopt()", "flag"),
    ("netinet/tcp.h", "TCP_NOPUSH", "TCP_CORK", "batch small writes with setsockopt()", "flag"),
    ("pthread.h", "pthread_mutex_lock_timeout", "pthread_mutex_timedlock", "lock a mutex but give up after a while", "func"),
    ("pthread.h", "pthread_getname", "pthread_getname_np", "read a thread's name", "func"),
    ("time.h", "clock_getres_ns", "clock_getres", "query a clock's resolution", "func"),
    ("time.h", "strftime_utc", "strftime", "format a timestamp as text", "func"),
    ("sys/stat.h", "fchmod_nofollow", "fchmodat", "change permissions without following symlinks", "func"),
    ("signal.h", "sigqueue_thread", "pthread_sigqueue", "send a signal with a value to one thread", "func"),
]
IDENT = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*")
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789_"


def header_words():
    """Every identifier in every file under /usr/include (what grep -rw
    matches), walked in sorted order; symlinked directories not followed,
    as grep -r does not."""
    words = set()
    for d, ds, fs in os.walk(INCLUDE):
        ds.sort()
        for f in sorted(fs):
            p = os.path.join(d, f)
            if os.path.isfile(p):
                with open(p, "rb") as fh:
                    words.update(IDENT.findall(fh.read()))
    return {w.decode("ascii") for w in words}


def edits1(w):
    """Every string at edit distance 1 from w (lower case)."""
    out = set()
    for i in range(len(w) + 1):
        for c in ALNUM:
            out.add(w[:i] + c + w[i:])
            if i < len(w):
                out.add(w[:i] + c + w[i + 1:])
        if i < len(w):
            out.add(w[:i] + w[i + 1:])
    out.discard(w)
    return out


def man_page(name):
    """The man page path of name in any section (man -w), or None; also any
    /usr/share/man/man{2,3}/name.* file."""
    r = subprocess.run(["man", "-w", name], capture_output=True, text=True,
                       env=dict(os.environ, LC_ALL="C"))
    if r.returncode == 0 and r.stdout.strip():
        return r.stdout.strip().splitlines()[0]
    files = sorted(glob.glob("/usr/share/man/man[23]*/%s.*" % glob.escape(name)))
    return files[0] if files else None


def glibc_words():
    """The identifiers of the headers that libc6-dev and linux-libc-dev
    install: the names a glibc programmer knows. A candidate within edit
    distance 1 of one of these is too close to a typo; the rest of
    /usr/include (C++, LLVM, Node...) would reject plausible names for
    look-alikes in unrelated libraries, so it only counts for absence."""
    words = set()
    for pkg in ("libc6-dev", "linux-libc-dev"):
        r = subprocess.run(["dpkg-query", "-L", pkg], capture_output=True, text=True)
        for p in sorted(r.stdout.split("\n")):
            if p.startswith(INCLUDE + "/") and p.endswith(".h") and os.path.isfile(p):
                with open(p, "rb") as fh:
                    words.update(IDENT.findall(fh.read()))
    return {w.decode("ascii").lower() for w in words}


CC = ["/usr/bin/cc", "-fsyntax-only", "-D_GNU_SOURCE", "-x", "c", "-"]


def c_source(header, name, kind):
    """A two-line C file that includes the header and uses the name."""
    use = "void *p = (void *)&%s;" % name if kind == "func" else "long v = (long)(%s);" % name
    return "#include <%s>\n%s\n" % (header, use)


def compiles(src):
    """Does cc accept src (syntax and declarations only)? (ok, first error line)"""
    r = subprocess.run(CC, input=src, capture_output=True, text=True,
                       env=dict(os.environ, LC_ALL="C"))
    err = [ln for ln in r.stderr.splitlines() if "error" in ln]
    return r.returncode == 0, (err[0] if err else "")


def c_items(rejected):
    # without man-db and manpages-dev every name would lack a man page
    if not man_page("printf") or not man_page("open"):
        raise SystemExit("gen: man -w finds no page for printf/open; install man-db manpages-dev")
    words = header_words()
    lower = {w.lower() for w in words}
    glower = glibc_words()
    libc = ctypes.CDLL("libc.so.6")
    ver = upstream(C.pkg_version("libc6-dev"))
    plat = "glibc %s on Linux" % ver
    lib = "GNU C Library (glibc) and Linux headers"
    out = []
    for header, fake, real, task, kind in C_NAMES:
        why = None
        if fake in words or fake.lower() in lower:
            why = "declared in /usr/include (case-insensitive)"
        elif "_" + fake in words or "__" + fake in words:
            why = "declared in /usr/include with a leading underscore"
        elif edits1(fake.lower()) & glower:
            why = "within edit distance 1 of a glibc or Linux header identifier"
        elif man_page(fake):
            why = "has a man page (%s)" % man_page(fake)
        elif kind == "func" and hasattr(libc, fake):
            why = "exported by libc.so.6"
        elif real not in words:
            why = "twin %s not in /usr/include" % real
        elif kind == "func" and not hasattr(libc, real):
            why = "twin %s not exported by libc.so.6" % real
        else:
            # the header as a program sees it: the fake name undeclared,
            # the twin declared (with _GNU_SOURCE, as glibc documents)
            fok, ferr = compiles(c_source(header, fake, kind))
            rok, rerr = compiles(c_source(header, real, kind))
            if fok or "undeclared" not in ferr:
                why = "compiles with <%s>: %s" % (header, ferr)
            elif not rok:
                why = "twin does not compile with <%s>: %s" % (header, rerr)
        if why:
            rejected.append(("c", fake, why))
            continue
        family = "c-function" if kind == "func" else "c-flag"
        what = "function" if kind == "func" else "constant"
        api = ("`%s()` from <%s>" if kind == "func" else "the `%s` flag from <%s>") % (fake, header)
        rapi = ("`%s()` from <%s>" if kind == "func" else "the `%s` flag from <%s>") % (real, header)
        proof = {"method": "headers+man", "header_dirs": [INCLUDE], "symbol": fake,
                 "header": header, "grep": "grep -rwq %s %s fails" % (fake, INCLUDE),
                 "man": "absent", "case_insensitive": True,
                 "compile": {"cc": CC, "source": c_source(header, fake, kind),
                             "ok": False, "error": "undeclared"}}
        rproof = {"method": "headers+man", "header_dirs": [INCLUDE], "symbol": real,
                  "header": header, "grep": "grep -rwq %s %s succeeds" % (real, INCLUDE),
                  "compile": {"cc": CC, "source": c_source(header, real, kind), "ok": True}}
        if kind == "func":
            proof["dlsym"] = {"library": "libc.so.6", "found": False}
            rproof["dlsym"] = {"library": "libc.so.6", "found": True}
        out += pair("c", fake, "c", family, lib, ver, "libc6-dev", plat, task,
                    api, "no %s %s is declared in any header under %s, none has a man page, "
                    "in glibc %s" % (what, fake, INCLUDE, ver), proof,
                    rapi, "uses %s, a real %s declared under %s in glibc %s"
                    % (real, what, INCLUDE, ver), rproof)
    return out


# ------------------------------------------------------------------ SQLite
# (fake call, real call, task): each is run as "SELECT <call>;" in the
# sqlite3 shell on an empty in-memory database.
SQL_FUNCS = [
    ("json_merge_deep('{\"a\":1}', '{\"b\":2}')", "json_patch('{\"a\":1}', '{\"b\":2}')",
     "merge two JSON objects"),
    ("json_keys('{\"a\":1,\"b\":2}')", "json_group_array(key) FROM json_each('{\"a\":1,\"b\":2}')",
     "list the keys of a JSON object"),
    ("json_length('[1,2,3]')", "json_array_length('[1,2,3]')", "count the elements of a JSON array"),
    ("json_pretty('{\"a\":[1,2]}')", "json('{\"a\":[1,2]}')", "normalize a JSON document"),
    ("json_typeof('[1]')", "json_type('[1]')", "find the type of a JSON value"),
    ("json_build_object('a', 1)", "json_object('a', 1)", "build a JSON object from values"),
    ("json_agg(1)", "json_group_array(1)", "aggregate rows into a JSON array"),
    ("json_strip_nulls('{\"a\":null}')", "json_remove('{\"a\":null}', '$.a')",
     "drop a null member from a JSON object"),
    ("to_json('x')", "json_quote('x')", "turn a text value into a JSON string"),
    ("json_contains('[1,2]', 2)", "json_extract('[1,2]', '$[1]')", "look up an element of a JSON array"),
    ("split_part('a,b,c', ',', 2)", "substr('a,b,c', 3, 1)", "take one field of a comma-separated string"),
    ("left('abcdef', 3)", "substr('abcdef', 1, 3)", "take the first 3 characters of a string"),
    ("right('abcdef', 3)", "substr('abcdef', -3)", "take the last 3 characters of a string"),
    ("lpad('42', 5, '0')", "printf('%05d', 42)", "pad a number with leading zeros"),
    ("rpad('ab', 5, '.')", "printf('%-5s', 'ab')", "pad a string on the right to 5 characters"),
    ("concat('a', 'b')", "printf('%s%s', 'a', 'b')", "concatenate two text values"),
    ("concat_ws('-', 'a', 'b')", "printf('%s-%s', 'a', 'b')", "join values with a separator"),
    ("initcap('hello world')", "upper('hello world')", "change the case of a string"),
    ("position('b' IN 'abc')", "instr('abc', 'b')", "find the position of a substring"),
    ("strpos('abc', 'b')", "instr('abc', 'b')", "find where a substring starts"),
    ("char_length('abc')", "length('abc')", "count the characters of a string"),
    ("octet_length('abc')", "length(CAST('abc' AS BLOB))", "count the bytes of a string"),
    ("btrim('  a  ')", "trim('  a  ')", "strip spaces from both ends of a string"),
    ("translate('abc', 'ab', 'xy')", "replace('abc', 'a', 'x')", "substitute characters in a string"),
    ("regexp_replace('a1b2', '[0-9]', '')", "replace('a1b2', '1', '')", "remove digits from a string"),
    ("to_char('2024-03-01', 'DD/MM/YYYY')", "strftime('%d/%m/%Y', '2024-03-01')", "format a date as DD/MM/YYYY"),
    ("date_trunc('month', '2024-03-15')", "date('2024-03-15', 'start of month')",
     "truncate a date to the first day of its month"),
    ("now()", "datetime('now')", "get the current date and time"),
    ("date_add('2024-03-01', 7)", "date('2024-03-01', '+7 days')", "add 7 days to a date"),
    ("datediff('2024-03-08', '2024-03-01')", "julianday('2024-03-08') - julianday('2024-03-01')",
     "count the days between two dates"),
    ("to_timestamp(1700000000)", "datetime(1700000000, 'unixepoch')", "turn a Unix time into a timestamp"),
    ("year('2024-03-01')", "strftime('%Y', '2024-03-01')", "extract the year of a date"),
    ("dayofweek('2024-03-01')", "strftime('%w', '2024-03-01')", "get the weekday of a date"),
    ("last_day('2024-02-10')", "date('2024-02-10', 'start of month', '+1 month', '-1 day')",
     "get the last day of a date's month"),
    ("timediff('2024-03-02', '2024-03-01')", "julianday('2024-03-02') - julianday('2024-03-01')",
     "compute the time between two timestamps"),
    ("string_agg('a', ',')", "group_concat('a', ',')", "concatenate a group's values with commas"),
    ("array_agg(1)", "json_group_array(1)", "collect a group's values into an array"),
    ("bool_and(1)", "min(1)", "check that a condition holds for every row of a group"),
    ("bool_or(0)", "max(0)", "check that a condition holds for some row of a group"),
    ("stddev(1)", "avg(1)", "summarize a numeric column"),
    ("median(1)", "avg(1)", "get a typical value of a numeric column"),
    ("cbrt(27)", "pow(27, 1.0/3)", "take the cube root of a number"),
    ("greatest(1, 5, 3)", "max(1, 5, 3)", "get the largest of several values"),
    ("least(1, 5, 3)", "min(1, 5, 3)", "get the smallest of several values"),
    ("rand()", "random()", "get a random number"),
    ("random_int(1, 6)", "abs(random()) % 6 + 1", "roll a random integer from 1 to 6"),
    ("uuid()", "lower(hex(randomblob(16)))", "generate a random identifier"),
    ("gen_random_uuid()", "hex(randomblob(16))", "make a random 128-bit key"),
    ("nvl(NULL, 'x')", "ifnull(NULL, 'x')", "replace NULL with a default"),
    ("nvl2(NULL, 'a', 'b')", "iif(NULL IS NULL, 'b', 'a')", "choose a value depending on NULL"),
    ("sha256('abc')", "sha3('abc')", "hash a string"),
    ("md5('abc')", "sha3('abc', 256)", "compute a checksum of a text value"),
    ("unhex('616263')", "hex('abc')", "convert between text and hexadecimal"),
    ("to_number('42')", "printf('%d', '42')", "turn a text value into a number"),
]
# (fake pragma, real pragma, task): PRAGMA names, checked in pragma_list.
SQL_PRAGMAS = [
    ("cache_policy", "cache_size", "tune the page cache"),
    ("journal_size", "journal_size_limit", "cap the size of the journal file"),
    ("vacuum_mode", "auto_vacuum", "reclaim free pages automatically"),
    ("database_size", "page_count", "see how big the database file is"),
    ("lock_timeout", "busy_timeout", "wait for locks instead of failing at once"),
    ("query_timeout", "busy_timeout", "retry when the database is locked"),
    ("read_only", "query_only", "stop a connection from writing"),
    ("sync_mode", "synchronous", "trade durability for speed"),
    ("wal_mode", "journal_mode", "switch to write-ahead logging"),
    ("table_columns", "table_info", "list the columns of a table"),
    ("view_list", "table_list", "list the tables and views of a schema"),
    ("memory_limit", "soft_heap_limit", "cap SQLite's memory use"),
    ("temp_dir", "temp_store", "keep temporary tables in memory"),
    ("checkpoint_mode", "wal_checkpoint", "checkpoint the write-ahead log"),
    ("optimize_all", "optimize", "refresh the query planner statistics"),
    ("analyze_limit", "analysis_limit", "limit the work done by ANALYZE"),
    ("like_case_sensitive", "case_sensitive_like", "make LIKE case-sensitive"),
    ("foreign_key_cascade", "foreign_keys", "enforce foreign key constraints"),
    ("page_size_max", "page_size", "set the database page size"),
    ("mmap_limit", "mmap_size", "use memory-mapped I/O"),
    ("threads_max", "threads", "allow helper threads for sorting"),
    ("index_columns", "index_info", "list the columns of an index"),
    ("trigger_list", "table_list", "inspect the objects of a schema"),
    ("strict_mode", "ignore_check_constraints", "control CHECK constraint enforcement"),
    ("heap_limit", "hard_heap_limit", "set a hard memory limit"),
]


def sqlite(sql):
    """Run sql in the sqlite3 shell on an empty in-memory database."""
    r = subprocess.run([SQLITE, "-batch", ":memory:", sql], capture_output=True,
                       text=True, errors="replace",
                       stdin=subprocess.DEVNULL, timeout=20, env=dict(os.environ, LC_ALL="C"))
    return r.returncode, r.stdout.strip(), r.stderr.strip()


def in_library(call):
    """Does the SQLite library itself (Python's sqlite3 module links
    libsqlite3) run SELECT call?"""
    import sqlite3
    try:
        sqlite3.connect(":memory:").execute("SELECT %s;" % call).fetchall()
    except sqlite3.Error:
        return False
    return True


def sql_name(call):
    return re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)", call).group(1)


def sqlite_items(rejected):
    _, ver, _ = sqlite("SELECT sqlite_version();")
    import sqlite3
    if sqlite3.sqlite_version != ver:
        # the truth test runs the shell; say so rather than mix versions
        print("impossible_api: note: python's sqlite3 is %s, the shell %s; using the shell"
              % (sqlite3.sqlite_version, ver), file=sys.stderr)
    funcs = sorted(set(sqlite("SELECT name FROM pragma_function_list;")[1].split()))
    pragmas = sorted(set(sqlite("SELECT name FROM pragma_pragma_list;")[1].split()))
    fnear, pnear = near_names(funcs), near_names(pragmas)
    plat = "SQLite %s" % ver
    lib = "SQLite (sqlite3 shell)"
    out = []
    for fake, real, task in SQL_FUNCS:
        fn, rn = sql_name(fake), sql_name(real)
        rc, _, err = sqlite("SELECT %s;" % fake)
        want = "no such function: %s" % fn
        why = None
        if fn.lower() in {f.lower() for f in funcs} or fn.lower() in {p.lower() for p in pragmas}:
            why = "in function_list or pragma_list"
        elif too_close(fn, fnear):
            why = "within edit distance 1 of a real function"
        elif rc == 0 or want not in err:
            why = "statement did not fail with 'no such function' (%s)" % err[:60]
        if why is None:
            rrc, _, rerr = sqlite("SELECT %s;" % real)
            if rrc != 0 or rerr or rn not in funcs:
                why = "twin failed: %s" % rerr[:60]
            elif not in_library(real):
                # the shell compiles extensions in (sha3, readfile...): a
                # program linked with the library has none of them
                why = "twin %s is the sqlite3 shell's, not the library's" % rn
        if why:
            rejected.append(("sqlite", fn, why))
            continue
        out += pair("sqlite", fn, "sql", "sqlite-function", lib, ver, "sqlite3", plat, task,
                    "the SQL function `%s()`" % fn,
                    "SQLite %s has no SQL function %s (not in PRAGMA function_list; "
                    "the statement fails)" % (ver, fn),
                    {"method": "run", "shell": SQLITE, "db": ":memory:",
                     "sql": "SELECT %s;" % fake, "exit": rc, "error": want,
                     "function_list": "absent", "function": fn},
                    "the SQL function `%s()`" % rn,
                    "uses %s(), a real SQL function of SQLite %s" % (rn, ver),
                    {"method": "run", "shell": SQLITE, "db": ":memory:",
                     "sql": "SELECT %s;" % real, "exit": 0,
                     "function_list": "present", "function": rn})
    for fake, real, task in SQL_PRAGMAS:
        why = None
        if fake.lower() in {p.lower() for p in pragmas} or fake.lower() in {f.lower() for f in funcs}:
            why = "in pragma_list or function_list"
        elif too_close(fake, pnear):
            why = "within edit distance 1 of a real pragma"
        elif real not in pragmas:
            why = "twin %s not in pragma_list" % real
        if why:
            rejected.append(("sqlite", "PRAGMA " + fake, why))
            continue
        q = "SELECT count(*) FROM pragma_pragma_list WHERE name = '%s';"
        out += pair("sqlite", "pragma." + fake, "sql", "sqlite-pragma", lib, ver, "sqlite3", plat,
                    task, "`PRAGMA %s`" % fake,
                    "SQLite %s has no PRAGMA %s (absent from PRAGMA pragma_list; unknown "
                    "pragmas are ignored silently, so it was not run)" % (ver, fake),
                    {"method": "pragma_list", "shell": SQLITE, "db": ":memory:",
                     "pragma": fake, "sql": q % fake, "expect": "0"},
                    "`PRAGMA %s`" % real,
                    "uses PRAGMA %s, listed by PRAGMA pragma_list in SQLite %s" % (real, ver),
                    {"method": "pragma_list", "shell": SQLITE, "db": ":memory:",
                     "pragma": real, "sql": q % real, "expect": "1"})
    return out


# --------------------------------------------------------------------- CLI
# (tool, fake arguments, real arguments, task). The option under test is
# the first argument. Each command runs in a fresh scratch directory made
# by fixture(), with stdin from /dev/null, LC_ALL=C and a timeout; nothing
# reaches the network (curl only reads file:///dev/null).
CLI = [
    ("ls", ["--sort-by-size", "."], ["--sort=size", "."], "sort the listing by file size"),
    ("ls", ["--hidden", "."], ["--all", "."], "show hidden files too"),
    ("ls", ["--size-units=K", "."], ["--block-size=K", "."], "show sizes in kilobytes"),
    ("ls", ["--newest-first", "."], ["--sort=time", "."], "list the newest files first"),
    ("ls", ["--group-dirs-first", "."], ["--group-directories-first", "."],
     "list directories before files"),
    ("ls", ["--no-color", "."], ["--color=never", "."], "list files without colours"),
    ("ls", ["--only-dirs", "."], ["--directory", "d"], "list a directory itself, not its contents"),
    ("cp", ["--skip-existing", "a.txt", "b.txt"], ["--no-clobber", "a.txt", "b.txt"],
     "copy a file without overwriting an existing one"),
    ("cp", ["--progress", "a.txt", "b.txt"], ["--verbose", "a.txt", "b.txt"],
     "see each file as it is copied"),
    ("cp", ["--overwrite", "a.txt", "b.txt"], ["--force", "a.txt", "b.txt"],
     "replace a destination file that cannot be opened"),
    ("cp", ["--create-dirs", "a.txt", "d"], ["--parents", "a.txt", "d"],
     "copy a file and recreate its directory path"),
    ("cp", ["--keep-times", "a.txt", "b.txt"], ["--preserve=timestamps", "a.txt", "b.txt"],
     "copy a file keeping its modification time"),
    ("cp", ["--recursive-copy", "d", "e"], ["--recursive", "d", "e"], "copy a directory tree"),
    ("mv", ["--no-overwrite", "a.txt", "b.txt"], ["--no-clobber", "a.txt", "b.txt"],
     "rename a file without replacing an existing one"),
    ("mv", ["--only-newer", "a.txt", "b.txt"], ["--update", "a.txt", "b.txt"],
     "move a file only when it is newer than the destination"),
    ("mv", ["--make-backup", "a.txt", "b.txt"], ["--backup=numbered", "a.txt", "b.txt"],
     "keep a backup of a file being replaced"),
    ("sort", ["--case-insensitive", "a.txt"], ["--ignore-case", "a.txt"],
     "sort lines ignoring case"),
    ("sort", ["--natural", "a.txt"], ["--version-sort", "a.txt"],
     "sort version numbers like 1.10 after 1.9"),
    ("sort", ["--descending", "a.txt"], ["--reverse", "a.txt"], "sort lines in descending order"),
    ("sort", ["--key-separator=,", "a.txt"], ["--field-separator=,", "a.txt"],
     "sort a CSV file on a column"),
    ("sort", ["--size-sort", "a.txt"], ["--human-numeric-sort", "a.txt"],
     "sort sizes like 1K, 2M and 3G"),
    ("sort", ["--dedupe", "a.txt"], ["--unique", "a.txt"], "sort lines and drop duplicates"),
    ("cut", ["--columns=1", "a.txt"], ["--fields=1", "a.txt"], "take the first column of a file"),
    ("cut", ["--join-with=;", "-f1", "a.txt"], ["--output-delimiter=;", "-f1", "a.txt"],
     "change the separator of the columns it prints"),
    ("cut", ["--separator=,", "-f1", "a.txt"], ["--delimiter=,", "-f1", "a.txt"],
     "split lines on commas"),
    ("head", ["--except-last=1", "a.txt"], ["--lines=-1", "a.txt"],
     "print all but the last line of a file"),
    ("head", ["--first=2", "a.txt"], ["--lines=2", "a.txt"], "print the first 2 lines"),
    ("tail", ["--from-line=2", "a.txt"], ["--lines=+2", "a.txt"], "print a file from line 2 on"),
    ("tail", ["--last=2", "a.txt"], ["--lines=2", "a.txt"], "print the last 2 lines"),
    ("wc", ["--count-lines", "a.txt"], ["--lines", "a.txt"], "count the lines of a file"),
    ("wc", ["--characters", "a.txt"], ["--chars", "a.txt"], "count the characters of a file"),
    ("wc", ["--word-count", "a.txt"], ["--words", "a.txt"], "count the words of a file"),
    ("date", ["--timezone=UTC"], ["--utc"], "print the time in UTC"),
    ("date", ["--rfc3339=seconds"], ["--rfc-3339=seconds"], "print the time in RFC 3339 format"),
    ("date", ["--from-epoch=1700000000"], ["--date=@1700000000"], "convert a Unix timestamp to a date"),
    ("date", ["--add-days=3"], ["--date=3 days"], "print the date 3 days from now"),
    ("du", ["--depth=1", "."], ["--max-depth=1", "."], "show sizes one level deep"),
    ("du", ["--exclude-dir=d", "."], ["--exclude=d", "."], "skip a directory when summing sizes"),
    ("du", ["--total-only", "."], ["--summarize", "."], "print only the total size"),
    ("df", ["--ignore-type=squashfs", "."], ["--exclude-type=squashfs", "."],
     "hide squashfs file systems"),
    ("df", ["--inodes-only", "."], ["--inodes", "."], "show inode usage"),
    ("df", ["--fields=source", "."], ["--output=source", "."], "print only the device column"),
    ("grep", ["--only-names", "a", "a.txt"], ["--files-with-matches", "a", "a.txt"],
     "print only the names of matching files"),
    ("grep", ["--whole-word", "a", "a.txt"], ["--word-regexp", "a", "a.txt"],
     "match whole words only"),
    ("grep", ["--pcre", "a", "a.txt"], ["--perl-regexp", "a", "a.txt"],
     "use Perl-style regular expressions"),
    ("grep", ["--lines-before=1", "a", "a.txt"], ["--before-context=1", "a", "a.txt"],
     "show the line before each match"),
    ("grep", ["--case-insensitive", "A", "a.txt"], ["--ignore-case", "A", "a.txt"],
     "search ignoring case"),
    ("grep", ["--max-matches=1", "a", "a.txt"], ["--max-count=1", "a", "a.txt"],
     "stop after the first match"),
    ("grep", ["--exclude-files=*.json", "-r", "a", "."], ["--exclude=*.json", "-r", "a", "."],
     "search recursively but skip JSON files"),
    ("sed", ["--extended", "s/a+/x/", "a.txt"], ["--regexp-extended", "s/a+/x/", "a.txt"],
     "use extended regular expressions"),
    ("sed", ["--in-place-backup=.bak", "s/a/x/", "a.txt"], ["--in-place=.bak", "s/a/x/", "a.txt"],
     "edit a file in place and keep a backup"),
    ("sed", ["--silent-mode", "1p", "a.txt"], ["--quiet", "1p", "a.txt"],
     "print only the lines I ask for"),
    ("tar", ["--exclude-dir=d", "-cf", "x.tar", "."], ["--exclude=d", "-cf", "x.tar", "."],
     "archive a directory but leave out a subdirectory"),
    ("tar", ["--print-names", "-cf", "x.tar", "a.txt"], ["--verbose", "-cf", "x.tar", "a.txt"],
     "print each file name as it is archived"),
    ("tar", ["--compress-gzip", "-cf", "x.tgz", "a.txt"], ["--gzip", "-cf", "x.tgz", "a.txt"],
     "create a gzip-compressed archive"),
    ("tar", ["--no-overwrite", "-cf", "x.tar", "a.txt"], ["--keep-old-files", "-cf", "x.tar", "a.txt"],
     "extract without overwriting existing files"),
    ("tar", ["--strip-path=1", "-cf", "x.tar", "a.txt"], ["--strip-components=1", "-cf", "x.tar", "a.txt"],
     "drop the leading directory from the names it extracts"),
    ("gzip", ["--keep-original", "a.txt"], ["--keep", "a.txt"], "compress a file and keep the original"),
    ("gzip", ["--output", "a.txt"], ["--stdout", "a.txt"], "compress to standard output"),
    ("gzip", ["--level=9", "a.txt"], ["--best", "a.txt"], "compress with the highest level"),
    ("find", [".", "-extension", "txt"], [".", "-name", "*.txt"], "find files by extension"),
    ("find", [".", "-modified", "-1"], [".", "-mtime", "-1"], "find files changed in the last day"),
    ("find", [".", "-larger", "1k"], [".", "-size", "+1k"], "find files bigger than 1 KiB"),
    ("find", [".", "-depth-max", "1"], [".", "-maxdepth", "1"], "search only one level deep"),
    ("find", [".", "-filetype", "f"], [".", "-type", "f"], "find regular files only"),
    ("find", [".", "-owner", "root"], [".", "-user", "root"], "find files owned by root"),
    ("find", [".", "-perms", "644"], [".", "-perm", "644"], "find files with mode 644"),
    ("curl", ["--follow", "file:///dev/null"], ["--location", "file:///dev/null"],
     "follow redirects"),
    ("curl", ["--retry-count", "2", "file:///dev/null"], ["--retry", "2", "file:///dev/null"],
     "retry a failed download twice"),
    ("curl", ["--bearer", "tok", "file:///dev/null"], ["--oauth2-bearer", "tok", "file:///dev/null"],
     "send a bearer token"),
    ("curl", ["--timeout", "5", "file:///dev/null"], ["--max-time", "5", "file:///dev/null"],
     "give up on a request after 5 seconds"),
    ("curl", ["--headers-only", "file:///dev/null"], ["--head", "file:///dev/null"],
     "fetch only the headers of a URL"),
    ("jq", ["--raw-strings", ".", "a.json"], ["--raw-output", ".", "a.json"],
     "print strings without quotes"),
    ("jq", ["--sorted", ".", "a.json"], ["--sort-keys", ".", "a.json"], "print objects with sorted keys"),
    ("jq", ["--tab-indent", ".", "a.json"], ["--tab", ".", "a.json"], "indent output with tabs"),
    ("jq", ["--indent-size", "4", ".", "a.json"], ["--indent", "4", ".", "a.json"],
     "indent output by 4 spaces"),
    ("jq", ["--compact", ".", "a.json"], ["--compact-output", ".", "a.json"],
     "print each result on one line"),
    ("sqlite3", ["-read-only", ":memory:", "SELECT 1;"], ["-readonly", ":memory:", "SELECT 1;"],
     "open a database read-only"),
    ("sqlite3", ["-tsv", ":memory:", "SELECT 1;"], ["-tabs", ":memory:", "SELECT 1;"],
     "print query results tab-separated"),
    ("sqlite3", ["-headers", ":memory:", "SELECT 1;"], ["-header", ":memory:", "SELECT 1;"],
     "print column names above the results"),
    ("sqlite3", ["-sandbox", ":memory:", "SELECT 1;"], ["-safe", ":memory:", "SELECT 1;"],
     "run untrusted SQL without file access"),
    ("sqlite3", ["-jsonl", ":memory:", "SELECT 1;"], ["-json", ":memory:", "SELECT 1;"],
     "print query results as JSON"),
    ("python3", ["--unbuffered", "-c", "pass"], ["-u", "-c", "pass"], "run a script unbuffered"),
    ("python3", ["--optimize", "-c", "pass"], ["-O", "-c", "pass"], "run with assertions removed"),
    ("python3", ["--isolated", "-c", "pass"], ["-I", "-c", "pass"], "run in isolated mode"),
    ("python3", ["--no-user-site", "-c", "pass"], ["-s", "-c", "pass"],
     "ignore the user site-packages directory"),
    ("python3", ["--quiet", "-c", "pass"], ["-q", "-c", "pass"], "start without the banner"),
]
UNKNOWN = re.compile(r"unrecognized option|invalid option|unknown option|unknown predicate"
                     r"|option \S+: is unknown", re.I)
# the tool names a developer uses for each package
CLI_NAMES = {"coreutils": "GNU coreutils", "grep": "GNU grep", "sed": "GNU sed",
             "tar": "GNU tar", "gzip": "gzip", "findutils": "GNU findutils", "curl": "curl",
             "jq": "jq", "sqlite3": "the sqlite3 shell", PY_PKG + "-minimal": "Python"}
FIXTURE = {"a.txt": "b\na\nc\n", "a.json": "{\"b\": 1, \"a\": \"x\"}\n", "d/c.txt": "c\n"}


def fixture(d):
    for name in sorted(FIXTURE):
        p = os.path.join(d, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(FIXTURE[name])


def tool_path(tool):
    return "/usr/bin/python3" if tool == "python3" else "/usr/bin/" + tool


def tool_package(tool):
    """The Debian package of a tool (dpkg -S; /bin/X under merged /usr)."""
    real = os.path.realpath(tool_path(tool))
    for p in (real, "/bin/" + os.path.basename(real)):
        r = subprocess.run(["dpkg-query", "-S", p], capture_output=True, text=True)
        if r.returncode == 0:
            return r.stdout.split(":")[0].strip()
    return None


def run_tool(tool, args):
    with tempfile.TemporaryDirectory(prefix="imp-api.") as d:
        fixture(d)
        try:
            r = subprocess.run([tool_path(tool)] + args, cwd=d, stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, errors="replace", timeout=10,
                               env={"PATH": "/usr/bin:/bin", "LC_ALL": "C", "HOME": d})
        except subprocess.TimeoutExpired:
            return None, ""
        return r.returncode, r.stderr


def cli_items(rejected):
    out = []
    pkgs = {}
    for tool, fake, real, task in CLI:
        if tool not in pkgs:
            pkgs[tool] = tool_package(tool)
        pkg = pkgs[tool]
        opt, ropt = fake[0], real[0]
        if tool == "find":
            opt, ropt = fake[1], real[1]
        if pkg is None or not os.path.exists(tool_path(tool)):
            rejected.append(("cli", "%s %s" % (tool, opt), "tool not installed from a Debian package"))
            continue
        rc, err = run_tool(tool, fake)
        m = UNKNOWN.search(err)
        why = None
        if rc in (None, 0) or not m:
            why = "not rejected (exit %s: %s)" % (rc, err.strip()[:60])
        else:
            rrc, rerr = run_tool(tool, real)
            if rrc != 0 or UNKNOWN.search(rerr):
                why = "twin failed (exit %s: %s)" % (rrc, rerr.strip()[:60])
        if why:
            rejected.append(("cli", "%s %s" % (tool, opt), why))
            continue
        ver = upstream(C.pkg_version(pkg))
        name = CLI_NAMES.get(pkg, pkg)
        plat = "%s %s on Linux" % (name, ver)
        flag = opt.split("=")[0]
        rflag = ropt.split("=")[0]
        base = {"method": "run", "path": tool_path(tool), "cwd": "fixture",
                "fixture": FIXTURE, "stdin": "/dev/null", "env": {"LC_ALL": "C"}}
        out += pair("cli", "%s/%s" % (tool, flag), "shell", "cli-option",
                    "%s (%s)" % (name, tool), ver, pkg, plat, task,
                    "`%s %s`" % (tool, flag),
                    "%s %s rejects the option %s" % (tool, ver, flag),
                    dict(base, argv=[tool] + fake, option=flag, exit=rc, stderr=m.group(0)),
                    "`%s %s`" % (tool, rflag),
                    "uses %s, a real option of %s %s" % (rflag, tool, ver),
                    dict(base, argv=[tool] + real, option=rflag, exit=0))
    return out


# ------------------------------------------------------------------ output
# Packages whose data the proofs read besides the items' own sources: the
# Linux UAPI headers and the man pages (C), the SQLite library the shell
# links to.
EXTRA_SOURCES = ["libsqlite3-0", "linux-libc-dev", "man-db", "manpages-dev"]

_cache = {}


def _build():
    if "items" not in _cache:
        rejected = []
        items = py_items(rejected) + c_items(rejected) + sqlite_items(rejected) + cli_items(rejected)
        _cache["items"], _cache["rejected"] = items, rejected
    return _cache["items"], _cache["rejected"]


def items():
    """The api/ items: each impossible item followed by its twin."""
    return list(_build()[0])


def rejected():
    """(library, candidate, reason) of every candidate left out."""
    return list(_build()[1])


def sources():
    """Debian packages whose installed versions the items were checked
    against, sorted."""
    pkgs = {it["meta"]["source"] for it in items()} | set(EXTRA_SOURCES)
    for p in sorted(pkgs):
        C.pkg_version(p)        # exits when a package is missing
    return sorted(pkgs)


def main():
    its = items()
    fams = {}
    for it in its:
        if not it["meta"]["feasible"]:
            k = (it["category"], it["meta"]["family"])
            fams[k] = fams.get(k, 0) + 1
    for k in sorted(fams):
        print("%-12s %-16s %4d impossible (+ %d twins)" % (k[0], k[1], fams[k], fams[k]))
    print("total: %d impossible, %d items" % (sum(fams.values()), len(its)))
    print("rejected candidates: %d" % len(rejected()))
    for lib, cand, why in rejected():
        print("  rejected %-7s %-36s %s" % (lib, cand, why.split("\n")[0]))
    print("sources: " + ", ".join("%s %s" % (p, C.pkg_version(p)) for p in sources()))
    for cat in ("api/python", "api/c", "api/sqlite", "api/cli"):
        xs = [it for it in its if it["category"] == cat]
        r = C.rng("sample:" + cat)
        i = 2 * r.randrange(len(xs) // 2)
        print("\n%s\n  %s\n  %s" % (xs[i]["id"], xs[i]["input"], xs[i + 1]["input"]))


if __name__ == "__main__":
    main()
