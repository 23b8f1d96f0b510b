def generate_otp
  rand(100_000..999_999).to_s # expect: CWE-338
end
