import subprocess

def git_log(repo, branch):
    cmd = "git -C " + repo + " log --oneline " + branch
    out = subprocess.check_output(cmd, shell=True)  # expect: CWE-78
    return out.decode()
