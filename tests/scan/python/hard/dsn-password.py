import psycopg2
conn = psycopg2.connect("host=db dbname=app user=app password=Winter2024!")  # expect: CWE-798
