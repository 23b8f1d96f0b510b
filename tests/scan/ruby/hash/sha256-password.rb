def encrypt_password
  self.password_digest = Digest::SHA256.hexdigest(password + salt) # expect: CWE-916
end
