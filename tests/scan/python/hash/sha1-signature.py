import hashlib
def sign(payload, key):
    return hashlib.sha1(key + payload).hexdigest()  # expect: CWE-328
