import random


def wait_jitter(high):
    """Wait a random time: the delay is random.uniform(0, high) seconds."""  # ok: CWE-330
    return random.uniform(0, high)  # expect: CWE-330
