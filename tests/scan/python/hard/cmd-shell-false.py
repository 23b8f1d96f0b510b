import subprocess
subprocess.run(args, shell=False, check=True)  # ok: CWE-78
