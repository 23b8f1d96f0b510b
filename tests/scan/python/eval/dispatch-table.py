OPS = {"add": operator.add, "sub": operator.sub}

def apply(op, a, b):
    return OPS[op](a, b)  # ok: CWE-95
