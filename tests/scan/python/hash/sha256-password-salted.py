import hashlib, os

def store_password(user, pw):
    salt = os.urandom(16)
    user.pw_hash = hashlib.sha256(salt + pw.encode()).hexdigest()  # expect: CWE-916
    user.salt = salt
