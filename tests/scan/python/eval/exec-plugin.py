def load_plugin(path):
    with open(path) as fh:
        code = fh.read()
    ns = {}
    exec(code, ns)  # expect: CWE-95
    return ns["register"]
