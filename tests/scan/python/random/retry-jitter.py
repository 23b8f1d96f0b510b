import random
import time


def call_with_backoff(fn, attempts=5):
    for n in range(attempts):
        try:
            return fn()
        except ConnectionError:
            time.sleep((2 ** n) + random.uniform(0, 1))  # expect: CWE-330
    raise RuntimeError("gave up")
