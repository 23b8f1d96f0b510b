def run(cmd):
    with os.popen(cmd) as p:  # expect: CWE-78
        return p.read()
