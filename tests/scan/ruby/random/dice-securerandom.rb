def roll_dice(n = 2)
  Array.new(n) { SecureRandom.random_number(1..6) } # ok: CWE-330
end
