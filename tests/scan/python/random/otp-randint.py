import random

def send_login_code(user, sms):
    otp = random.randint(100000, 999999)  # expect: CWE-338
    user.pending_otp = otp
    sms.send(user.phone, f"Your code is {otp}")
