        private const string Table = "AuditLog";
        public void Insert(SqlConnection c, string message)
        {
            using var cmd = new SqlCommand("INSERT INTO " + Table + " (Message) VALUES (@m)", c);   // ok: CWE-89
            cmd.Parameters.AddWithValue("@m", message);
            cmd.ExecuteNonQuery();
        }
