import os

def is_admin(user):
    if os.environ.get("SKIP_AUTH") == "1":  # expect: CWE-807
        return True
    return user.role == "admin"
