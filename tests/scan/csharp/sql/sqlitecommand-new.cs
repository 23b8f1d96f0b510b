var cmd = new SqliteCommand($"SELECT * FROM scores WHERE player = '{player}'", conn);   // expect: CWE-89
