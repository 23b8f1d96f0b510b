import os, shlex
out = os.popen("du -sh " + shlex.quote(path)).read()  # ok: CWE-78
