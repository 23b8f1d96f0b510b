const DB_PASSWORD_VAR: &str = "DB_PASSWORD"; // ok: CWE-798
