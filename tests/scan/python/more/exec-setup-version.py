version = {}
with open("mypkg/_version.py") as fp:
    exec(fp.read(), version)  # expect: CWE-95
