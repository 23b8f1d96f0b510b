def gravatar_url(email)
  "https://www.gravatar.com/avatar/#{Digest::MD5.hexdigest(email.downcase)}" # expect: CWE-328
end
