import getpass
password = getpass.getpass("Password: ")  # ok: CWE-798
