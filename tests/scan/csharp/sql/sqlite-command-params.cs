            using var cmd = connection.CreateCommand();
            cmd.CommandText = "INSERT INTO notes(title, body) VALUES($title, $body)";   // ok: CWE-89
            cmd.Parameters.AddWithValue("$title", title);
            cmd.Parameters.AddWithValue("$body", body);
            cmd.ExecuteNonQuery();
