import os
os.execvp("git", ["git", "clone", "--depth", "1", repo_url, dest])  # ok: CWE-78
