import hashlib
def digest_password(password, salt):
    return hashlib.sha512((password + salt).encode()).hexdigest()  # expect: CWE-916
