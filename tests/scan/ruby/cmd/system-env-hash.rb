system({ "PGPASSWORD" => ENV["DB_PASSWORD"] }, "pg_dump", "-h", host, "-U", "app", db_name) # ok: CWE-78
