from random import choice
from string import ascii_letters, digits

def make_password_reset_code(n=10):
    return "".join(choice(ascii_letters + digits) for _ in range(n))  # expect: CWE-338
