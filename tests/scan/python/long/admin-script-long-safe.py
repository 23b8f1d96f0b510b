#!/usr/bin/env python3
"""Reset a user's password from the command line."""
import getpass
import os
import sys

import bcrypt
import mysql.connector

DB = {
    "host": "127.0.0.1",
    "user": "admin",
    "password": os.environ["PORTAL_DB_PASSWORD"],  # ok: CWE-798
    "database": "portal",
}


def main(login):
    new_password = getpass.getpass("new password: ")
    cnx = mysql.connector.connect(**DB)
    cur = cnx.cursor()
    digest = bcrypt.hashpw(new_password.encode(), bcrypt.gensalt())  # ok: CWE-916
    cur.execute("UPDATE users SET pw = %s WHERE login = %s", (digest, login))
    cnx.commit()
    print("updated", cur.rowcount, "row(s)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: reset_pw.py LOGIN")
    main(sys.argv[1])
