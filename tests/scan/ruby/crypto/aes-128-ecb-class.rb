cipher = OpenSSL::Cipher::AES.new(128, :ECB) # expect: CWE-327
