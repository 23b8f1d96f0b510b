import hashlib
key_id = hashlib.md5(api_key.encode()).hexdigest()[:8]  # expect: CWE-328
