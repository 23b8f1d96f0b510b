class ApiKey < ApplicationRecord
  belongs_to :account

  before_validation :generate, on: :create

  def self.authenticate(raw)
    find_by(digest: Digest::SHA256.hexdigest(raw.to_s))&.account
  end

  private

  def generate
    raw = SecureRandom.base58(40) # ok: CWE-338
    self.prefix = raw.first(6)
    self.digest = Digest::SHA256.hexdigest(raw)
    @raw = raw
  end
end
