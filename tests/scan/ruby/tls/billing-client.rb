require "net/http"
require "json"

module Billing
  class Client
    ENDPOINT = URI("https://billing.internal:8443/api").freeze

    def initialize(timeout: 5)
      @timeout = timeout
    end

    def post_invoice(invoice)
      http = Net::HTTP.new(ENDPOINT.host, ENDPOINT.port)
      http.use_ssl = true
      http.open_timeout = @timeout
      http.read_timeout = @timeout
      http.cert_store = OpenSSL::X509::Store.new.tap { |s| s.add_file("/etc/ssl/billing-ca.pem") }
      http.verify_mode = OpenSSL::SSL::VERIFY_PEER # ok: CWE-295
      request = Net::HTTP::Post.new(ENDPOINT.path, "Content-Type" => "application/json")
      request.body = JSON.generate(invoice.to_h)
      response = http.request(request)
      raise "billing error #{response.code}" unless response.is_a?(Net::HTTPSuccess)
      JSON.parse(response.body)
    end
  end
end
