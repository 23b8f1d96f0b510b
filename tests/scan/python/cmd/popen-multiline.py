proc = subprocess.Popen(
    "grep -r '%s' /var/log/app" % pattern,  # expect: CWE-78
    shell=True,
    stdout=subprocess.PIPE,
)
