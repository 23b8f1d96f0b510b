def encrypt_field(plain, key)
  cipher = OpenSSL::Cipher::AES256.new(:CBC)
  cipher.encrypt
  cipher.key = key
  cipher.iv = "0" * 16 # expect: CWE-329
  cipher.update(plain) + cipher.final
end
