ITERATIONS = 600_000

def hash_password(password)
  salt = SecureRandom.random_bytes(16)
  key = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: ITERATIONS, length: 32, hash: "sha256") # ok: CWE-916
  [salt, key].map { |b| Base64.strict_encode64(b) }.join("$")
end
