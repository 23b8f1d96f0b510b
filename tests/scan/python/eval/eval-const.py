    result = eval("1 + 2")  # ok: CWE-95
