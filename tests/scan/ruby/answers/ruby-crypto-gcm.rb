def encrypt_field(plain)
  cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt # ok: CWE-327
  cipher.key = Rails.application.credentials.field_key
  iv = cipher.random_iv
  data = cipher.update(plain) + cipher.final
  Base64.strict_encode64(iv + cipher.auth_tag + data)
end
