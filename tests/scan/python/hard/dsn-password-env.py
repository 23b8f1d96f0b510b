import os, psycopg2
conn = psycopg2.connect(f"host=db dbname=app user=app password={os.environ['PGPASSWORD']}")  # ok: CWE-798
