            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO notes(title, body) VALUES('" + title + "', '" + body + "')";   // expect: CWE-89
            cmd.ExecuteNonQuery();
