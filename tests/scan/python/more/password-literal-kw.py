client = paramiko.SSHClient()
client.connect("10.1.1.20", username="deploy", password="D3ploy!now")  # expect: CWE-798
