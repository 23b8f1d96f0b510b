import os, tempfile

def dump(data):
    fd, path = tempfile.mkstemp(suffix=".json")  # ok: CWE-377
    with os.fdopen(fd, "w") as fh:
        fh.write(data)
    return path
