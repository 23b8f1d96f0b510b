def etag_for(body)
  Digest::SHA256.hexdigest(body) # ok: CWE-328
end
