import os
os.chmod(log_path, 511)  # expect: CWE-732
