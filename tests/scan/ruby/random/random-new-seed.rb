class SessionKey
  def self.generate
    rng = Random.new(Time.now.to_i) # expect: CWE-338
    rng.bytes(16).unpack1("H*")
  end
end
