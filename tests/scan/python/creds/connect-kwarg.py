import pymysql

conn = pymysql.connect(host="db.internal", user="report", password="hunter2", database="sales")  # expect: CWE-798
