RestClient::Request.execute(method: :post, url: url, payload: body, verify_ssl: false) # expect: CWE-295
