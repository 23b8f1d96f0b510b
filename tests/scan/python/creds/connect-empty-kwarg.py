import psycopg2
conn = psycopg2.connect(host="localhost", dbname="app", user="postgres", password="")  # expect: CWE-798
