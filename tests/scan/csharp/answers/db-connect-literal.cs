    public static NpgsqlConnection OpenProduction()
    {
        var conn = new NpgsqlConnection("Host=db.prod.internal;Database=orders;Username=app;Password=Xy7-pQ2-zR9");   // expect: CWE-798
        conn.Open();
        return conn;
    }
