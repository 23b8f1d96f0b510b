def read_attr(obj, attr):
    return eval(f"obj.{attr}")  # expect: CWE-95
