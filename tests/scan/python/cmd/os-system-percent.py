os.system("mysqldump -u backup %s > /backups/%s.sql" % (db, db))  # expect: CWE-78
