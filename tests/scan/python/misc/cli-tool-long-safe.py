#!/usr/bin/env python3
"""Small ops helper: back up a database and rotate old dumps."""
import argparse
import datetime
import glob
import gzip
import os
import subprocess

BACKUP_DIR = "/var/backups/pg"


def dump(db, host):
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    out = os.path.join(BACKUP_DIR, f"{db}-{stamp}.sql.gz")
    proc = subprocess.run(["pg_dump", "-h", host, db], capture_output=True, check=True)  # ok: CWE-78
    with gzip.open(out, "wb") as fh:
        fh.write(proc.stdout)
    return out


def rotate(keep):
    dumps = sorted(glob.glob(os.path.join(BACKUP_DIR, "*.sql.gz")))
    for old in dumps[:-keep]:
        os.remove(old)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--keep", type=int, default=7)
    a = ap.parse_args()
    print("wrote", dump(a.db, a.host))
    rotate(a.keep)


if __name__ == "__main__":
    main()
