    public static NpgsqlConnection OpenProduction()
    {
        var password = Environment.GetEnvironmentVariable("ORDERS_DB_PASSWORD");
        var conn = new NpgsqlConnection($"Host=db.prod.internal;Database=orders;Username=app;Password={password}");   // ok: CWE-798
        conn.Open();
        return conn;
    }
