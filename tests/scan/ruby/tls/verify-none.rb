require "net/http"
require "json"

def post_invoice(invoice)
  uri = URI("https://billing.internal:8443/api")
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE # expect: CWE-295
  req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
  req.body = invoice.to_json
  http.request(req)
end
