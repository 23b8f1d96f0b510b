import hashlib, hmac
def sign(payload, key):
    return hmac.new(key, payload, hashlib.sha256).hexdigest()  # ok: CWE-328
