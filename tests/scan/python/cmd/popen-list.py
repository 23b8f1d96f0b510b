proc = subprocess.Popen(
    ["grep", "-r", "--", pattern, "/var/log/app"],  # ok: CWE-78
    stdout=subprocess.PIPE,
)
