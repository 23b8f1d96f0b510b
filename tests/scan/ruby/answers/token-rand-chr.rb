def generate_reset_token
  (0...32).map { (65 + rand(26)).chr }.join # expect: CWE-338
end
