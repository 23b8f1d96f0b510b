class User < ApplicationRecord
  attr_accessor :password

  before_save :encrypt_password, if: -> { password.present? }

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validates :password, length: { minimum: 8 }, allow_nil: true

  def self.authenticate(email, password)
    user = find_by(email: email.downcase)
    return nil unless user
    user.crypted_password == user.digest(password) ? user : nil # expect: CWE-916
  end

  def digest(plain)
    Digest::SHA1.hexdigest("--#{salt}--#{plain}--") # expect: CWE-328
  end

  private

  def encrypt_password
    self.salt ||= SecureRandom.hex(8)
    self.crypted_password = digest(password) # expect: CWE-916
  end
end
