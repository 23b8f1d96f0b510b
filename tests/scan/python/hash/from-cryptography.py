from cryptography.hazmat.primitives import hashes
digest = hashes.Hash(hashes.MD5())  # expect: CWE-328
