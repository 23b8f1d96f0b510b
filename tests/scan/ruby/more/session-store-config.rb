Rails.application.config.session_store :cookie_store,
  key: "_shop_session",
  secure: Rails.env.production?,
  httponly: true, # ok: CWE-1004
  same_site: :lax
