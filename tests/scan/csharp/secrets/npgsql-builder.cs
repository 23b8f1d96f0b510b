            var csb = new NpgsqlConnectionStringBuilder
            {
                Host = "pg.internal",
                Username = "reporting",
                Password = "r3p0rt1ng-pw",   // expect: CWE-798
                Database = "analytics"
            };
