import subprocess
out = subprocess.check_output(["sh", "-c", "df -h | tail -n +2"])  # ok: CWE-78
