    h = hashlib.new("sha256")  # ok: CWE-328
