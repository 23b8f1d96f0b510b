import random

def new_login_code():
    return f"{random.randint(0, 999999):06d}"  # expect: CWE-338
