def encrypt_field(value)
  cipher = OpenSSL::Cipher.new("AES-256-ECB") # expect: CWE-327
  cipher.encrypt
  cipher.key = Rails.application.config.x.field_key
  Base64.strict_encode64(cipher.update(value) + cipher.final)
end
