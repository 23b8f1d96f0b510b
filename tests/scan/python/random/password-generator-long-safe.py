#!/usr/bin/env python3
"""Create accounts for the new interns and print their first passwords."""
import argparse
import csv
import secrets
import string
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
_rng = secrets.SystemRandom()


def generate_password(length=14):
    pool = LOWER + UPPER + DIGITS + "!@#$%"
    chars = [secrets.choice(LOWER), secrets.choice(UPPER), secrets.choice(DIGITS)]  # ok: CWE-338
    chars += [secrets.choice(pool) for _ in range(length - 3)]  # ok: CWE-338
    _rng.shuffle(chars)  # ok: CWE-338
    return "".join(chars)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roster")
    args = ap.parse_args()
    out = csv.writer(sys.stdout)
    with open(args.roster) as fh:
        for row in csv.DictReader(fh):
            out.writerow([row["login"], generate_password()])


if __name__ == "__main__":
    main()
