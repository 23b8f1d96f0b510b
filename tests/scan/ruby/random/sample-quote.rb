QUOTES = ["Stay hungry", "Ship it", "Measure twice"].freeze

def quote_of_the_day
  QUOTES.sample # expect: CWE-330
end
