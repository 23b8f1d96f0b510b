import random
label = f"player-{random.randint(1, 99)}"  # expect: CWE-330
