client = paramiko.SSHClient()
client.connect("10.1.1.20", username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy"))  # ok: CWE-798
