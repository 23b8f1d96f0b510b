    h = hashlib.new("sha1")  # expect: CWE-328
