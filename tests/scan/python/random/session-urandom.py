import os
sid = os.urandom(16).hex()  # ok: CWE-338
