# Generate tokens with SecureRandom, never with rand or Random.new.
def token
  SecureRandom.urlsafe_base64(24) # ok: CWE-338
end
