import secrets

def send_login_code(user, sms):
    otp = secrets.randbelow(900000) + 100000  # ok: CWE-338
    user.pending_otp = otp
    sms.send(user.phone, f"Your code is {otp}")
