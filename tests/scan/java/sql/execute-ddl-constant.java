        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS sessions (id VARCHAR(64) PRIMARY KEY, data BLOB)");   // ok: CWE-89
        }
