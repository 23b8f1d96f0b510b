import tempfile

def dump(data):
    path = tempfile.mktemp(suffix=".json")  # expect: CWE-377
    with open(path, "w") as fh:
        fh.write(data)
    return path
