CHARS = [*"a".."z", *"A".."Z", *"0".."9", "!", "@", "#"].freeze

def temporary_password(length = 12)
  Array.new(length) { CHARS.sample(random: SecureRandom) }.join # ok: CWE-338
end
