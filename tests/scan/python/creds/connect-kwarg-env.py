import os
import pymysql

conn = pymysql.connect(host="db.internal", user="report", password=os.environ["DB_PASS"], database="sales")  # ok: CWE-798
