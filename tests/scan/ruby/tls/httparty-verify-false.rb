HTTParty.post("https://billing.internal:8443/api", body: invoice.to_json, verify: false) # expect: CWE-295
