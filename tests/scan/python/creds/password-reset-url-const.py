PASSWORD_RESET_TEMPLATE = "emails/password_reset.html"  # ok: CWE-798
TOKEN_HEADER = "X-Auth-Token"  # ok: CWE-798
