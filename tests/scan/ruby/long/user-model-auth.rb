require "bcrypt"

class User < ApplicationRecord
  has_many :sessions, dependent: :destroy
  has_many :api_tokens, dependent: :destroy

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validates :password, length: { minimum: 12 }, if: -> { password.present? }

  attr_reader :password

  def password=(plain)
    @password = plain
    self.password_digest = BCrypt::Password.create(plain) if plain.present? # ok: CWE-916
  end

  def authenticate(plain)
    BCrypt::Password.new(password_digest).is_password?(plain) && self
  end

  def issue_api_token!
    raw = SecureRandom.urlsafe_base64(32) # ok: CWE-338
    api_tokens.create!(digest: Digest::SHA256.hexdigest(raw), expires_at: 90.days.from_now)
    raw
  end

  def gravatar_hash
    Digest::MD5.hexdigest(email.strip.downcase) # expect: CWE-328
  end

  def self.find_by_token(raw)
    ApiToken.active.find_by(digest: Digest::SHA256.hexdigest(raw.to_s))&.user
  end
end
