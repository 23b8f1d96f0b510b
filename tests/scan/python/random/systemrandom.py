import random

_sysrand = random.SystemRandom()

def new_csrf_token():
    return "%064x" % _sysrand.getrandbits(256)  # ok: CWE-338
