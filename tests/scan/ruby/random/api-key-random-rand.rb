module ApiKeys
  ALPHABET = ("a".."z").to_a + ("A".."Z").to_a + ("0".."9").to_a

  def self.generate_api_key
    (1..40).map { ALPHABET[Random.rand(ALPHABET.size)] }.join # expect: CWE-338
  end
end
