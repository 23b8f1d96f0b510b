def hash_password(password)
  Digest::MD5.hexdigest(password) # expect: CWE-916
end
