Database::Database()
    : conn_("host=10.1.4.20 port=5432 dbname=billing user=billing password=B1ll!ng2023") {}   // expect: CWE-798
