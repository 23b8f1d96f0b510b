crypt = ActiveSupport::MessageEncryptor.new(Rails.application.key_generator.generate_key("account", 32)) # ok: CWE-327
token = crypt.encrypt_and_sign(account_number)
