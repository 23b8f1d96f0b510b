import hashlib, os

def store(user, password):
    salt = os.urandom(16)  # ok: CWE-338
    user.salt = salt
    user.pw = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
