import hashlib
def derive(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000)  # expect: CWE-916
