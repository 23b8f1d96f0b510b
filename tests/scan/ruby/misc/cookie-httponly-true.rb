cookies.encrypted[:remember_token] = { value: token, httponly: true, secure: true } # ok: CWE-1004
