Rails.application.config.secret_key_base = "4f6c3b2a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d" # expect: CWE-798
