def hash_password(password)
  salt = SecureRandom.hex(16)
  "#{salt}$#{Digest::SHA256.hexdigest(salt + password)}" # expect: CWE-916
end

def verify_password(password, stored)
  salt, digest = stored.split("$", 2)
  Digest::SHA256.hexdigest(salt + password) == digest # expect: CWE-916
end
