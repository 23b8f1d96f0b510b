import os
os.chmod(config_path, 0o644)  # ok: CWE-732
