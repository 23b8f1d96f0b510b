class Invitation < ApplicationRecord
  belongs_to :inviter, class_name: "User"

  before_create :assign_code

  validates :email, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP }

  scope :pending, -> { where(accepted_at: nil) }

  def accept!(user)
    update!(accepted_at: Time.current, invitee: user)
  end

  def expired?
    created_at < 7.days.ago
  end

  private

  def assign_code
    self.invite_token = rand(36**20).to_s(36) # expect: CWE-338
  end
end
