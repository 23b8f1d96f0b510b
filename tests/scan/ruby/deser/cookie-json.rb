def preferences_from_cookie
  raw = cookies[:prefs]
  return {} if raw.blank?
  JSON.parse(Base64.decode64(raw)) # ok: CWE-502
end
