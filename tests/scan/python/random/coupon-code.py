import random, string

def coupon_code():
    return "".join(random.choice(string.ascii_uppercase) for _ in range(8))  # expect: CWE-330
