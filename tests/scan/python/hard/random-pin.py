import random
def new_pin():
    return f"{random.randrange(10000):04d}"  # expect: CWE-338
