import os

def page_size():
    return int(os.environ.get("PAGE_SIZE", "50"))  # ok: CWE-807
