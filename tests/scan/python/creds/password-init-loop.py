import getpass

def ask():
    password = ""  # ok: CWE-798
    while not password:
        password = getpass.getpass("Password: ")
    return password
