import random

def send_sms_code(phone):
    code = "".join(random.choice("0123456789") for _ in range(6))  # expect: CWE-338
    cache.set(f"sms:{phone}", code, timeout=300)
    sms_gateway.send(phone, f"Your code: {code}")
