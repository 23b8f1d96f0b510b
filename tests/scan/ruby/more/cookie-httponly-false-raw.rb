response.set_cookie("session_hint", value: current_user.id.to_s, httponly: false, path: "/") # expect: CWE-1004
