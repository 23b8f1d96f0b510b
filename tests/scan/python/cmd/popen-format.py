import os
out = os.popen("du -sh {}".format(path)).read()  # expect: CWE-78
