cipher = OpenSSL::Cipher.new("aes-256-ecb") # expect: CWE-327
