def encrypt_field(value, key)
  cipher = OpenSSL::Cipher.new("des-cbc") # expect: CWE-327
  cipher.encrypt
  cipher.key = key
  cipher.update(value) + cipher.final
end
