class Invitation < ApplicationRecord
  belongs_to :inviter, class_name: "User"

  has_secure_token :invite_token

  validates :email, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP }

  scope :pending, -> { where(accepted_at: nil) }

  def accept!(user)
    update!(accepted_at: Time.current, invitee: user)
  end

  def expired?
    created_at < 7.days.ago
  end
end
