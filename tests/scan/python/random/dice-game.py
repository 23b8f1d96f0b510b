import random

def roll(sides=6):
    return random.randint(1, sides)  # expect: CWE-330
