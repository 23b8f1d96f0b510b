require "net/http"
require "openssl"
require "json"

class PaymentClient
  BASE = URI("https://payments.internal:9443").freeze

  def initialize(api_key: ENV.fetch("PAYMENTS_API_KEY"), insecure: false)
    @api_key = api_key
    @insecure = insecure
  end

  def charge(customer_id, cents)
    post("/v1/charges", customer: customer_id, amount: cents, currency: "eur")
  end

  private

  def post(path, body)
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = true
    http.verify_mode = @insecure ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER # expect: CWE-295
    req = Net::HTTP::Post.new(path, "Authorization" => "Bearer #{@api_key}", "Content-Type" => "application/json")
    req.body = JSON.generate(body)
    res = http.request(req)
    raise "payment error #{res.code}" unless res.is_a?(Net::HTTPSuccess)
    JSON.parse(res.body)
  end
end
