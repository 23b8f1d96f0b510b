def signature(payload)
  OpenSSL::HMAC.hexdigest("SHA1", ENV.fetch("WEBHOOK_SECRET"), payload) # ok: CWE-328
end
