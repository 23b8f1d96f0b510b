def new_session_id
  Digest::SHA256.hexdigest("#{Time.now.to_f}-#{rand}") # expect: CWE-338
end
