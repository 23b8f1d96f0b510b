import secrets
SECRET_KEY = secrets.token_hex(32)  # ok: CWE-798
