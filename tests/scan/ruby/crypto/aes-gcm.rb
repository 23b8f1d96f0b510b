module FieldCrypto
  module_function

  def encrypt_field(plain, key)
    cipher = OpenSSL::Cipher.new("aes-256-gcm") # ok: CWE-327
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    cipher.auth_data = ""
    ct = cipher.update(plain) + cipher.final
    [iv, cipher.auth_tag, ct].map { |p| Base64.strict_encode64(p) }.join(".")
  end

  def decrypt_field(blob, key)
    iv, tag, ct = blob.split(".").map { |p| Base64.strict_decode64(p) }
    cipher = OpenSSL::Cipher.new("aes-256-gcm")
    cipher.decrypt
    cipher.key = key
    cipher.iv = iv
    cipher.auth_tag = tag
    cipher.auth_data = ""
    cipher.update(ct) + cipher.final
  end
end
