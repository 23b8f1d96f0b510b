"""Nightly export of the invoices table to S3."""
import csv
import datetime
import io

import boto3
import psycopg2

BUCKET = "acme-invoice-exports"


def export(day):
    conn = psycopg2.connect("dbname=billing")
    cur = conn.cursor()
    cur.execute("SELECT id, customer, total FROM invoices WHERE day = %s", (day,))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "customer", "total"])
    w.writerows(cur.fetchall())
    # credentials come from the instance role or AWS_* variables
    s3 = boto3.client("s3")  # ok: CWE-798
    s3.put_object(Bucket=BUCKET, Key=f"{day}.csv", Body=buf.getvalue())


def main():
    day = datetime.date.today() - datetime.timedelta(days=1)
    export(day)
    print("exported", day)


if __name__ == "__main__":
    main()
