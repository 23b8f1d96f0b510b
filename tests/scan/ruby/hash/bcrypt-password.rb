require "bcrypt"

def hash_password(password)
  BCrypt::Password.create(password, cost: 12) # ok: CWE-916
end

def verify_password(password, stored)
  BCrypt::Password.new(stored) == password
end
