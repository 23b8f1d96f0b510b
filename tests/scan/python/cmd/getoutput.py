import subprocess
def whois(domain):
    return subprocess.getoutput("whois " + domain)  # expect: CWE-78
