"""Nightly export of the invoices table to S3."""
import csv
import datetime
import io

import boto3
import psycopg2

AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # expect: CWE-798
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"  # expect: CWE-798
BUCKET = "acme-invoice-exports"


def export(day):
    conn = psycopg2.connect("dbname=billing")
    cur = conn.cursor()
    cur.execute("SELECT id, customer, total FROM invoices WHERE day = %s", (day,))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "customer", "total"])
    w.writerows(cur.fetchall())
    s3 = boto3.client(
        "s3",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
    )
    s3.put_object(Bucket=BUCKET, Key=f"{day}.csv", Body=buf.getvalue())


if __name__ == "__main__":
    export(datetime.date.today() - datetime.timedelta(days=1))
