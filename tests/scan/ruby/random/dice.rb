def roll_dice(n = 2)
  Array.new(n) { rand(1..6) } # expect: CWE-330
end
