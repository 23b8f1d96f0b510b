#!/usr/bin/env python3
"""Find duplicate photos in a folder tree."""
import hashlib
import os
import sys
from collections import defaultdict


def digest(path, chunk=1 << 20):
    h = hashlib.md5()  # expect: CWE-328
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def main(root):
    seen = defaultdict(list)
    for dirpath, _, files in os.walk(root):
        for name in files:
            if name.lower().endswith((".jpg", ".jpeg", ".png")):
                p = os.path.join(dirpath, name)
                seen[digest(p)].append(p)
    for paths in seen.values():
        if len(paths) > 1:
            print(" = ".join(paths))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
