import random
rows = load_rows()
preview = random.sample(rows, 20)  # expect: CWE-330
