    nonce = Random.new.bytes(12) # expect: CWE-338
    cipher.iv = nonce
