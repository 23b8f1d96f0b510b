digest = OpenSSL::Digest.new("SHA1") # expect: CWE-328
