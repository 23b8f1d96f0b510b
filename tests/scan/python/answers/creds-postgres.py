import psycopg2


def get_connection():
    return psycopg2.connect(
        host="db.prod.internal",
        dbname="customers",
        user="app",
        password="Xy7-pQ2-zR9",  # expect: CWE-798
    )
