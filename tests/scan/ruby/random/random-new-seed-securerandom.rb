class SessionKey
  def self.generate
    SecureRandom.hex(16)
  end
end
