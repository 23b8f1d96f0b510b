def acquire(name):
    return open(f"/tmp/{name}.lock", "w")  # expect: CWE-377
