config = { adapter: "postgresql", host: ENV["DB_HOST"], password: ENV["DB_PASSWORD"] } # ok: CWE-798
