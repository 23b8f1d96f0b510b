class Upload < ApplicationRecord
  has_one_attached :file

  before_save :store_checksum

  validates :title, presence: true

  def tampered?
    current = Digest::SHA256.hexdigest(file.download) # ok: CWE-328
    current != sha256
  end

  private

  def store_checksum
    return unless file.attached?
    self.sha256 = Digest::SHA256.hexdigest(file.download)
  end
end
