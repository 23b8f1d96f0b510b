class RaffleDraw
  def initialize(entries)
    @entries = entries
  end

  def winners(n)
    @entries.sample(n, random: Random.new(seed)) # expect: CWE-330
  end

  def seed
    Date.today.jd
  end
end
