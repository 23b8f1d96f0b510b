def preferences_from_cookie
  raw = cookies[:prefs]
  return {} if raw.blank?
  Marshal.load(Base64.decode64(raw)) # expect: CWE-502
end
