    nonce = SecureRandom.random_bytes(12) # ok: CWE-338
    cipher.iv = nonce
