def generate_otp
  SecureRandom.random_number(100_000..999_999).to_s # ok: CWE-338
end
