import random

def pick_server(servers):
    weights = [s.capacity for s in servers]
    return random.choices(servers, weights=weights, k=1)[0]  # expect: CWE-330
