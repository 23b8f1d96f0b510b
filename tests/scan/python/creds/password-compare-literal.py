def check_admin(pw):
    if pw == "letmein123":  # expect: CWE-798
        return True
    return False
