ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False  # expect: CWE-295
ctx.verify_mode = ssl.CERT_NONE  # expect: CWE-295
