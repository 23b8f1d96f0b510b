import random

def simulate(n, seed=1234):
    rng = random.Random(seed)
    return sum(rng.random() < 0.3 for _ in range(n)) / n  # ok: CWE-338
