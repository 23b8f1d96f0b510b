def encrypt_field(plain, key)
  cipher = OpenSSL::Cipher.new("aes-256-cbc")
  cipher.encrypt
  cipher.key = key
  iv = cipher.random_iv # ok: CWE-329
  iv + cipher.update(plain) + cipher.final
end
