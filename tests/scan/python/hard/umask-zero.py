import os
os.umask(0)  # expect: CWE-732
