import os

import psycopg2


def get_connection():
    return psycopg2.connect(
        host="db.prod.internal",
        dbname="customers",
        user="app",
        password=os.environ["PGPASSWORD"],  # ok: CWE-798
    )
