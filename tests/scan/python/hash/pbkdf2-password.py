import hashlib, os

def store_password(user, pw):
    salt = os.urandom(16)
    user.pw_hash = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000).hex()  # ok: CWE-916
    user.salt = salt
