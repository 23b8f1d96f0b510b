def read_attr(obj, attr):
    return getattr(obj, attr, None)  # ok: CWE-95
