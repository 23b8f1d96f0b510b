def hash_password(password, salt)
  Digest::SHA1.hexdigest("#{salt}--#{password}") # expect: CWE-916
end
