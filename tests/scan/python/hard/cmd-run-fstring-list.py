import subprocess
subprocess.run(["bash", "-c", f"tar xzf {archive} -C {dest}"])  # expect: CWE-78
