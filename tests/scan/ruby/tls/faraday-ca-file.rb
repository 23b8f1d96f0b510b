conn = Faraday.new(url: "https://billing.internal:8443", ssl: { ca_file: "/etc/ssl/billing-ca.pem" }) # ok: CWE-295
