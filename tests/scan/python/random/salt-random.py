import hashlib, random

def store(user, password):
    salt = bytes(random.randint(0, 255) for _ in range(16))  # expect: CWE-338
    user.salt = salt
    user.pw = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)
