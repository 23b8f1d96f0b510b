ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = True  # ok: CWE-295
ctx.verify_mode = ssl.CERT_REQUIRED  # ok: CWE-295
