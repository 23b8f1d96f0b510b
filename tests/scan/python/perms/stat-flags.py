import os, stat
os.chmod(key_file, stat.S_IRUSR | stat.S_IWUSR)  # ok: CWE-732
