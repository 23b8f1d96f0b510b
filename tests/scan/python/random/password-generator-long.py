#!/usr/bin/env python3
"""Create accounts for the new interns and print their first passwords."""
import argparse
import csv
import random
import string
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits


def generate_password(length=14):
    pool = LOWER + UPPER + DIGITS + "!@#$%"
    chars = [random.choice(LOWER), random.choice(UPPER), random.choice(DIGITS)]  # expect: CWE-338
    chars += [random.choice(pool) for _ in range(length - 3)]  # expect: CWE-338
    random.shuffle(chars)  # expect: CWE-338
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
