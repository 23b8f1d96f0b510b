c = OpenSSL::Cipher.new("RC4") # expect: CWE-327
