signature = OpenSSL::HMAC.hexdigest("SHA256", secret, payload) # ok: CWE-328
