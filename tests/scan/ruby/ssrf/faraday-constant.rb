conn = Faraday.new(url: "https://billing.internal:8443") # ok: CWE-918
resp = conn.get("/status")
