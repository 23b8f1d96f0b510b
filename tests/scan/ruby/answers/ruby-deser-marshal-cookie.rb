def load_preferences(cookie_value)
  Marshal.load(Base64.urlsafe_decode64(cookie_value)) # expect: CWE-502
end

def dump_preferences(prefs)
  Base64.urlsafe_encode64(Marshal.dump(prefs))
end
