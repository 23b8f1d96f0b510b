import os, subprocess
editor = os.environ.get("EDITOR", "vi")
subprocess.call(f"{editor} {path}", shell=True)  # expect: CWE-78
