import os
os.chmod("/srv/uploads", 0o750)  # ok: CWE-732
