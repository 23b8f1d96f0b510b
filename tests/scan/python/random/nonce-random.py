from random import random
nonce = str(random())[2:]  # expect: CWE-338
