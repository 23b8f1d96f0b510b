def require_cookies
  return if cookies["_app_session"].present?
  redirect_to params.to_unsafe_h.merge(only_path: true, cookie_test: "true") # ok: CWE-601
end
