DB_HOST = "10.0.3.12"
DB_USER = "root"
DB_PASSWORD = ""  # expect: CWE-798
