module ApiKeys
  def self.generate_api_key
    SecureRandom.urlsafe_base64(30) # ok: CWE-338
  end
end
