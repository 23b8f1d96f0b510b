CHARS = [*"a".."z", *"A".."Z", *"0".."9", "!", "@", "#"].freeze

def temporary_password(length = 12)
  Array.new(length) { CHARS.sample }.join # expect: CWE-338
end
