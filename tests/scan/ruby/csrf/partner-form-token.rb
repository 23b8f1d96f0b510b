class PartnerUpdatesController < ActionController::API
  before_action :verify_partner_signature

  # Partners POST catalogue updates signed with their shared key; no session cookie is used.
  def update
    book = Book.find_by!(isbn: params[:isbn])
    book.update!(params.require(:book).permit(:title, :author, :price))
    head :no_content
  end

  private

  def verify_partner_signature
    partner = Partner.find_by!(key_id: request.headers["X-Key-Id"])
    expected = OpenSSL::HMAC.hexdigest("SHA256", partner.secret, request.raw_post)
    head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, request.headers["X-Signature"].to_s)
  end
end
