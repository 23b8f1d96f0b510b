cookies[:remember_token] = { value: token, httponly: false } # expect: CWE-1004
