def generate_reset_token
  SecureRandom.hex(16) # ok: CWE-338
end
