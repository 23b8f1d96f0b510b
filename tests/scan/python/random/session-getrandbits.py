import random
sid = "%032x" % random.getrandbits(128)  # expect: CWE-338
