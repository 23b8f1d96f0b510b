resp.set_cookie("session", sid, secure=True, httponly=True, samesite="Lax")  # ok: CWE-798
