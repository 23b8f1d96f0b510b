def post_invoice(invoice)
  uri = URI("https://billing.internal:8443/api")
  Net::HTTP.start(uri.host, uri.port, use_ssl: true, verify_mode: OpenSSL::SSL::VERIFY_NONE) do |http| # expect: CWE-295
    http.post(uri.path, invoice.to_json, "Content-Type" => "application/json")
  end
end
