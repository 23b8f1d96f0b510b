    os.system("clear")  # ok: CWE-78
