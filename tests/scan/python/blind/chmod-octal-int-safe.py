import os
os.chmod(log_path, 420)  # ok: CWE-732
