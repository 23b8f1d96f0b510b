def preferences_from_cookie
  cookies.signed[:prefs] || {}
end
