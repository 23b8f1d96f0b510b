conn = Faraday.new(url: params[:endpoint]) # expect: CWE-918
resp = conn.get("/status")
