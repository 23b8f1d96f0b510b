import random, string
SECRET_KEY = "".join(random.SystemRandom().choice(string.printable) for _ in range(50))  # ok: CWE-338
