import hmac
def check_admin(pw):
    return hmac.compare_digest(hash_pw(pw), load_admin_hash())  # ok: CWE-798
