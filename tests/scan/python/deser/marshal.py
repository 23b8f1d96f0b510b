import marshal
def load_cache(blob):
    return marshal.loads(blob)  # expect: CWE-502
