import shlex
import subprocess

def archive(folder, name):
    cmd = "tar czf /backups/%s.tgz %s" % (shlex.quote(name), shlex.quote(folder))
    subprocess.run(cmd, shell=True, check=True)  # ok: CWE-78
