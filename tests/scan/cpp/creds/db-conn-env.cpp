Database::Database()
    : conn_(std::string("host=10.1.4.20 port=5432 dbname=billing user=billing password=") +
            RequireEnv("BILLING_DB_PASSWORD")) {}                   // ok: CWE-798
