#!/usr/bin/env python3
"""Reset a user's password from the command line."""
import hashlib
import sys

import mysql.connector

DB = {
    "host": "127.0.0.1",
    "user": "admin",
    "password": "Sup3rAdm1n!",  # expect: CWE-798
    "database": "portal",
}


def main(login, new_password):
    cnx = mysql.connector.connect(**DB)
    cur = cnx.cursor()
    digest = hashlib.md5(new_password.encode()).hexdigest()  # expect: CWE-916
    cur.execute("UPDATE users SET pw = %s WHERE login = %s", (digest, login))  # ok: CWE-89
    cnx.commit()
    print("updated", cur.rowcount, "row(s)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: reset_pw.py LOGIN NEW_PASSWORD")
    main(sys.argv[1], sys.argv[2])
