import subprocess
uptime = subprocess.check_output("uptime", shell=True)  # ok: CWE-78
