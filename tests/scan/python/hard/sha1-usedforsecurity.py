import hashlib
h = hashlib.sha1(blob, usedforsecurity=False).hexdigest()  # ok: CWE-328
