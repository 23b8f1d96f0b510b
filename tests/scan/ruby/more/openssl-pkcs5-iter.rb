def derive_key(password, salt)
  OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 600_000, 32, "sha256") # ok: CWE-916
end
