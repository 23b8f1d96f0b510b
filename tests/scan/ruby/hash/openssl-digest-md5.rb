etag = OpenSSL::Digest::MD5.hexdigest(body) # expect: CWE-328
