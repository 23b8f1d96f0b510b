import os, stat
os.chmod(script, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # expect: CWE-732
