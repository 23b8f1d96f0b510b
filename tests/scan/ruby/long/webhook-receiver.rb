class WebhooksController < ActionController::API
  before_action :verify_signature

  def stripe
    event = JSON.parse(request.raw_post) # ok: CWE-502
    case event["type"]
    when "invoice.paid"
      Invoice.find_by!(stripe_id: event.dig("data", "object", "id")).mark_paid!
    when "customer.deleted"
      Customer.where(stripe_id: event.dig("data", "object", "id")).update_all(stripe_id: nil)
    else
      Rails.logger.info("ignored stripe event #{event['type'].inspect}") # ok: CWE-117
    end
    head :ok
  end

  private

  def verify_signature
    secret = Rails.application.credentials.stripe_webhook_secret # ok: CWE-798
    header = request.headers["Stripe-Signature"].to_s
    ts = header[/t=(\d+)/, 1]
    sig = header[/v1=([0-9a-f]+)/, 1]
    expected = OpenSSL::HMAC.hexdigest("SHA256", secret, "#{ts}.#{request.raw_post}")
    head :bad_request unless sig && ActiveSupport::SecurityUtils.secure_compare(expected, sig)
  end
end
