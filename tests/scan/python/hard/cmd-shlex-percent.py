import os, shlex
os.system("notify-send %s" % shlex.quote(message))  # ok: CWE-78
