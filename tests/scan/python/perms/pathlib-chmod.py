from pathlib import Path
Path(sock_path).chmod(0o666)  # expect: CWE-732
