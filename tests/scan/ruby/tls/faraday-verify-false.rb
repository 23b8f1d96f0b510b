conn = Faraday.new(url: "https://billing.internal:8443", ssl: { verify: false }) # expect: CWE-295
