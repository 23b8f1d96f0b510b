import subprocess

def archive(folder, name):
    subprocess.run(f"tar czf /backups/{name}.tgz {folder}", shell=True, check=True)  # expect: CWE-78
