import hashlib, os
def digest_password(password):
    salt = os.urandom(16)
    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # ok: CWE-916
